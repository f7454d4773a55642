// The post-mortem as a Markdown document following the classic template.
#pragma once

#include <string>

#include "core/model/postmortem.h"

namespace hs {

// Title block (date, start time, severity, duration, the derived times to detect /
// acknowledge / mitigate / resolve, impact, authors, status), then the sections
// Summary, Timeline, Contributing Factors, Detection, Response, Root Cause, 5 Whys
// (nested 4 spaces a level), Action Items (table with kind, progress and notes),
// Lessons Learned, What went well. Times are UTC. Single line breaks in prose end
// with two spaces so renderers keep them. markdown_import.h reads it back.
std::string toMarkdown(const PostMortem& doc);

// User text is shown as written and nothing in it is interpreted by a renderer
// (see markdown_export_escape.h): no raw HTML, no links but plain http(s)/mailto.

// Escapes a table cell: text as markdownInlineText, '|' -> "\|", line breaks -> "<br>".
std::string markdownTableCell(const std::string& text);

}  // namespace hs
