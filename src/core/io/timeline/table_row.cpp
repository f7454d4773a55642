#include "core/io/timeline/table_row.h"

#include "core/io/timeline/text_scan.h"

namespace hs {

std::vector<std::string_view> tableCells(std::string_view line) {
  std::vector<std::string_view> cells;
  std::string_view s = scan::trim(line);
  if (s.empty() || s.front() != '|') return cells;
  std::size_t start = 1;
  bool inCode = false;
  for (std::size_t i = 1; i <= s.size(); ++i) {
    if (i < s.size() && s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      continue;
    }
    if (i < s.size() && s[i] == '`') inCode = !inCode;
    if (i == s.size() || (s[i] == '|' && !inCode)) {
      std::string_view cell = scan::trim(s.substr(start, i - start));
      if (i < s.size() || !cell.empty()) cells.push_back(cell);
      start = i + 1;
    }
  }
  return cells;
}

bool isTableSeparator(const std::vector<std::string_view>& cells) {
  if (cells.empty()) return false;
  for (std::string_view c : cells) {
    if (c.empty()) return false;
    for (char ch : c)
      if (ch != '-' && ch != ':' && ch != ' ') return false;
    if (c.find('-') == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace hs
