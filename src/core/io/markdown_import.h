// Reads a post-mortem written in Markdown (the classic template and its common
// variants: Google SRE, PagerDuty, Atlassian, GitLab, Confluence exports, and
// Hindsight's own export) into a PostMortem. Nothing is dropped: sections it
// does not know, details it cannot place and timeline lines it cannot read are
// kept at the end of the summary under "Imported ..." headings, and the report
// says what was read and what was not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/paste_import.h"
#include "core/model/postmortem.h"

namespace hs {

struct MarkdownImportOptions {
  TimeMs now = 0;              // created/updated stamps, and the day used when the text has no date
  std::string zone = "UTC";    // for times written without a zone (unless the document states one)
  DateOrder dateOrder = DateOrder::Auto;
};

struct MarkdownImportReport {
  std::vector<std::string> notes;          // one sentence each: what was read, assumed or kept
  std::vector<std::string> keptSections;   // headings kept as written
  std::vector<std::string> disagreements;  // stated figures that differ from the timeline's
  std::vector<PasteRow> timelineRows;      // how each timeline line was read (lines are the document's)
  int eventsRead = 0;
  int timelineLinesNotRead = 0;
};

struct MarkdownImport {
  PostMortem doc;
  MarkdownImportReport report;
};

// Content sniff: Markdown text (not JSON) with a heading, a setext title, or
// a "Title:" / "**Date:**" style line. Binary data and JSON are not Markdown.
bool looksLikeMarkdown(std::string_view text);

MarkdownImport importMarkdown(std::string_view text, const MarkdownImportOptions& options);

}  // namespace hs
