// The overview form: header fields, severity with its triggers, status, people,
// impact and the written sections. Every edit is a command (undoable).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/analysis/durations.h"
#include "core/analysis/severity_suggestion.h"
#include "core/edit/commands.h"
#include "core/model/time_format.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/blameless_hints_ui.h"
#include "ui/widgets/chip_list.h"
#include "ui/widgets/draft_field.h"
#include "ui/widgets/enum_combo.h"
#include "ui/widgets/form.h"
#include "ui/widgets/severity_picker.h"
#include "ui/widgets/status_control.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/wrapped_text.h"

namespace hs::ui {
namespace {

template <class V, class Field>
void setField(AppState& state, const PostMortem& doc, const char* what, const char* mergeKey,
              Field field, V value) {
  state.apply(setDocValue<V>(std::string("Edit ") + what, mergeKey,
                             std::function<V&(PostMortem&)>(field), std::move(value), doc));
}

void chipRow(AppState& state, const PostMortem& doc, const char* label, const char* addName,
             const char* hint, std::vector<std::string>& (*field)(PostMortem&)) {
  formRow(label);
  std::vector<std::string> values = field(const_cast<PostMortem&>(doc));
  if (chipListEditor(state.ui(), addName, values, hint)) setField(state, doc, label, "", field, values);
}

void sectionRow(AppState& state, const PostMortem& doc, const char* label, const char* hint,
                std::string& (*field)(PostMortem&), HintField hints = HintField::Text) {
  formRow(label);
  std::string text = field(const_cast<PostMortem&>(doc));
  if (wrappedTextEditor(state, label, text, hint, 2.0f))
    setField(state, doc, label, label, field, text);
  drawBlamelessHints(state, text, hints);
}

void incidentRows(AppState& state, const PostMortem& doc) {
  const float scale = uiScale();
  formRow("Title");
  docTextField(state, "Title", "title", [](PostMortem& d) -> std::string& { return d.title; },
               "What happened, in a few words");
  sectionRow(state, doc, "Summary", "Two or three sentences: what happened, the impact, how it ended",
             [](PostMortem& d) -> std::string& { return d.sections.summary; });

  formRow("Incident start");
  std::optional<TimeMs> start;
  if (timeField(state.ui(), "Incident start", doc.incidentDate, start, false, false, 220 * scale) && start)
    setField(state, doc, "incident start", "",
             [](PostMortem& d) -> TimeMs& { return d.incidentDate; }, *start);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("UTC");

  formRow("Duration");
  IncidentDurations derived = deriveDurations(doc);
  std::optional<TimeMs> shown = doc.durationOverride ? doc.durationOverride : derived.timeToResolve;
  std::optional<TimeMs> typed;
  auto durationRef = [](PostMortem& d) -> std::optional<TimeMs>& { return d.durationOverride; };
  if (durationField(state.ui(), "Duration", shown, typed, "e.g. 1 h 30 min", 220 * scale))
    setField(state, doc, "duration", "", durationRef, typed);
  ImGui::SameLine();
  if (doc.durationOverride) {
    if (ImGui::Button("Use timeline"))
      setField(state, doc, "duration", "", durationRef, std::optional<TimeMs>());
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (derived.timeToResolve)
      ImGui::TextDisabled("set by hand; the timeline says %s", formatDuration(*derived.timeToResolve).c_str());
    else
      ImGui::TextDisabled("set by hand; the timeline has no resolution yet");
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(derived.timeToResolve ? "from the timeline (impact started \xE2\x86\x92 resolved)"
                                              : "no resolution in the timeline yet; type one to set it");
  }
}

void severityRows(AppState& state, const PostMortem& doc) {
  const float scale = uiScale();
  formRow("Severity");
  Severity severity = doc.severity;
  if (severityPicker("Severity", severity, 200 * scale))
    setField(state, doc, "severity", "", [](PostMortem& d) -> Severity& { return d.severity; },
             severity);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s %s", definition(doc.severity).data(), reviewRequirement(doc.severity).data());

  formRow("Triggers");
  if (ImGui::BeginTable("##triggers", 3, ImGuiTableFlags_None)) {
    for (Trigger trigger : enumValues<Trigger>()) {
      ImGui::TableNextColumn();
      bool on = std::find(doc.triggers.begin(), doc.triggers.end(), trigger) != doc.triggers.end();
      if (ImGui::Checkbox(label(trigger).data(), &on)) {
        std::vector<Trigger> next = doc.triggers;
        if (on) next.push_back(trigger);
        else next.erase(std::remove(next.begin(), next.end(), trigger), next.end());
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        setField(state, doc, "triggers", "", [](PostMortem& d) -> std::vector<Trigger>& { return d.triggers; },
                 next);
      }
    }
    ImGui::EndTable();
  }
  if (auto suggestion = suggestSeverity(doc.triggers)) {
    if (suggestion->severity != doc.severity) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("Suggested:");
      ImGui::SameLine();
      badge(label(suggestion->severity).data(), severityColor(suggestion->severity));
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("because of %s", suggestion->because.c_str());
      ImGui::SameLine();
      if (ImGui::Button("Apply"))
        setField(state, doc, "severity", "", [](PostMortem& d) -> Severity& { return d.severity; },
                 suggestion->severity);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kSuccess));
      ImGui::Text("\xE2\x9C\x93 Matches the triggers (%s)", suggestion->because.c_str());
      ImGui::PopStyleColor();
    }
  } else {
    ImGui::TextDisabled("Tick what happened to get a suggested severity.");
  }

  formRow("Status");
  docStatusControl(state, doc);
}

void drawForm(AppState& state, PostMortem& doc) {
  const float scale = uiScale();
  sectionHeading("Incident");
  if (beginForm("##form-incident")) {
    incidentRows(state, doc);
    severityRows(state, doc);
    chipRow(state, doc, "Services", "Add service", "add a service, Enter",
            [](PostMortem& d) -> std::vector<std::string>& { return d.services; });
    chipRow(state, doc, "Tags", "Add tag", "add a tag, Enter",
            [](PostMortem& d) -> std::vector<std::string>& { return d.tags; });
    endForm();
  }

  sectionHeading("People");
  if (beginForm("##form-people")) {
    chipRow(state, doc, "Authors", "Add author", "add an author, Enter",
            [](PostMortem& d) -> std::vector<std::string>& { return d.authors; });
    chipRow(state, doc, "Reviewers", "Add reviewer", "add a reviewer, Enter",
            [](PostMortem& d) -> std::vector<std::string>& { return d.reviewers; });
    endForm();
  }

  sectionHeading("Impact");
  if (beginForm("##form-impact")) {
    sectionRow(state, doc, "Impact", "Who and what was affected, and how badly",
               [](PostMortem& d) -> std::string& { return d.impact.text; });
    formRow("Users affected");
    std::optional<std::int64_t> users;
    if (countField(state.ui(), "Users affected", doc.impact.usersAffected, users, 160 * scale))
      setField(state, doc, "users affected", "",
               [](PostMortem& d) -> std::optional<std::int64_t>& { return d.impact.usersAffected; }, users);
    formRow("Revenue lost");
    std::optional<double> revenue;
    if (amountField(state.ui(), "Revenue lost", doc.impact.revenueLost, revenue, 160 * scale))
      setField(state, doc, "revenue lost", "",
               [](PostMortem& d) -> std::optional<double>& { return d.impact.revenueLost; }, revenue);
    endForm();
  }

  sectionHeading("Write-up");
  if (beginForm("##form-sections")) {
    sectionRow(state, doc, "Detection", "How was it discovered? Could we have detected it sooner?",
               [](PostMortem& d) -> std::string& { return d.sections.detection; });
    sectionRow(state, doc, "Response", "What we did, what helped, what was difficult",
               [](PostMortem& d) -> std::string& { return d.sections.response; });
    sectionRow(state, doc, "Root cause", "The conditions that let it happen (systems and processes, not people)",
               [](PostMortem& d) -> std::string& { return d.sections.rootCause; }, HintField::RootCause);
    sectionRow(state, doc, "What went well", "Things to keep doing",
               [](PostMortem& d) -> std::string& { return d.sections.wentWell; });
    sectionRow(state, doc, "Lessons learned", "What we now know that we did not before",
               [](PostMortem& d) -> std::string& { return d.sections.lessonsLearned; });
    endForm();
  }
  ImGui::Dummy(ImVec2(0, 12 * scale));
}

}  // namespace

void drawOverviewTab(AppState& state, PostMortem& doc) {
  // A readable line length: the form stays narrow on wide screens, centred.
  const float maxWidth = 980.0f * uiScale();
  float avail = ImGui::GetContentRegionAvail().x;
  if (avail > maxWidth) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - maxWidth) * 0.5f);
  ImGui::BeginChild("##overview-form", ImVec2(std::min(avail, maxWidth), 0));
  drawForm(state, doc);
  ImGui::EndChild();
}

}  // namespace hs::ui
