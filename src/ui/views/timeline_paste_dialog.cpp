// "Paste timeline": a text box for pasted lines, a live preview of how each
// line was read (and why some were not), and one undoable import.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/io/paste_import.h"
#include "core/io/timeline/time_zones.h"
#include "core/model/time_format.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"
#include "ui/item_registry.h"
#include "ui/widgets/text_field.h"

namespace hs::ui::timeline {
namespace {

constexpr const char* kPopupName = "Paste timeline";

struct PasteState {
  std::string text;
  PastePreview preview;
  std::string previewedText;
  TimeMs previewedDate = -1;
  std::string zone = "UTC";  // for times pasted without a zone
  DateOrder dateOrder = DateOrder::Auto;
  std::string previewedZone;
  DateOrder previewedOrder = DateOrder::Auto;
  char dateBuf[16] = {};
  Id dateFor;
  bool dateEditing = false;
  bool dateInvalid = false;
  bool focusText = false;
};

void refreshPreview(PasteState& paste, const PostMortem& doc) {
  if (paste.previewedText == paste.text && paste.previewedDate == doc.incidentDate &&
      paste.previewedZone == paste.zone && paste.previewedOrder == paste.dateOrder)
    return;
  PasteOptions options;
  options.incidentDate = doc.incidentDate;
  options.zone = paste.zone;
  options.dateOrder = paste.dateOrder;
  paste.preview = previewPastedTimeline(paste.text, options);
  paste.previewedText = paste.text;
  paste.previewedDate = doc.incidentDate;
  paste.previewedZone = paste.zone;
  paste.previewedOrder = paste.dateOrder;
}

// The zone for times written without one, and how to read dates like 02/03/2017.
void readingChoices(PasteState& paste) {
  const PastePreview& p = paste.preview;
  const float fs = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Times without a zone are in");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(fs * 11);
  if (ImGui::BeginCombo("##paste-zone", paste.zone.c_str())) {
    for (std::string_view name : commonTimeZoneNames()) {
      const bool selected = paste.zone == name;
      if (ImGui::Selectable(std::string(name).c_str(), selected)) paste.zone = std::string(name);
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  nameLastItem("Paste zone");
  if (p.zoneAssumedCount > 0) {
    ImGui::SameLine();
    ImGui::TextColored(toVec4(colors::kWarning), "%d %s no zone written: read in %s.", p.zoneAssumedCount,
                       p.zoneAssumedCount == 1 ? "time has" : "times have", paste.zone.c_str());
  }
  if (p.ambiguousDateCount == 0 && paste.dateOrder == DateOrder::Auto) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Dates like 02/03/2017 are");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(fs * 14);
  const char* names[] = {"month first (3 Feb)", "day first (2 Mar)"};
  int current = p.dateOrder == DateOrder::DayFirst ? 1 : 0;
  if (ImGui::Combo("##paste-date-order", &current, names, 2))
    paste.dateOrder = current == 1 ? DateOrder::DayFirst : DateOrder::MonthFirst;
  nameLastItem("Paste date order");
  ImGui::SameLine();
  if (paste.dateOrder != DateOrder::Auto)
    ImGui::TextDisabled("as you chose; %d date(s) read both ways.", p.ambiguousDateCount);
  else if (p.dateOrderFromText)
    ImGui::TextDisabled("as other dates in the paste show; %d date(s) read both ways.", p.ambiguousDateCount);
  else
    ImGui::TextColored(toVec4(colors::kWarning), "%d date(s) read both ways: check the order.", p.ambiguousDateCount);
}

// The pasted row with the part read as the time highlighted (its first line).
void highlightedSource(const PasteRow& row) {
  std::string_view s = row.source;
  const std::size_t nl = s.find('\n');
  std::string_view line = s.substr(0, nl);
  if (row.timeEnd > row.timeBegin && row.timeEnd <= line.size()) {
    std::string_view before = line.substr(0, row.timeBegin);
    std::string_view span = line.substr(row.timeBegin, row.timeEnd - row.timeBegin);
    std::string_view after = line.substr(row.timeEnd);
    if (!before.empty()) {
      ImGui::TextUnformatted(before.data(), before.data() + before.size());
      ImGui::SameLine(0, 0);
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(span.data(), span.data() + span.size());
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 1, at.y), ImVec2(at.x + size.x + 1, at.y + size.y),
                                              IM_COL32(255, 222, 120, 255), 2.0f);
    ImGui::TextUnformatted(span.data(), span.data() + span.size());
    registerCustomItem("time read: " + std::string(span), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (!after.empty()) {
      ImGui::SameLine(0, 0);
      ImGui::TextUnformatted(after.data(), after.data() + after.size());
    }
  } else {
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
  }
  if (nl != std::string_view::npos) ImGui::TextDisabled("+ %d more line(s)", static_cast<int>(std::count(s.begin(), s.end(), '\n')));
  if (ImGui::IsItemHovered() && s.size() > 40) ImGui::SetTooltip("%s", row.source.c_str());
}

void incidentDateField(AppState& state, const PostMortem& doc) {
  PasteState& paste = state.ui().of<PasteState>(doc.id);
  if (!paste.dateEditing || paste.dateFor != doc.id) {
    std::snprintf(paste.dateBuf, sizeof paste.dateBuf, "%s", formatDate(doc.incidentDate).c_str());
    paste.dateFor = doc.id;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Incident date");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  if (paste.dateInvalid) ImGui::PushStyleColor(ImGuiCol_Border, toVec4(colors::kDanger));
  ImGui::InputText("##incident-date", paste.dateBuf, sizeof paste.dateBuf);
  if (paste.dateInvalid) ImGui::PopStyleColor();
  nameLastItem("Incident date");
  paste.dateEditing = ImGui::IsItemActive();
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    auto parsed = parseDateTime(paste.dateBuf);
    paste.dateInvalid = !parsed;
    if (parsed) {
      // Keep the time of day the document had; only the day changes.
      const TimeMs value = startOfDayUtc(*parsed) + (doc.incidentDate - startOfDayUtc(doc.incidentDate));
      if (value != doc.incidentDate)
        state.apply(setDocValue<TimeMs>("Edit incident date", "",
                                        [](PostMortem& d) -> TimeMs& { return d.incidentDate; }, value, doc));
    }
  }
  ImGui::SameLine();
  ImGui::TextDisabled(paste.dateInvalid ? "Use YYYY-MM-DD." : "Times without a date fall on this day (UTC) and roll over midnight in order.");
}

}  // namespace

void drawPasteDialog(AppState& state, PostMortem& doc, ViewState& vs) {
  PasteState& paste = state.ui().of<PasteState>(doc.id);  // per post-mortem
  if (vs.openPasteDialog) {
    vs.openPasteDialog = false;
    ImGui::OpenPopup(kPopupName);
    paste.focusText = true;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(viewport->WorkSize.x * 0.9f, 980.f * uiScale()),
                                  std::min(viewport->WorkSize.y * 0.9f, 680.f * uiScale())),
                           ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kPopupName, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

  ImGui::TextWrapped("Paste a timeline from chat, notes, logs or a Markdown post-mortem (\"14:32 - Alert fired\", "
                     "\"| 2021-06-22 08:21 | VPC CNI replaced |\", \"Jan 31 23:10 CET ...\", a Slack copy) or CSV "
                     "with a time column. The part read as the time is highlighted. Nothing changes until you press Import.");
  incidentDateField(state, doc);
  readingChoices(paste);

  const float fs = ImGui::GetFontSize();
  const float buttonsH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float boxWidth = avail.x * 0.34f;
  const float bodyH = avail.y - buttonsH;

  // Left: the pasted text. Right: the preview.
  if (paste.focusText) {
    ImGui::SetKeyboardFocusHere();
    paste.focusText = false;
  }
  ImGui::InputTextMultiline("##pasted-lines", &paste.text, ImVec2(boxWidth, bodyH),
                            ImGuiInputTextFlags_AllowTabInput);
  nameLastItem("Pasted lines");
  refreshPreview(paste, doc);
  const PastePreview& p = paste.preview;

  ImGui::SameLine();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##paste-preview", 5, flags, ImVec2(0, bodyH))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, fs * 2.2f);
    ImGui::TableSetupColumn("As pasted (time highlighted)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Read as (UTC)", ImGuiTableColumnFlags_WidthFixed, fs * 8.5f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, fs * 6.5f);
    ImGui::TableSetupColumn("Event, or why the line was not read", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    // Wrapped reasons make rows of different heights: the clipper (which assumes
    // one height) is used only for very long pastes.
    const int rowCount = static_cast<int>(p.rows.size());
    ImGuiListClipper clipper;
    const bool clip = rowCount > 400;
    if (clip) clipper.Begin(rowCount);
    for (bool more = true; more;) {
      int first = 0, last = rowCount;
      if (clip) {
        more = clipper.Step();
        if (!more) break;
        first = clipper.DisplayStart;
        last = clipper.DisplayEnd;
      } else {
        more = false;
      }
      for (int i = first; i < last; ++i) {
        const PasteRow& row = p.rows[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%d", row.line);
        ImGui::TableSetColumnIndex(1);
        highlightedSource(row);
        if (row.accepted) {
          ImGui::TableSetColumnIndex(2);
          const bool multi = startOfDayUtc(row.time) != startOfDayUtc(doc.incidentDate);
          std::string t = multi ? formatDateTime(row.time) : formatTimeOfDay(row.time, row.time % kMinute != 0);
          if (multi && row.time % kMinute) t = formatDate(row.time) + " " + formatTimeOfDay(row.time, true);
          if (row.approximate) t = "~" + t;
          ImGui::TextUnformatted(t.c_str());
          if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s%s%s", row.zoneAssumed ? ("No zone written: read in " + row.zone + ".").c_str()
                                                        : ("Read in " + row.zone + ".").c_str(),
                              row.approximate ? " Approximate: the event text says so." : "",
                              row.dateAmbiguous ? " The date reads both ways (see the order above)." : "");
          ImGui::TableSetColumnIndex(3);
          ImGui::TextColored(toVec4(kindColor(row.kind)), "%s", kindName(row.kind));
          ImGui::TableSetColumnIndex(4);
          ImGui::TextWrapped("%s", eventTextOf(row).c_str());
          if (!row.note.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kWarning));
            ImGui::TextWrapped("%s", row.note.c_str());
            ImGui::PopStyleColor();
          }
        } else if (row.context) {
          ImGui::TableSetColumnIndex(2);
          ImGui::TextDisabled("sets context");
          ImGui::TableSetColumnIndex(4);
          ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
          ImGui::TextWrapped("%s", row.note.c_str());
          ImGui::PopStyleColor();
        } else {
          ImGui::TableSetColumnIndex(2);
          ImGui::TextColored(toVec4(colors::kDanger), "not read");
          ImGui::TableSetColumnIndex(4);
          // The whole reason, wrapped: it says what was expected.
          ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
          ImGui::TextWrapped("%s", row.reason.c_str());
          ImGui::PopStyleColor();
          registerCustomItem("paste reason: " + row.reason, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
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
    ImGui::TextDisabled("%d lines read%s%s.", p.acceptedCount, p.csv ? " as CSV" : "",
                        p.contextCount > 0 ? ", with the dates and zones they state" : "");
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
    paste = PasteState{};
    ImGui::CloseCurrentPopup();
  } else if (cancel) {
    paste = PasteState{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace hs::ui::timeline
