// The close rule (a post-mortem closes only when no action is open) and the
// action predicates every view and metric shares.
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// Open = not yet Done and not Won't do (NotStarted or InProgress).
bool isOpen(const ActionItem& action);

// Due dates are calendar days (UTC): an action is overdue once the day of its
// due date has ended, i.e. it is open, has a due date and due < startOfDayUtc(now).
// An action due today is not overdue yet; one without a due date never is.
bool isOverdue(const ActionItem& action, TimeMs now);

struct ActionCounts {
  int open = 0;     // NotStarted + InProgress
  int overdue = 0;  // subset of open, see isOverdue
  int done = 0;
  int wontDo = 0;
  int total = 0;    // open + done + wontDo
};
ActionCounts countActions(const PostMortem& doc, TimeMs now);

struct CloseCheck {
  bool allowed = false;
  // One sentence for the UI, e.g. "2 actions are still open: 'Add disk alert'
  // (In progress), 'Rotate keys' (Not started)." or "All 3 actions are done or won't do."
  std::string reason;
  std::vector<Id> openActionIds;  // the actions blocking the close, in document order
};

// A post-mortem may be closed when none of its actions is open (no actions at all is allowed).
CloseCheck canClose(const PostMortem& doc);

}  // namespace hs
