#include "core/library/actions_hub.h"

#include <algorithm>

#include "core/analysis/close_rule.h"
#include "core/library/text_match.h"
#include "core/model/time_format.h"

namespace hs {

bool isDueThisWeek(const ActionItem& action, TimeMs now) {
  if (!isOpen(action) || !action.due) return false;
  const TimeMs today = startOfDayUtc(now);
  return *action.due >= today && *action.due < today + 7 * kDay;
}

std::vector<ActionRow> collectActions(const std::vector<PostMortem>& library, TimeMs now) {
  std::vector<ActionRow> rows;
  for (std::size_t p = 0; p < library.size(); ++p) {
    const PostMortem& pm = library[p];
    for (std::size_t a = 0; a < pm.actions.size(); ++a) {
      ActionRow row;
      row.postMortemIndex = p;
      row.actionIndex = a;
      row.postMortemId = pm.id;
      row.postMortemTitle = pm.title;
      row.severity = pm.severity;
      row.action = pm.actions[a];
      row.overdue = isOverdue(pm.actions[a], now);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

bool matchesActionFilter(const ActionRow& row, const ActionFilter& filter, TimeMs now) {
  if (!trimmed(filter.owner).empty() && !equalsIgnoreCase(row.action.owner, filter.owner))
    return false;
  if (filter.status && row.action.status != *filter.status) return false;
  if (filter.overdueOnly && !isOverdue(row.action, now)) return false;
  if (filter.dueThisWeekOnly && !isDueThisWeek(row.action, now)) return false;
  if (!filter.postMortemId.empty() && row.postMortemId != filter.postMortemId) return false;
  if (filter.severity && row.severity != *filter.severity) return false;
  return true;
}

void sortByDueDate(std::vector<ActionRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const ActionRow& a, const ActionRow& b) {
    const auto& da = a.action.due;
    const auto& db = b.action.due;
    if (da.has_value() != db.has_value()) return da.has_value();
    if (da && *da != *db) return *da < *db;
    if (a.postMortemIndex != b.postMortemIndex) return a.postMortemIndex < b.postMortemIndex;
    return a.actionIndex < b.actionIndex;
  });
}

std::vector<ActionRow> queryActions(const std::vector<PostMortem>& library,
                                    const ActionFilter& filter, TimeMs now) {
  std::vector<ActionRow> rows = collectActions(library, now);
  rows.erase(std::remove_if(rows.begin(), rows.end(),
                            [&](const ActionRow& r) { return !matchesActionFilter(r, filter, now); }),
             rows.end());
  sortByDueDate(rows);
  return rows;
}

}  // namespace hs
