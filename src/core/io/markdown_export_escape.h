// What the Markdown export does to user text so that opening the file in a
// renderer with HTML on (GitHub, GitLab, VS Code preview, static site
// generators) shows the text and runs nothing: no raw HTML, no link the user
// did not write as a plain http/https/mailto URL, no table broken by a '|'.
#pragma once

#include <string>
#include <string_view>

namespace hs {

// One-line text shown literally (titles, owners, events, why nodes, factors,
// names): '<' '>' '&' become entities; \ ` * _ ~ [ ] are backslash-escaped so
// no emphasis, code span, link or image can form; line breaks become spaces
// (or stay, for a caller such as a table cell that turns them into <br>).
std::string markdownInlineText(std::string_view text, bool keepLineBreaks = false);

// Prose sections (summary, root cause...) keep their Markdown formatting, but
// '<' and '&' become entities (no HTML, no <autolink>) and a link or image whose
// destination is not http(s)/mailto/relative is broken up so it stays text.
std::string markdownProse(std::string_view text);

// http://, https://, mailto: (any case), or a relative destination with no
// scheme and no entity that could spell one.
bool isSafeLinkDestination(std::string_view url);

// A money amount in full with two decimals ("5400.50"); beyond 1e15, where
// doubles have no cents left, the shortest exact scientific form ("1e+61").
std::string markdownAmount(double value);

}  // namespace hs
