// The post-mortem as a Markdown document following the classic template.
#pragma once

#include <string>

#include "core/model/postmortem.h"

namespace hs {

// Title block (date, severity, duration, impact, authors, status), then the sections
// Summary, Timeline, Contributing Factors, Detection, Response, Root Cause, 5 Whys,
// Action Items (table), Lessons Learned, What went well. Times are UTC.
std::string toMarkdown(const PostMortem& doc);

// Escapes a table cell: '|' -> "\|", line breaks -> "<br>".
std::string markdownTableCell(const std::string& text);

}  // namespace hs
