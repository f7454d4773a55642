// The post-mortem meeting agenda: length by severity, timed steps that point the
// editor at a document section, and the closing checklist.
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// The part of the document editor a meeting step works in (the view jumps there).
enum class DocSection { Summary, Timeline, WhyTree, WentWell, Actions, Closing };
std::string_view label(DocSection section);  // "Summary", "Timeline", "5 whys", ...

struct MeetingStep {
  std::string title;     // "Set the stage", "Timeline review", ...
  int startMinute = 0;   // minutes from the start of the meeting
  int minutes = 0;
  DocSection section = DocSection::Summary;
  std::string guidance;  // what to do; for "Set the stage" the blameless reminder to read aloud
};

struct ChecklistItem {
  std::string text;           // "Every open action has an owner"
  bool ok = false;
  std::vector<Id> actionIds;  // the actions that fail the item, in document order
};

struct MeetingPlan {
  int totalMinutes = 0;
  std::vector<MeetingStep> steps;       // 6 steps, contiguous, minutes summing to totalMinutes
  std::vector<ChecklistItem> checklist;
};

// SEV-1 90 min, SEV-2 75, SEV-3 60, SEV-4 45.
int meetingMinutes(Severity severity);

// The steps Set the stage / Timeline review / Contributing factors (5 whys) / What went well /
// Action items / Close take 5:15:20:10:15:10 parts of the meeting (75 parts: a SEV-2 meeting is
// exactly these minutes; 90/60/45 scale by 1.2/0.8/0.6 to whole minutes with no rounding).
// For other lengths each of the first five steps gets round-half-up(total * parts / 75) and
// Close gets the rest, so whole minutes always sum exactly to the total. `totalMinutes` is
// clamped to [20, 480] (below 20 min the close could be rounded away).
MeetingPlan planMeeting(const PostMortem& doc);
MeetingPlan planMeeting(const PostMortem& doc, int totalMinutes);

// The closing checklist: at least one action item; every open action (not Done / Won't do —
// those no longer need anyone) has an owner (non-blank); every open action has a due date.
std::vector<ChecklistItem> closingChecklist(const PostMortem& doc);

// The blameless reminder read at "Set the stage" (Norm Kerth's Prime Directive, paraphrased).
const char* blamelessReminder();

}  // namespace hs
