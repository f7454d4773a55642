#include "core/library/library_index.h"

#include <algorithm>
#include <sstream>

#include "core/analysis/close_rule.h"
#include "core/library/text_match.h"

namespace hs {
namespace {

TimeMs lastEditOf(const PostMortem& doc) {
  TimeMs t = doc.updated;
  for (const auto& e : doc.events) t = std::max(t, e.updated);
  for (const auto& n : doc.whyNodes) t = std::max(t, n.updated);
  for (const auto& f : doc.factors) t = std::max(t, f.updated);
  for (const auto& a : doc.actions) t = std::max(t, a.updated);
  return t;
}

bool anyEquals(const std::vector<std::string>& items, const std::string& wanted) {
  for (const std::string& item : items)
    if (equalsIgnoreCase(item, wanted)) return true;
  return false;
}

bool anyContains(const std::vector<std::string>& items, const std::string& lowerWord) {
  for (const std::string& item : items)
    if (containsLower(item, lowerWord)) return true;
  return false;
}

// -1, 0, 1 comparing the column only.
int compareColumn(const LibraryRow& a, const LibraryRow& b, LibraryColumn column) {
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case LibraryColumn::Id: return cmp(a.id, b.id);
    case LibraryColumn::Title: return cmp(lowerAscii(a.title), lowerAscii(b.title));
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
  std::istringstream words{lowerAscii(query)};
  std::string word;
  while (words >> word) {
    bool found = containsLower(doc.title, word) || containsLower(doc.sections.summary, word) ||
                 anyContains(doc.tags, word) || anyContains(doc.services, word) ||
                 anyContains(doc.authors, word);
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
  std::stable_sort(rows.begin(), rows.end(), [sort](const LibraryRow& a, const LibraryRow& b) {
    int c = compareColumn(a, b, sort.column);
    if (c != 0) return sort.ascending ? c < 0 : c > 0;
    return a.id < b.id;
  });
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
