// The post-mortem as a Markdown document following the classic template.
#pragma once

#include <string>

#include "core/model/postmortem.h"

namespace hs {

// Title block (date, severity, duration, impact, authors, status), then the sections
// Summary, Timeline, Contributing Factors, Detection, Response, Root Cause, 5 Whys,
// Action Items (table), Lessons Learned, What went well. Times are UTC.
std::string toMarkdown(const PostMortem& doc);

// User text is shown as written and nothing in it is interpreted by a renderer
// (see markdown_export_escape.h): no raw HTML, no links but plain http(s)/mailto.

// Escapes a table cell: text as markdownInlineText, '|' -> "\|", line breaks -> "<br>".
std::string markdownTableCell(const std::string& text);

}  // namespace hs
