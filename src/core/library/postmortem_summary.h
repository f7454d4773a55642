// A small summary of one post-mortem: what the library list, the actions hub, the dashboard,
// the metrics and `hindsight stats` need, kept beside the full document so that a library of
// thousands runs without loading every document. Rebuilt from the document whenever it changes.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// The latest `updated` stamp of the document and of every element in it.
TimeMs lastEditOf(const PostMortem& doc);

struct PostMortemSummary {
  Id id;
  std::string title;
  TimeMs incidentDate = 0;
  TimeMs created = 0;
  TimeMs updated = 0;
  TimeMs lastEdit = 0;  // latest `updated` of the document and of any of its elements
  Severity severity = Severity::Sev3;
  DocStatus status = DocStatus::Draft;
  std::vector<std::string> services;
  std::vector<std::string> tags;
  std::vector<std::string> authors;
  std::vector<std::string> reviewers;
  // The actions without their long texts: notes, link, why/factor links and unknown fields are
  // left empty; everything the hub, the close rule and the metrics read is kept.
  std::vector<ActionItem> actions;
  std::optional<TimeMs> timeToDetect;   // deriveDurations (analysis/durations.h)
  std::optional<TimeMs> timeToResolve;
  std::optional<TimeMs> duration;
  std::array<int, enumCount<FactorCategory>()> factorsByCategory{};  // PostMortem::factors counted
  // Every text of the document for search, one field per line: "<where>\t<text>\n" with line
  // breaks inside a text turned into spaces (see search_text.h). Empty when not asked for.
  std::string searchText;
};

struct SummaryOptions {
  bool searchText = true;  // `hindsight stats` leaves it out: it never searches
};

PostMortemSummary summarize(const PostMortem& doc, SummaryOptions options = {});
std::vector<PostMortemSummary> summarizeAll(const std::vector<PostMortem>& library,
                                            SummaryOptions options = {});

}  // namespace hs
