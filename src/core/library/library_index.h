// The rows of the library list, computed from the post-mortems, with search,
// filters and sorting. Recompute when the library changes; rows hold copies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/library/postmortem_summary.h"
#include "core/library/search_index.h"
#include "core/model/postmortem.h"

namespace hs {

struct LibraryRow {
  std::size_t index = 0;  // position of the post-mortem in the library vector
  Id id;
  std::string title;
  TimeMs incidentDate = 0;
  Severity severity = Severity::Sev3;
  DocStatus status = DocStatus::Draft;
  int openActions = 0;     // see isOpen (analysis/close_rule.h)
  int overdueActions = 0;  // see isOverdue
  TimeMs lastEdit = 0;     // latest `updated` of the document and of any of its elements
};

enum class LibraryColumn { Id, Title, IncidentDate, Severity, Status, OpenActions, OverdueActions, LastEdit };

struct LibraryFilter {
  // Whitespace-separated words; every word must occur (case-folded substring) in the title,
  // summary, a tag, a service or an author. Empty matches everything.
  std::string text;
  std::optional<Severity> severity;
  std::optional<DocStatus> status;
  std::string tag;      // a tag equal to this (trimmed, case-insensitive); empty = any
  std::string service;  // likewise for services

  bool operator==(const LibraryFilter& o) const {
    return text == o.text && severity == o.severity && status == o.status && tag == o.tag && service == o.service;
  }
  bool operator!=(const LibraryFilter& o) const { return !(*this == o); }
};

struct LibrarySort {
  LibraryColumn column = LibraryColumn::IncidentDate;
  bool ascending = false;  // newest first by default

  bool operator==(const LibrarySort& o) const { return column == o.column && ascending == o.ascending; }
  bool operator!=(const LibrarySort& o) const { return !(*this == o); }
};

LibraryRow makeLibraryRow(const PostMortem& doc, std::size_t index, TimeMs now);
bool matchesText(const PostMortem& doc, std::string_view query);
bool matchesFilter(const PostMortem& doc, const LibraryFilter& filter);

// Stable sort by the column (titles by sortKey, core/text/text_fold.h; severities by level, SEV-1
// first when ascending; statuses Draft < Reviewed < Closed); equal values are ordered by id
// ascending whatever the direction.
void sortLibraryRows(std::vector<LibraryRow>& rows, LibrarySort sort);

// The same from summaries, the text through the search index (search_index.h: every text of
// the post-mortem, not only the fields above): what the library screen uses at scale.
LibraryRow makeLibraryRow(const PostMortemSummary& summary, std::size_t index, TimeMs now);
std::vector<LibraryRow> queryLibrary(const std::vector<PostMortemSummary>& library, const SearchIndex& index,
                                     const LibraryFilter& filter, LibrarySort sort, TimeMs now);

// Filter, build rows and sort in one call.
std::vector<LibraryRow> queryLibrary(const std::vector<PostMortem>& library,
                                     const LibraryFilter& filter, LibrarySort sort, TimeMs now);

}  // namespace hs
