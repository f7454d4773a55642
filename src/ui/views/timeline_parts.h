// Internal pieces of the Timeline tab (canvas, event list, editor, paste
// dialog) and the view state they share. View state only: nothing here is
// written to the document except through commands.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/durations.h"
#include "core/layout/time_ticks.h"
#include "core/layout/timeline_layout.h"
#include "ui/app_state.h"

namespace hs::ui::timeline {

struct ViewState {
  // Visible range: time at the left edge and zoom, for a canvas widthPx wide.
  TimeMs t0 = 0;
  double pxPerMs = 1e-4;
  float widthPx = 800.f;
  bool needsFit = true;
  bool localTime = false;  // display only; the document stays UTC

  Id selectedId;
  bool revealSelectionInList = false;  // scroll the list to the selection once
  bool revealSelectionInCanvas = false;
  bool focusEventText = false;         // put the cursor in the editor's text field once
  bool openPasteDialog = false;

  // Per-event caches, rebuilt when the document changes (revision), the display
  // clock or the font changes: sorted times, "event: HH:MM text" labels and widths.
  Id cacheDocId;
  std::uint64_t cacheRevision = ~0ull;
  int cacheOffsetMinutes = 0;
  float cacheFontSize = 0;
  std::size_t cacheCount = ~std::size_t(0);
  std::vector<TimeMs> times;
  std::vector<std::string> labels;      // "event: 14:32 Alert fired"
  std::vector<unsigned char> timeLen;   // length of "14:32" inside the label after "event: "
  std::vector<float> labelWidths;       // drawn width (time + text), capped
  bool multiDay = false;
  Milestones milestones;
  IncidentDurations durations;

  // Per-frame results, reused so steady state allocates nothing.
  TimelineLayoutResult layout;
  TimeAxisTicks ticks;

  // Event list rows are edited through one reused string (no per-frame allocation
  // once it is large enough); only the active field keeps its own copy (inside
  // ImGui). No fixed size: a fixed buffer cut long texts and refused typing.
  std::string rowText;
  // The editor's time field, typed in the displayed clock.
  char timeBuf[48] = {};
  Id timeBufFor;
  bool timeEditing = false;
  bool timeInvalid = false;

  // Frame timing of the whole tab (CPU, ms), smoothed.
  double drawMsAvg = 0;
  double drawMsLast = 0;
};

constexpr const char* kLabelPrefix = "event: ";
constexpr std::size_t kLabelPrefixLen = 7;
constexpr float kLabelMaxWidth = 300.f;  // longer event labels end with an ellipsis (unscaled px)

// Display clock offset (minutes east of UTC) for the current toggle.
int displayOffsetMinutes(const ViewState& vs, TimeMs near);
// Rebuilds the per-event caches when needed; cheap when nothing changed.
void refreshCache(AppState& state, const PostMortem& doc, ViewState& vs);

ImU32 kindColor(EventKind kind);
const char* kindName(EventKind kind);

// View commands.
void fitToIncident(ViewState& vs, const PostMortem& doc);
void zoomToRange(ViewState& vs, TimeMs from, TimeMs to);
void zoomToSelection(ViewState& vs, const PostMortem& doc);
void zoomAround(ViewState& vs, float xPx, double factor);
void select(ViewState& vs, const Id& id, bool revealInList, bool revealInCanvas);
void deleteSelected(AppState& state, PostMortem& doc, ViewState& vs);
void addEventAt(AppState& state, ViewState& vs, TimeMs time);

// Parts of the tab.
void drawDurationsHeader(AppState& state, const PostMortem& doc, ViewState& vs);
void drawCanvas(AppState& state, PostMortem& doc, ViewState& vs, ImVec2 size);
void drawEventList(AppState& state, PostMortem& doc, ViewState& vs, ImVec2 size);
void drawEventEditor(AppState& state, PostMortem& doc, ViewState& vs);
void drawPasteDialog(AppState& state, PostMortem& doc, ViewState& vs);

}  // namespace hs::ui::timeline
