// Edits of action items from outside the document editor (actions hub, weekly
// review): status changes with their bookkeeping, bulk changes across post-mortems,
// and a review update (status, progress note, new due date) as one undo step.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/edit/history.h"
#include "core/model/postmortem.h"

namespace hs {

// Sets the status and keeps `completed` and `progress` consistent with it (metrics read them):
// Done -> progress 100, completed = now unless it already had a completed time from an earlier
// close; Won't do -> completed = now if unset (progress kept); back to Not started / In progress
// -> completed cleared. The same status again changes nothing.
void setActionStatus(ActionItem& action, ActionStatus status, TimeMs now);

struct ActionRef {
  Id postMortemId;
  Id actionId;
};

// History is per document, so a bulk change is one command per post-mortem touched (each a
// single undo step in that document). Actions already at `status` and unknown refs are skipped;
// post-mortems with nothing to change get no command. Order: first appearance in `refs`.
struct DocumentCommand {
  Id postMortemId;
  Command command;
  int changed = 0;  // actions this command changes
};
std::vector<DocumentCommand> bulkStatusChange(const std::vector<PostMortem>& library,
                                              const std::vector<ActionRef>& refs,
                                              ActionStatus status, TimeMs now);

// What the weekly review changes on one action. Empty parts are left alone.
struct ReviewUpdate {
  std::optional<ActionStatus> status;
  std::optional<int> progress;       // clamped to 0..100
  std::string note;                  // appended to notes as "YYYY-MM-DD review: note"
  std::optional<TimeMs> newDue;      // a calendar day: stored as midnight UTC of that day
};
bool isEmpty(const ReviewUpdate& update);

// Applies `update` to a copy of the action (for previews and the command below).
ActionItem reviewedAction(ActionItem action, const ReviewUpdate& update, TimeMs now);

// One undoable command; nullopt when the action is unknown or the update changes nothing.
std::optional<Command> reviewUpdateCommand(const PostMortem& doc, const Id& actionId,
                                           const ReviewUpdate& update, TimeMs now);

}  // namespace hs
