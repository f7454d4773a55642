// Undoes what Markdown writers (Hindsight's export among them) do to literal
// text: backslash escapes of ASCII punctuation ("\*" -> "*"), the entities
// &lt; &gt; &amp; &quot; &#39; and, where asked, <br> as a line break.
// A backslash before anything else stays ("C:\temp").
#pragma once

#include <string>
#include <string_view>

namespace hs {

std::string markdownUnescape(std::string_view text, bool brAsLineBreak = false);

// Strips one level of emphasis or code around the whole text: **x**, __x__, *x*, _x_, `x`.
std::string_view stripEmphasis(std::string_view text);

}  // namespace hs
