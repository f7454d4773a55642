// A Markdown table row ("| 2021-06-22 08:21 | VPC CNI replaced |") split into
// its cells, each a trimmed view into the line; "\|" does not split.
#pragma once

#include <string_view>
#include <vector>

namespace hs {

// Empty when the line is not a table row (it must start with '|').
std::vector<std::string_view> tableCells(std::string_view line);
// "| --- | :---: |"
bool isTableSeparator(const std::vector<std::string_view>& cells);

}  // namespace hs
