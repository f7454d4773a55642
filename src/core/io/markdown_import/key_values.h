// "Key: value" lines as post-mortems write their details: "Date: 2017-01-31",
// "**Severity:** SEV-1", "- **Authors**: Ana, Bo", "| Status | Closed |".
// A value may go on over the following lines until a blank line or the next key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/markdown_import/markdown_outline.h"

namespace hs {

struct KeyValue {
  int line = 0;
  std::string key;    // as written, unescaped, without emphasis and colon
  std::string value;  // unescaped; continuation lines joined with '\n'
};

// Lines that are not key/value pairs are returned in `rest`, in order.
std::vector<KeyValue> readKeyValues(const std::vector<MarkdownLine>& lines, std::vector<MarkdownLine>& rest);

// Lower case with single spaces, no punctuation: "Time to Detection (TTD)" -> "time to detection ttd".
std::string normalizedKey(std::string_view key);

}  // namespace hs
