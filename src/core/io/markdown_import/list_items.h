// Markdown list items with their depth: "- x", "* x", "+ x", "1. x", "1) x",
// checkboxes "- [ ] x" / "- [x] x". Depth comes from the indentation (a tab is
// four columns): an item indented past its parent's marker is its child, so
// both 2- and 4-space nesting read the same. Wrapped lines join their item.
#pragma once

#include <string>
#include <vector>

#include "core/io/markdown_import/markdown_outline.h"

namespace hs {

struct ListItem {
  int line = 0;
  int depth = 0;          // 0 for top-level items
  int parent = -1;        // index of the parent item, -1 at the top
  std::string text;       // as written (still Markdown), wrapped lines joined with '\n'
  bool checkbox = false;
  bool checked = false;
};

// Items of all lists in the lines; lines that belong to no item go to `rest`.
std::vector<ListItem> readListItems(const std::vector<MarkdownLine>& lines, std::vector<MarkdownLine>& rest);

}  // namespace hs
