#include "core/analysis/meeting_plan.h"

#include <algorithm>

#include "core/analysis/close_rule.h"

namespace hs {
namespace {

struct StepTemplate {
  const char* title;
  int parts;
  DocSection section;
  const char* guidance;
};

constexpr int kTotalParts = 75;
constexpr StepTemplate kSteps[] = {
    {"Set the stage", 5, DocSection::Summary, nullptr},
    {"Timeline review", 15, DocSection::Timeline,
     "Walk the timeline in order; add missing events and mark decision points. Ask what people "
     "knew at each moment, not what they should have known."},
    {"Contributing factors (5 whys)", 20, DocSection::WhyTree,
     "Grow the why tree from the problem statement; keep asking why until you reach conditions "
     "in systems and processes. Expect several causes, not one."},
    {"What went well", 10, DocSection::WentWell,
     "Name what limited the impact or sped up recovery, so it is kept on purpose."},
    {"Action items", 15, DocSection::Actions,
     "Turn factors into actions that prevent recurrence, improve detection or speed up "
     "recovery; give each one an owner and a due date."},
    {"Close", 10, DocSection::Closing,
     "Go through the closing checklist, agree on reviewers and the next check-in."},
};

bool isBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::string_view label(DocSection section) {
  switch (section) {
    case DocSection::Summary: return "Summary";
    case DocSection::Timeline: return "Timeline";
    case DocSection::WhyTree: return "5 whys";
    case DocSection::WentWell: return "What went well";
    case DocSection::Actions: return "Action items";
    case DocSection::Closing: return "Review and close";
  }
  return {};
}

const char* blamelessReminder() {
  return "Regardless of what we discover, we understand and truly believe that everyone did the "
         "best job they could, given what they knew at the time, their skills and abilities, the "
         "resources available, and the situation at hand. We are here to understand how our "
         "system allowed this, not to find someone to blame.";
}

int meetingMinutes(Severity severity) {
  switch (severity) {
    case Severity::Sev1: return 90;
    case Severity::Sev2: return 75;
    case Severity::Sev3: return 60;
    case Severity::Sev4: return 45;
  }
  return 60;
}

MeetingPlan planMeeting(const PostMortem& doc) { return planMeeting(doc, meetingMinutes(doc.severity)); }

MeetingPlan planMeeting(const PostMortem& doc, int totalMinutes) {
  MeetingPlan plan;
  plan.totalMinutes = std::clamp(totalMinutes, 20, 480);
  int start = 0;
  const int stepCount = static_cast<int>(std::size(kSteps));
  for (int i = 0; i < stepCount; ++i) {
    const StepTemplate& t = kSteps[i];
    MeetingStep step;
    step.title = t.title;
    step.section = t.section;
    step.guidance = t.guidance ? t.guidance : blamelessReminder();
    step.startMinute = start;
    // round-half-up of total * parts / 75 in integers; the last step takes what is left.
    step.minutes = i + 1 < stepCount
                       ? (2 * plan.totalMinutes * t.parts + kTotalParts) / (2 * kTotalParts)
                       : plan.totalMinutes - start;
    start += step.minutes;
    plan.steps.push_back(std::move(step));
  }
  plan.checklist = closingChecklist(doc);
  return plan;
}

std::vector<ChecklistItem> closingChecklist(const PostMortem& doc) {
  ChecklistItem any{"At least one action item is recorded", !doc.actions.empty(), {}};
  ChecklistItem owners{"Every open action has an owner", true, {}};
  ChecklistItem dues{"Every open action has a due date", true, {}};
  for (const ActionItem& a : doc.actions) {
    if (!isOpen(a)) continue;
    if (isBlank(a.owner)) owners.actionIds.push_back(a.id);
    if (!a.due) dues.actionIds.push_back(a.id);
  }
  owners.ok = owners.actionIds.empty();
  dues.ok = dues.actionIds.empty();
  return {any, owners, dues};
}

}  // namespace hs
