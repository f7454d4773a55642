// The text of a post-mortem as search sees it: one line per text field, "<where>\t<text>\n",
// where <where> names the field ("title", "why", "action", ...) so a result can say where it
// matched. Line breaks and tabs inside a text become spaces; the text is otherwise verbatim.
#pragma once

#include <string>
#include <string_view>

#include "core/model/postmortem.h"

namespace hs {

std::string searchTextOf(const PostMortem& doc);

// Calls f(where, text) for each line of a search text.
template <class F>
void forEachSearchLine(std::string_view searchText, F&& f) {
  std::size_t pos = 0;
  while (pos < searchText.size()) {
    std::size_t end = searchText.find('\n', pos);
    if (end == std::string_view::npos) end = searchText.size();
    std::string_view line = searchText.substr(pos, end - pos);
    std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) f(line.substr(0, tab), line.substr(tab + 1));
    pos = end + 1;
  }
}

}  // namespace hs
