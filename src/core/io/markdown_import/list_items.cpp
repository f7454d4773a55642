#include "core/io/markdown_import/list_items.h"

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

int columns(std::string_view line, std::size_t& textStart) {
  int col = 0;
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    col += line[i] == '\t' ? 4 - col % 4 : 1;
    ++i;
  }
  textStart = i;
  return col;
}

// Length of the list marker at pos with its following space; 0 when none.
std::size_t markerLength(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  char c = s[pos];
  if ((c == '-' || c == '*' || c == '+') && pos + 1 < s.size() && (s[pos + 1] == ' ' || s[pos + 1] == '\t'))
    return 2;
  if (s.substr(pos, 4) == "\xE2\x80\xA2 ") return 4;
  std::size_t p = pos;
  while (p < s.size() && scan::isDigit(s[p]) && p - pos < 3) ++p;
  if (p > pos && p + 1 < s.size() && (s[p] == '.' || s[p] == ')') && s[p + 1] == ' ') return p + 2 - pos;
  return 0;
}

}  // namespace

std::vector<ListItem> readListItems(const std::vector<MarkdownLine>& lines, std::vector<MarkdownLine>& rest) {
  std::vector<ListItem> items;
  std::vector<std::pair<int, int>> open;  // (marker column, item index) of the items that can take children
  bool lastWasItem = false;               // a wrapped line continues the last item
  for (const MarkdownLine& l : lines) {
    std::size_t start;
    int col = columns(l.text, start);
    std::string_view body = l.text.substr(start);
    if (scan::trim(body).empty()) {
      lastWasItem = false;
      rest.push_back(l);
      continue;
    }
    std::size_t marker = markerLength(l.text, start);
    if (marker == 0) {
      if ((lastWasItem || (col >= 2 && !items.empty() && !open.empty())) && !items.empty()) {
        items.back().text += '\n';
        items.back().text += std::string(scan::trim(body));
        lastWasItem = true;
        continue;
      }
      open.clear();
      rest.push_back(l);
      continue;
    }
    while (!open.empty() && open.back().first >= col) open.pop_back();
    ListItem item;
    item.line = l.number;
    item.parent = open.empty() ? -1 : open.back().second;
    item.depth = static_cast<int>(open.size());
    std::string_view text = scan::trim(body.substr(marker));
    if (text.size() >= 3 && text[0] == '[' && text[2] == ']' &&
        (text[1] == ' ' || text[1] == 'x' || text[1] == 'X') && (text.size() == 3 || text[3] == ' ')) {
      item.checkbox = true;
      item.checked = text[1] != ' ';
      text = scan::trim(text.substr(3));
    }
    item.text = std::string(text);
    open.emplace_back(col, static_cast<int>(items.size()));
    items.push_back(std::move(item));
    lastWasItem = true;
  }
  return items;
}

}  // namespace hs
