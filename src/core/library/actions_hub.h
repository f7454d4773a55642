// Every action of every post-mortem as rows, for the actions hub: filter and sort
// across the library. Rows hold copies; recompute when the library changes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct ActionRow {
  std::size_t postMortemIndex = 0;  // position in the library vector
  std::size_t actionIndex = 0;      // position in that post-mortem's actions
  Id postMortemId;
  std::string postMortemTitle;
  Severity severity = Severity::Sev3;
  ActionItem action;
  bool overdue = false;  // isOverdue(action, now)
};

// Due this week = open and due within [startOfDayUtc(now), startOfDayUtc(now) + 7 days):
// today and the six days after it; overdue actions are not "due this week".
bool isDueThisWeek(const ActionItem& action, TimeMs now);

struct ActionFilter {
  std::string owner;                  // trimmed, case-insensitive equality; empty = any
  std::optional<ActionStatus> status;
  bool overdueOnly = false;
  bool dueThisWeekOnly = false;
  Id postMortemId;                    // empty = any
  std::optional<Severity> severity;   // of the post-mortem
};

std::vector<ActionRow> collectActions(const std::vector<PostMortem>& library, TimeMs now);
bool matchesActionFilter(const ActionRow& row, const ActionFilter& filter, TimeMs now);

// Stable sort by due date ascending, actions without a due date last; ties keep library order
// (post-mortem position, then action position).
void sortByDueDate(std::vector<ActionRow>& rows);

// Collect, filter and sort by due date in one call.
std::vector<ActionRow> queryActions(const std::vector<PostMortem>& library,
                                    const ActionFilter& filter, TimeMs now);

}  // namespace hs
