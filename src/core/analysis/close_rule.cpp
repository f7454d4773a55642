#include "core/analysis/close_rule.h"

#include "core/model/time_format.h"

namespace hs {

bool isOpen(const ActionItem& action) {
  return action.status == ActionStatus::NotStarted || action.status == ActionStatus::InProgress;
}

bool isOverdue(const ActionItem& action, TimeMs now) {
  return isOpen(action) && action.due && *action.due < startOfDayUtc(now);
}

ActionCounts countActions(const PostMortem& doc, TimeMs now) {
  ActionCounts counts;
  for (const ActionItem& action : doc.actions) {
    ++counts.total;
    if (isOpen(action)) {
      ++counts.open;
      if (isOverdue(action, now)) ++counts.overdue;
    } else if (action.status == ActionStatus::Done) {
      ++counts.done;
    } else {
      ++counts.wontDo;
    }
  }
  return counts;
}

CloseCheck canClose(const PostMortem& doc) {
  CloseCheck check;
  std::string list;
  for (const ActionItem& action : doc.actions) {
    if (!isOpen(action)) continue;
    if (!list.empty()) list += ", ";
    list += "'" + action.title + "' (" + std::string(label(action.status)) + ")";
    check.openActionIds.push_back(action.id);
  }
  const std::size_t open = check.openActionIds.size();
  check.allowed = open == 0;
  if (open == 1) {
    check.reason = "1 action is still open: " + list + ".";
  } else if (open > 1) {
    check.reason = std::to_string(open) + " actions are still open: " + list + ".";
  } else if (doc.actions.empty()) {
    check.reason = "No action items; the post-mortem can be closed.";
  } else if (doc.actions.size() == 1) {
    check.reason = "The only action is done or won't do.";
  } else {
    check.reason = "All " + std::to_string(doc.actions.size()) + " actions are done or won't do.";
  }
  return check;
}

}  // namespace hs
