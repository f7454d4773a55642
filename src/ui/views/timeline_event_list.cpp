// The event list beside the canvas (sorted by time, clipped for thousands of
// rows, editable in place) and the editor of the selected event.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/edit/commands.h"
#include "core/edit/field_edits.h"
#include "core/edit/timeline_commands.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"
#include "ui/widgets/text_field.h"

namespace hs::ui::timeline {
namespace {

void kindDot(ImU32 color) {
  const float h = ImGui::GetFrameHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.3f, p.y + h * 0.5f), h * 0.2f, color);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine(0, 0);
}

// A kind picker; returns true and sets `kind` when the user picked one.
bool kindCombo(const char* id, EventKind& kind, ImGuiComboFlags flags = 0) {
  bool changed = false;
  if (ImGui::BeginCombo(id, kindName(kind), flags)) {
    for (EventKind option : enumValues<EventKind>()) {
      ImGui::PushID(static_cast<int>(enumIndex(option)));
      kindDot(kindColor(option));
      if (ImGui::Selectable(kindName(option), option == kind)) {
        kind = option;
        changed = true;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

void setKind(AppState& state, const PostMortem& doc, const Id& id, EventKind kind) {
  state.apply(setEventKind(doc, id, kind, state.now()));
}

void setText(AppState& state, const PostMortem& doc, const Id& id, const char* text) {
  state.apply(setEventText(doc, id, text, state.now()));
}

}  // namespace

void drawEventList(AppState& state, PostMortem& doc, ViewState& vs, ImVec2 size) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  // Cells read as text and become fields on hover.
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, IM_COL32(233, 236, 239, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
  if (!ImGui::BeginTable("##event-list", 3, flags, size)) {
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    return;
  }
  const float timeWidth = ImGui::CalcTextSize(vs.multiDay ? "01-16 00:00:00" : "00:00:00").x + 8;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, timeWidth);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.5f);
  ImGui::TableSetupColumn("Event", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();

  const int count = static_cast<int>(doc.events.size());
  int revealIndex = -1;
  if (vs.revealSelectionInList) {
    vs.revealSelectionInList = false;
    for (int i = 0; i < count; ++i)
      if (doc.events[static_cast<std::size_t>(i)].id == vs.selectedId) revealIndex = i;
  }
  const TimeMs offset = static_cast<TimeMs>(vs.cacheOffsetMinutes) * kMinute;
  ImGuiListClipper clipper;
  clipper.Begin(count);
  if (revealIndex >= 0) clipper.IncludeItemByIndex(revealIndex);
  char timeText[32];
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      // Edits below may change doc.events; stop drawing rows this frame if they did.
      if (i >= static_cast<int>(doc.events.size())) break;
      const TimelineEvent& e = doc.events[static_cast<std::size_t>(i)];
      const Id id = e.id;
      ImGui::TableNextRow();
      ImGui::PushID(i);
      ImGui::TableSetColumnIndex(0);
      const std::string& label = vs.labels[static_cast<std::size_t>(i)];
      const int tl = vs.timeLen[static_cast<std::size_t>(i)];
      if (vs.multiDay) {
        std::string date = formatDate(e.time + offset);
        std::snprintf(timeText, sizeof timeText, "%s %.*s", date.c_str() + 5, tl, label.c_str() + kLabelPrefixLen);
      } else {
        std::snprintf(timeText, sizeof timeText, "%.*s", tl, label.c_str() + kLabelPrefixLen);
      }
      const bool selected = id == vs.selectedId;
      if (ImGui::Selectable(timeText, selected,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                            ImVec2(0, ImGui::GetFrameHeight())))
        select(vs, id, false, true);
      if (i == revealIndex) ImGui::SetScrollHereY(0.5f);

      ImGui::TableSetColumnIndex(1);
      kindDot(kindColor(e.kind));
      ImGui::SetNextItemWidth(-1);
      EventKind kind = e.kind;
      if (kindCombo("##kind", kind, ImGuiComboFlags_NoArrowButton)) {
        select(vs, id, false, true);
        setKind(state, doc, id, kind);
      }

      ImGui::TableSetColumnIndex(2);
      if (e.decisionPoint || e.kind == EventKind::Decision) {  // the canvas's diamond
        const float h = ImGui::GetFrameHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 c(p.x + h * 0.3f, p.y + h * 0.5f);
        const float d = h * 0.22f;
        ImGui::GetWindowDrawList()->AddQuadFilled(ImVec2(c.x, c.y - d), ImVec2(c.x + d, c.y), ImVec2(c.x, c.y + d),
                                                  ImVec2(c.x - d, c.y), kindColor(EventKind::Decision));
        ImGui::Dummy(ImVec2(h * 0.6f, h));
        ImGui::SameLine(0, 0);
      }
      vs.rowText.assign(e.text);
      ImGui::SetNextItemWidth(-1);
      const bool changed = ImGui::InputText("##text", &vs.rowText);
      nameLastItem("Event row text");
      if (ImGui::IsItemActivated()) select(vs, id, false, true);
      if (ImGui::IsItemDeactivated()) state.endTypingRun();
      if (changed) setText(state, doc, id, vs.rowText.c_str());
      ImGui::PopID();
    }
  }
  if (count == 0) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(2);
    ImGui::TextDisabled("No events yet.");
  }
  ImGui::EndTable();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
}

void drawEventEditor(AppState& state, PostMortem& doc, ViewState& vs) {
  const TimelineEvent* found = doc.findEvent(vs.selectedId);
  if (!found) {
    ImGui::TextDisabled("Select an event to edit it, or double-click the timeline to add one at that time.");
    ImGui::TextDisabled("Drag an event to move it (snaps to the minute; hold Shift for seconds). Wheel zooms,");
    ImGui::TextDisabled("dragging the background pans, right-drag zooms to a range. Delete removes, Ctrl+Z undoes.");
    return;
  }
  const TimelineEvent e = *found;  // a copy: commands below change the document
  const TimeMs offset = static_cast<TimeMs>(vs.cacheOffsetMinutes) * kMinute;
  const float fs = ImGui::GetFontSize();

  // Time, typed in the displayed clock.
  char (&timeBuf)[48] = vs.timeBuf;
  Id& timeBufFor = vs.timeBufFor;
  bool& timeEditing = vs.timeEditing;
  bool& timeInvalid = vs.timeInvalid;
  if (!timeEditing || timeBufFor != e.id) {
    std::string text = formatDate(e.time + offset) + " " + formatTimeOfDay(e.time + offset, (e.time % kMinute) != 0);
    std::snprintf(timeBuf, sizeof timeBuf, "%s", text.c_str());
    if (timeBufFor != e.id) timeInvalid = false;
    timeBufFor = e.id;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Time");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(fs * 10.5f);
  if (timeInvalid) ImGui::PushStyleColor(ImGuiCol_Border, toVec4(colors::kDanger));
  ImGui::InputText("##event-time", timeBuf, sizeof timeBuf);
  if (timeInvalid) ImGui::PopStyleColor();
  nameLastItem("Event time");
  timeEditing = ImGui::IsItemActive();
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    if (auto parsed = parseDateTime(timeBuf)) {
      timeInvalid = false;
      if (*parsed - offset != e.time) state.apply(moveEvent(e.id, *parsed - offset, doc, state.now()));
      vs.revealSelectionInCanvas = true;
    } else {
      timeInvalid = true;
    }
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(timeInvalid ? "Not a time: use YYYY-MM-DD HH:MM or HH:MM:SS (%s)"
                                  : "YYYY-MM-DD HH:MM[:SS], %s", vs.localTime ? "local time" : "UTC");

  ImGui::SameLine(0, fs);
  ImGui::TextDisabled("Kind");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(fs * 10);
  EventKind kind = e.kind;
  if (kindCombo("##event-kind", kind)) setKind(state, doc, e.id, kind);
  nameLastItem("Event kind");

  ImGui::SameLine(0, fs);
  bool decision = e.decisionPoint;
  if (ImGui::Checkbox("Decision point", &decision))
    state.apply(setEventDecisionPoint(doc, e.id, decision, state.now()));

  ImGui::SameLine(0, fs);
  ImGui::TextDisabled("Why");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  const WhyNode* linked = doc.findWhyNode(e.whyNodeId);
  const char* preview = linked ? (linked->text.empty() ? "(untitled why)" : linked->text.c_str()) : "Not linked";
  if (ImGui::BeginCombo("##why-link", preview)) {
    if (ImGui::Selectable("Not linked", !linked) && linked)
      state.apply(setEventWhyLink(doc, e.id, Id(), state.now()));
    if (doc.whyNodes.empty()) ImGui::TextDisabled("The 5 Whys tab has no nodes yet.");
    for (std::size_t i = 0; i < doc.whyNodes.size(); ++i) {
      const WhyNode& n = doc.whyNodes[i];
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(n.text.empty() ? "(untitled why)" : n.text.c_str(), n.id == e.whyNodeId))
        state.apply(setEventWhyLink(doc, e.id, n.id, state.now()));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  nameLastItem("Why link");

  // Text
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Text");
  ImGui::SameLine();
  const float deleteWidth = ImGui::CalcTextSize("Delete event").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(-(deleteWidth + ImGui::GetStyle().ItemSpacing.x));
  // Wait until the mouse is up: the double-click that added the event still holds the canvas.
  if (vs.focusEventText && !ImGui::IsAnyMouseDown() && !ImGui::IsAnyItemActive()) {
    ImGui::SetWindowFocus();
    ImGui::SetKeyboardFocusHere();
    vs.focusEventText = false;
  }
  std::string text = e.text;
  if (ImGui::InputText("##event-text", &text)) setText(state, doc, e.id, text.c_str());
  nameLastItem("Event text");
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
  if (ImGui::Button("Delete event")) deleteSelected(state, doc, vs);
  ImGui::PopStyleColor();
  ImGui::TextDisabled("Drag the marker to move it (snaps to the minute, Shift: seconds). Delete removes, Ctrl+Z undoes.");
}

}  // namespace hs::ui::timeline
