#include "core/library/library_index.h"

#include <unordered_set>

#include <algorithm>
#include <numeric>
#include <sstream>

#include "core/analysis/close_rule.h"
#include "core/library/postmortem_summary.h"
#include "core/library/text_match.h"
#include "core/text/text_fold.h"

namespace hs {
namespace {

bool anyEquals(const std::vector<std::string>& items, const std::string& wanted) {
  for (const std::string& item : items)
    if (equalsIgnoreCase(item, wanted)) return true;
  return false;
}


// -1, 0, 1 comparing the column only.
int compareColumn(const LibraryRow& a, const LibraryRow& b, LibraryColumn column) {
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case LibraryColumn::Id: return cmp(a.id, b.id);
    case LibraryColumn::Title: return compareForSort(a.title, b.title);
    case LibraryColumn::IncidentDate: return cmp(a.incidentDate, b.incidentDate);
    case LibraryColumn::Severity: return cmp(static_cast<int>(a.severity), static_cast<int>(b.severity));
    case LibraryColumn::Status: return cmp(static_cast<int>(a.status), static_cast<int>(b.status));
    case LibraryColumn::OpenActions: return cmp(a.openActions, b.openActions);
    case LibraryColumn::OverdueActions: return cmp(a.overdueActions, b.overdueActions);
    case LibraryColumn::LastEdit: return cmp(a.lastEdit, b.lastEdit);
  }
  return 0;
}

}  // namespace

LibraryRow makeLibraryRow(const PostMortem& doc, std::size_t index, TimeMs now) {
  LibraryRow row;
  row.index = index;
  row.id = doc.id;
  row.title = doc.title;
  row.incidentDate = doc.incidentDate;
  row.severity = doc.severity;
  row.status = doc.status;
  ActionCounts counts = countActions(doc, now);
  row.openActions = counts.open;
  row.overdueActions = counts.overdue;
  row.lastEdit = lastEditOf(doc);
  return row;
}

bool matchesText(const PostMortem& doc, std::string_view query) {
  std::istringstream words{foldCase(query)};
  std::string word;
  std::vector<std::string> folded;  // the searched fields, folded once for all the words
  while (words >> word) {
    if (folded.empty()) {
      folded.push_back(foldCase(doc.title));
      folded.push_back(foldCase(doc.sections.summary));
      for (const auto* list : {&doc.tags, &doc.services, &doc.authors})
        for (const std::string& item : *list) folded.push_back(foldCase(item));
    }
    bool found = std::any_of(folded.begin(), folded.end(),
                             [&](const std::string& f) { return f.find(word) != std::string::npos; });
    if (!found) return false;
  }
  return true;
}

bool matchesFilter(const PostMortem& doc, const LibraryFilter& filter) {
  if (filter.severity && doc.severity != *filter.severity) return false;
  if (filter.status && doc.status != *filter.status) return false;
  if (!trimmed(filter.tag).empty() && !anyEquals(doc.tags, filter.tag)) return false;
  if (!trimmed(filter.service).empty() && !anyEquals(doc.services, filter.service)) return false;
  return matchesText(doc, filter.text);
}

void sortLibraryRows(std::vector<LibraryRow>& rows, LibrarySort sort) {
  // Title keys are folded once per row, not at every comparison.
  std::vector<std::string> titleKeys;
  if (sort.column == LibraryColumn::Title)
    for (const LibraryRow& r : rows) titleKeys.push_back(sortKey(r.title));
  std::vector<std::size_t> order(rows.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    int c = titleKeys.empty() ? compareColumn(rows[i], rows[j], sort.column)
                              : titleKeys[i].compare(titleKeys[j]);
    if (c != 0) return sort.ascending ? c < 0 : c > 0;
    return rows[i].id < rows[j].id;
  });
  std::vector<LibraryRow> sorted;
  sorted.reserve(rows.size());
  for (std::size_t i : order) sorted.push_back(std::move(rows[i]));
  rows = std::move(sorted);
}

LibraryRow makeLibraryRow(const PostMortemSummary& summary, std::size_t index, TimeMs now) {
  LibraryRow row;
  row.index = index;
  row.id = summary.id;
  row.title = summary.title;
  row.incidentDate = summary.incidentDate;
  row.severity = summary.severity;
  row.status = summary.status;
  for (const ActionItem& a : summary.actions) {
    row.openActions += isOpen(a) ? 1 : 0;
    row.overdueActions += isOverdue(a, now) ? 1 : 0;
  }
  row.lastEdit = summary.lastEdit;
  return row;
}

std::vector<LibraryRow> queryLibrary(const std::vector<PostMortemSummary>& library, const SearchIndex& index,
                                     const LibraryFilter& filter, LibrarySort sort, TimeMs now) {
  const bool byText = !trimmed(filter.text).empty();
  std::unordered_set<std::string> textMatches;
  if (byText)
    for (Id& id : index.matchingIds(filter.text)) textMatches.insert(std::move(id));
  std::vector<LibraryRow> rows;
  for (std::size_t i = 0; i < library.size(); ++i) {
    const PostMortemSummary& s = library[i];
    if (filter.severity && s.severity != *filter.severity) continue;
    if (filter.status && s.status != *filter.status) continue;
    if (!trimmed(filter.tag).empty() && !anyEquals(s.tags, filter.tag)) continue;
    if (!trimmed(filter.service).empty() && !anyEquals(s.services, filter.service)) continue;
    if (byText && !textMatches.count(s.id)) continue;
    rows.push_back(makeLibraryRow(s, i, now));
  }
  sortLibraryRows(rows, sort);
  return rows;
}

std::vector<LibraryRow> queryLibrary(const std::vector<PostMortem>& library,
                                     const LibraryFilter& filter, LibrarySort sort, TimeMs now) {
  std::vector<LibraryRow> rows;
  for (std::size_t i = 0; i < library.size(); ++i)
    if (matchesFilter(library[i], filter)) rows.push_back(makeLibraryRow(library[i], i, now));
  sortLibraryRows(rows, sort);
  return rows;
}

}  // namespace hs
