// The Timeline tab: durations header, toolbar, canvas with the event editor
// below it, and the event list beside it.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/model/local_offset.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/widgets/toolbar_flow.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"
#include "ui/views/views.h"

namespace hs::ui {
namespace timeline {

int displayOffsetMinutes(const ViewState& vs, TimeMs near) {
  if (!vs.localTime) return 0;
  // The offset in effect at the incident (one offset for the whole view: a DST
  // change inside an incident shifts labels after it by the difference).
  return localUtcOffsetMinutes(near);
}

ImU32 kindColor(EventKind kind) {
  switch (kind) {
    case EventKind::ImpactStarted: return IM_COL32(201, 42, 42, 255);
    case EventKind::Alert: return IM_COL32(232, 89, 12, 255);
    case EventKind::Detected: return IM_COL32(240, 140, 0, 255);
    case EventKind::Acknowledged: return IM_COL32(230, 175, 0, 255);
    case EventKind::Investigating: return IM_COL32(112, 72, 232, 255);
    case EventKind::CauseIdentified: return IM_COL32(174, 62, 201, 255);
    case EventKind::Mitigated: return IM_COL32(16, 152, 173, 255);
    case EventKind::FixDeployed: return IM_COL32(51, 102, 214, 255);
    case EventKind::Resolved: return IM_COL32(47, 158, 68, 255);
    case EventKind::Communication: return IM_COL32(134, 142, 150, 255);
    case EventKind::Decision: return IM_COL32(33, 37, 41, 255);
    case EventKind::Other: return IM_COL32(173, 181, 189, 255);
  }
  return IM_COL32(173, 181, 189, 255);
}

// Labels are string literals: NUL-terminated.
const char* kindName(EventKind kind) { return label(kind).data(); }

void refreshCache(AppState& state, const PostMortem& doc, ViewState& vs) {
  History* history = state.openHistory();
  const std::uint64_t revision = history ? history->revision() : 0;
  const int offset =
      displayOffsetMinutes(vs, doc.events.empty() ? doc.incidentDate : doc.events.front().time);
  const float fontSize = ImGui::GetFontSize();
  if (vs.cacheDocId == doc.id && vs.cacheRevision == revision && vs.cacheOffsetMinutes == offset &&
      vs.cacheFontSize == fontSize && vs.cacheCount == doc.events.size())
    return;
  vs.cacheDocId = doc.id;
  vs.cacheRevision = revision;
  vs.cacheOffsetMinutes = offset;
  vs.cacheFontSize = fontSize;
  vs.cacheCount = doc.events.size();

  const std::size_t n = doc.events.size();
  vs.times.resize(n);
  vs.labels.resize(n);
  vs.timeLen.resize(n);
  vs.labelWidths.resize(n);
  const TimeMs offsetMs = static_cast<TimeMs>(offset) * kMinute;
  const float s = uiScale();
  const float maxWidth = kLabelMaxWidth * s;
  ImFont* font = fonts().body;
  ImFont* bold = fonts().bold;
  for (std::size_t i = 0; i < n; ++i) {
    const TimelineEvent& e = doc.events[i];
    vs.times[i] = e.time;
    const bool seconds = (e.time % kMinute) != 0;
    std::string time = formatTimeOfDay(e.time + offsetMs, seconds);
    std::string& label = vs.labels[i];
    label.clear();
    label.append(kLabelPrefix).append(time).append(" ").append(e.text.empty() ? "(no text)" : e.text);
    vs.timeLen[i] = static_cast<unsigned char>(time.size());
    // As drawn by the canvas: padding, bold time, gap, text, padding.
    const char* timeBegin = label.c_str() + kLabelPrefixLen;
    const char* timeEnd = timeBegin + time.size();
    float w = 5 * s + bold->CalcTextSizeA(fontSize, 1e9f, 0, timeBegin, timeEnd).x + 5 * s +
              font->CalcTextSizeA(fontSize, 1e9f, 0, timeEnd + 1, label.c_str() + label.size()).x + 7 * s;
    vs.labelWidths[i] = std::min(w, maxWidth);
  }
  vs.multiDay = n > 1 && startOfDayUtc(doc.events.front().time + offsetMs) !=
                             startOfDayUtc(doc.events.back().time + offsetMs);
  vs.milestones = findMilestones(doc);
  vs.durations = deriveDurations(doc);
}

void zoomToRange(ViewState& vs, TimeMs from, TimeMs to) {
  if (to < from) std::swap(from, to);
  TimeMs span = std::max<TimeMs>(to - from, 10 * 1000);
  const TimeMs pad = span / 20 + 1000;
  from -= pad;
  span += 2 * pad;
  vs.pxPerMs = vs.widthPx / static_cast<double>(span);
  vs.t0 = from - (span - (to - from + 2 * pad)) / 2;
}

void fitToIncident(ViewState& vs, const PostMortem& doc) {
  if (doc.events.empty()) {
    const TimeMs start = doc.incidentDate ? doc.incidentDate : 0;
    vs.pxPerMs = vs.widthPx / static_cast<double>(2 * kHour);
    vs.t0 = start - 15 * kMinute;
    return;
  }
  TimeMs from = doc.events.front().time, to = doc.events.back().time;
  if (to - from < 30 * kMinute) {  // a lone event or a tight burst: show half an hour around it
    const TimeMs mid = from + (to - from) / 2;
    from = mid - 15 * kMinute;
    to = mid + 15 * kMinute;
  }
  zoomToRange(vs, from, to);
}

void zoomToSelection(ViewState& vs, const PostMortem& doc) {
  const TimelineEvent* e = doc.findEvent(vs.selectedId);
  if (!e) return;
  zoomToRange(vs, e->time - 10 * kMinute, e->time + 10 * kMinute);
}

void zoomAround(ViewState& vs, float xPx, double factor) {
  constexpr double kMinSpanMs = 10.0 * 1000;        // 10 seconds across the canvas
  constexpr double kMaxSpanMs = 400.0 * 86400000;   // about 13 months
  const double anchor = static_cast<double>(vs.t0) + xPx / vs.pxPerMs;
  double px = vs.pxPerMs * factor;
  px = std::clamp(px, vs.widthPx / kMaxSpanMs, vs.widthPx / kMinSpanMs);
  vs.pxPerMs = px;
  vs.t0 = static_cast<TimeMs>(std::llround(anchor - xPx / px));
}

void select(ViewState& vs, const Id& id, bool revealInList, bool revealInCanvas) {
  vs.selectedId = id;
  vs.revealSelectionInList = revealInList && !id.empty();
  vs.revealSelectionInCanvas = revealInCanvas && !id.empty();
}

void deleteSelected(AppState& state, PostMortem& doc, ViewState& vs) {
  if (!doc.findEvent(vs.selectedId)) return;
  // Select the neighbour so Delete can be pressed repeatedly.
  Id next;
  for (std::size_t i = 0; i < doc.events.size(); ++i)
    if (doc.events[i].id == vs.selectedId) {
      if (i + 1 < doc.events.size()) next = doc.events[i + 1].id;
      else if (i > 0) next = doc.events[i - 1].id;
      break;
    }
  state.apply(removeEventWithLinks(vs.selectedId, doc));
  select(vs, next, true, false);
}

void addEventAt(AppState& state, ViewState& vs, TimeMs time) {
  TimelineEvent e = makeEvent(snapTime(time, false), "New event", EventKind::Other);
  Id id = e.id;
  state.apply(addElement<TimelineEvent>("Add event", std::move(e), state.now()));
  select(vs, id, true, false);
  vs.focusEventText = true;
}

namespace {


void chip(const char* name, const std::optional<TimeMs>& value, const char* definition,
          const char* note = nullptr) {
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", name);
  pushFont(fonts().heading);
  if (value) {
    std::string text = formatDuration(*value);
    ImGui::TextColored(toVec4(*value < 0 ? colors::kDanger : colors::kText), "%s", text.c_str());
  } else {
    ImGui::TextDisabled("—");
  }
  ImGui::PopFont();
  ImGui::EndGroup();
  std::string item = std::string(name) + ": " + (value ? formatDuration(*value) : "not known");
  registerCustomItem(item, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(definition);
    if (!value)
      ImGui::TextDisabled("Needs both milestones on the timeline (set the events' kinds).");
    else if (*value < 0)
      ImGui::TextColored(toVec4(colors::kDanger), "Negative: the milestones are out of order.");
    if (note) ImGui::TextDisabled("%s", note);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void drawDurationsHeader(AppState&, const PostMortem& doc, ViewState& vs) {
  const float gap = ImGui::GetFontSize() * 2.0f;
  chip("Time to detect", vs.durations.timeToDetect, definitionTimeToDetect());
  ImGui::SameLine(0, gap);
  chip("Time to acknowledge", vs.durations.timeToAcknowledge, definitionTimeToAcknowledge());
  ImGui::SameLine(0, gap);
  chip("Time to mitigate", vs.durations.timeToMitigate, definitionTimeToMitigate());
  ImGui::SameLine(0, gap);
  chip("Time to resolve", vs.durations.timeToResolve, definitionTimeToResolve());
  ImGui::SameLine(0, gap);
  chip("Duration", vs.durations.duration,
       doc.durationOverride
           ? "Duration: set by hand on the Overview tab (overrides the timeline)."
           : "Duration: follows the timeline (time to resolve) unless set by hand on the Overview tab.",
       doc.durationOverride ? "Set by hand." : "From the timeline.");
}

}  // namespace timeline

void drawTimelineTab(AppState& state, PostMortem& doc) {
  using namespace timeline;
  const auto started = std::chrono::steady_clock::now();
  ViewState& vs = state.ui().of<ViewState>(doc.id);  // each post-mortem keeps its own view
  refreshCache(state, doc, vs);
  if (!vs.selectedId.empty() && !doc.findEvent(vs.selectedId)) vs.selectedId.clear();

  drawDurationsHeader(state, doc, vs);
  ImGui::Spacing();

  // Toolbar: wraps in a narrow window so every action stays reachable.
  const float groupGap = ImGui::GetFontSize();
  if (ImGui::Button("Paste timeline...")) vs.openPasteDialog = true;
  sameLineIfFits(buttonWidth("Add event"));
  if (ImGui::Button("Add event")) {
    TimeMs at = vs.t0 + static_cast<TimeMs>(vs.widthPx * 0.5 / vs.pxPerMs);
    if (doc.events.empty() && doc.incidentDate) at = doc.incidentDate;
    addEventAt(state, vs, at);
  }
  sameLineIfFits(buttonWidth("Fit to incident"), groupGap);
  if (ImGui::Button("Fit to incident")) fitToIncident(vs, doc);
  sameLineIfFits(buttonWidth("Zoom to selection"));
  ImGui::BeginDisabled(vs.selectedId.empty());
  if (ImGui::Button("Zoom to selection")) zoomToSelection(vs, doc);
  ImGui::EndDisabled();
  sameLineIfFits(buttonWidth("Zoom in"));
  if (ImGui::Button("Zoom in")) zoomAround(vs, vs.widthPx * 0.5f, 2.0);
  sameLineIfFits(buttonWidth("Zoom out"));
  if (ImGui::Button("Zoom out")) zoomAround(vs, vs.widthPx * 0.5f, 0.5);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float radio = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
  sameLineIfFits(ImGui::CalcTextSize("Clock").x + radio * 2 + ImGui::CalcTextSize("UTCLocal").x +
                     style.ItemSpacing.x * 2,
                 groupGap);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Clock");
  ImGui::SameLine();
  if (ImGui::RadioButton("UTC", !vs.localTime)) vs.localTime = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("Local", vs.localTime)) vs.localTime = true;
  char eventCount[32];
  std::snprintf(eventCount, sizeof eventCount, doc.events.size() == 1 ? "%zu event" : "%zu events", doc.events.size());
  sameLineIfFits(ImGui::CalcTextSize(eventCount).x, groupGap);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", eventCount);

  // Body: canvas and editor on the left, event list on the right.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float listWidth = std::clamp(avail.x * 0.36f, 300.f * uiScale(), 560.f * uiScale());
  const float leftWidth = std::max(200.f, avail.x - listWidth - ImGui::GetStyle().ItemSpacing.x);
  const float editorHeight = ImGui::GetFrameHeightWithSpacing() * 3 + ImGui::GetStyle().WindowPadding.y * 2 +
                             ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginGroup();
  drawCanvas(state, doc, vs, ImVec2(leftWidth, std::max(160.f, avail.y - editorHeight)));
  ImGui::BeginChild("##event-editor", ImVec2(leftWidth, 0), ImGuiChildFlags_Borders);
  drawEventEditor(state, doc, vs);
  ImGui::EndChild();
  ImGui::EndGroup();
  ImGui::SameLine();
  drawEventList(state, doc, vs, ImVec2(0, avail.y));

  drawPasteDialog(state, doc, vs);

  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  vs.drawMsLast = ms;
  vs.drawMsAvg = vs.drawMsAvg == 0 ? ms : vs.drawMsAvg * 0.95 + ms * 0.05;
  // For the frame-time figure in tests and benches (not shown to users).
  char figure[64];
  std::snprintf(figure, sizeof figure, "timeline-draw-ms: %.3f", vs.drawMsAvg);
  registerCustomItem(figure, ImVec2(0, 0), ImVec2(0, 0));
}

}  // namespace hs::ui
