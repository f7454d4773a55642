// "Paste timeline": a text box for pasted lines, a live preview of how each
// line was read (and why some were not), and one undoable import.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/io/paste_import.h"
#include "core/model/time_format.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"
#include "ui/widgets/text_field.h"

namespace hs::ui::timeline {
namespace {

constexpr const char* kPopupName = "Paste timeline";

struct PasteState {
  std::string text;
  PastePreview preview;
  std::string previewedText;
  TimeMs previewedDate = -1;
  char dateBuf[16] = {};
  Id dateFor;
  bool dateEditing = false;
  bool dateInvalid = false;
  bool focusText = false;
};
PasteState g_paste;

void refreshPreview(const PostMortem& doc) {
  if (g_paste.previewedText == g_paste.text && g_paste.previewedDate == doc.incidentDate) return;
  g_paste.preview = previewPastedTimeline(g_paste.text, doc.incidentDate);
  g_paste.previewedText = g_paste.text;
  g_paste.previewedDate = doc.incidentDate;
}

void incidentDateField(AppState& state, const PostMortem& doc) {
  if (!g_paste.dateEditing || g_paste.dateFor != doc.id) {
    std::snprintf(g_paste.dateBuf, sizeof g_paste.dateBuf, "%s", formatDate(doc.incidentDate).c_str());
    g_paste.dateFor = doc.id;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Incident date");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  if (g_paste.dateInvalid) ImGui::PushStyleColor(ImGuiCol_Border, toVec4(colors::kDanger));
  ImGui::InputText("##incident-date", g_paste.dateBuf, sizeof g_paste.dateBuf);
  if (g_paste.dateInvalid) ImGui::PopStyleColor();
  nameLastItem("Incident date");
  g_paste.dateEditing = ImGui::IsItemActive();
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    auto parsed = parseDateTime(g_paste.dateBuf);
    g_paste.dateInvalid = !parsed;
    if (parsed) {
      // Keep the time of day the document had; only the day changes.
      const TimeMs value = startOfDayUtc(*parsed) + (doc.incidentDate - startOfDayUtc(doc.incidentDate));
      if (value != doc.incidentDate)
        state.apply(setDocValue<TimeMs>("Edit incident date", "",
                                        [](PostMortem& d) -> TimeMs& { return d.incidentDate; }, value, doc));
    }
  }
  ImGui::SameLine();
  ImGui::TextDisabled(g_paste.dateInvalid ? "Use YYYY-MM-DD." : "Times without a date fall on this day (UTC) and roll over midnight in order.");
}

}  // namespace

void drawPasteDialog(AppState& state, PostMortem& doc, ViewState& vs) {
  if (vs.openPasteDialog) {
    vs.openPasteDialog = false;
    ImGui::OpenPopup(kPopupName);
    g_paste.focusText = true;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(viewport->WorkSize.x * 0.9f, 980.f * uiScale()),
                                  std::min(viewport->WorkSize.y * 0.9f, 680.f * uiScale())),
                           ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopupName, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

  ImGui::TextWrapped("Paste lines from chat or notes (\"14:32 - Alert fired\", \"2026-01-15 14:32:05 Alert fired\", "
                     "\"14:32 UTC on-call acknowledged\") or CSV with a time and a text column. "
                     "Nothing changes until you press Import.");
  incidentDateField(state, doc);

  const float fs = ImGui::GetFontSize();
  const float buttonsH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float boxWidth = avail.x * 0.42f;
  const float bodyH = avail.y - buttonsH;

  // Left: the pasted text. Right: the preview.
  if (g_paste.focusText) {
    ImGui::SetKeyboardFocusHere();
    g_paste.focusText = false;
  }
  ImGui::InputTextMultiline("##pasted-lines", &g_paste.text, ImVec2(boxWidth, bodyH),
                            ImGuiInputTextFlags_AllowTabInput);
  nameLastItem("Pasted lines");
  refreshPreview(doc);
  const PastePreview& p = g_paste.preview;

  ImGui::SameLine();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##paste-preview", 4, flags, ImVec2(0, bodyH))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, fs * 2.5f);
    ImGui::TableSetupColumn("Read as (UTC)", ImGuiTableColumnFlags_WidthFixed, fs * 8.5f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, fs * 7.5f);
    ImGui::TableSetupColumn("Event, or why the line was not read", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const PasteRow& row = p.rows[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%d", row.line);
        if (row.accepted) {
          ImGui::TableSetColumnIndex(1);
          const bool multi = startOfDayUtc(row.time) != startOfDayUtc(doc.incidentDate);
          std::string t = multi ? formatDateTime(row.time) : formatTimeOfDay(row.time, row.time % kMinute != 0);
          if (multi && row.time % kMinute) t = formatDate(row.time) + " " + formatTimeOfDay(row.time, true);
          ImGui::TextUnformatted(t.c_str());
          ImGui::TableSetColumnIndex(2);
          ImGui::TextColored(toVec4(kindColor(row.kind)), "%s", kindName(row.kind));
          ImGui::TableSetColumnIndex(3);
          ImGui::TextUnformatted(row.text.c_str());
        } else if (row.context) {
          ImGui::TableSetColumnIndex(1);
          ImGui::TextDisabled("sets context");
          ImGui::TableSetColumnIndex(3);
          ImGui::TextDisabled("%s", row.note.c_str());
        } else {
          ImGui::TableSetColumnIndex(1);
          ImGui::TextColored(toVec4(colors::kDanger), "not read");
          ImGui::TableSetColumnIndex(3);
          ImGui::TextColored(toVec4(colors::kDanger), "%s", row.reason.c_str());
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.source.c_str());
        }
      }
    }
    ImGui::EndTable();
  }

  // Buttons
  char importLabel[64];
  if (p.acceptedCount == 1)
    std::snprintf(importLabel, sizeof importLabel, "Import 1 event##import");
  else
    std::snprintf(importLabel, sizeof importLabel, "Import %d events##import", p.acceptedCount);
  ImGui::BeginDisabled(p.acceptedCount == 0);
  const bool doImport = ImGui::Button(importLabel) ||
                        (p.acceptedCount > 0 && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Enter));
  ImGui::EndDisabled();
  ImGui::SameLine();
  const bool cancel = ImGui::Button("Cancel") || (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Escape, false));
  ImGui::SameLine(0, fs);
  ImGui::AlignTextToFramePadding();
  if (p.rows.empty())
    ImGui::TextDisabled("Paste with Ctrl+V or type lines on the left.");
  else if (p.rejectedCount == 0)
    ImGui::TextDisabled("%d lines read%s.", p.acceptedCount, p.csv ? " as CSV" : "");
  else
    ImGui::TextColored(toVec4(colors::kWarning), "%d lines read, %d not read (see the reasons)%s.", p.acceptedCount,
                       p.rejectedCount, p.csv ? ", CSV" : "");

  if (doImport && p.acceptedCount > 0) {
    std::vector<TimelineEvent> events = eventsFromPaste(p);
    char label[64];
    std::snprintf(label, sizeof label, "Import %d events", p.acceptedCount);
    const TimeMs first = events.front().time;
    TimeMs lo = first, hi = first;
    for (const auto& e : events) {
      lo = std::min(lo, e.time);
      hi = std::max(hi, e.time);
    }
    if (!doc.events.empty()) {
      lo = std::min(lo, doc.events.front().time);
      hi = std::max(hi, doc.events.back().time);
    }
    state.apply(addEvents(label, std::move(events), state.now()));
    state.endTypingRun();
    zoomToRange(vs, lo, hi);
    g_paste = PasteState{};
    ImGui::CloseCurrentPopup();
  } else if (cancel) {
    g_paste = PasteState{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace hs::ui::timeline
