#include "core/io/markdown_import/key_values.h"

#include "core/io/markdown_unescape.h"
#include "core/io/timeline/table_row.h"
#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

constexpr std::size_t kMaxKeyBytes = 40;

bool plausibleKey(std::string_view key) {
  if (key.empty() || key.size() > kMaxKeyBytes) return false;
  if (!scan::isAlpha(key.front())) return false;
  int words = 1;
  for (char c : key) {
    if (c == ' ') ++words;
    if (c == '.' || c == '!' || c == '?' || c == '`' || c == '|') return false;
  }
  return words <= 5;
}

// "**Key:** value", "**Key**: value", "Key: value", "- **Key:** value"; false otherwise.
bool splitKeyValue(std::string_view line, std::string& key, std::string& value) {
  std::string_view s = scan::trim(line);
  for (std::string_view bullet : {"- ", "* ", "+ "})
    if (s.substr(0, bullet.size()) == bullet) s = scan::trim(s.substr(bullet.size()));
  std::string_view k, v;
  for (std::string_view mark : {"**", "__", "*", "_"}) {
    if (s.substr(0, mark.size()) != mark) continue;
    std::size_t close = s.find(mark, mark.size());
    if (close == std::string_view::npos) return false;
    k = s.substr(mark.size(), close - mark.size());
    v = s.substr(close + mark.size());
    if (!k.empty() && k.back() == ':') {
      k.remove_suffix(1);
    } else {
      v = scan::trim(v);
      if (v.empty() || v.front() != ':') return false;
      v.remove_prefix(1);
    }
    break;
  }
  if (k.empty()) {
    std::size_t colon = s.find(':');
    if (colon == std::string_view::npos) return false;
    k = s.substr(0, colon);
    v = s.substr(colon + 1);
    // "https://..." or "12:30" are not keys.
    if (!v.empty() && v.front() != ' ' && v.front() != '\t') return false;
  }
  k = scan::trim(k);
  if (!plausibleKey(k)) return false;
  key = markdownUnescape(k);
  value = markdownUnescape(scan::trim(v), true);
  return true;
}

}  // namespace

std::string normalizedKey(std::string_view key) {
  std::string out;
  bool space = false;
  for (char c : key) {
    char l = scan::lower(c);
    if (scan::isAlnum(l)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += l;
    } else if (l != '\'') {
      space = true;
    }
  }
  return out;
}

std::vector<KeyValue> readKeyValues(const std::vector<MarkdownLine>& lines, std::vector<MarkdownLine>& rest) {
  std::vector<KeyValue> out;
  bool open = false;  // the last key's value may go on
  for (const MarkdownLine& l : lines) {
    std::string_view t = scan::trim(l.text);
    if (t.empty()) {
      open = false;
      rest.push_back(l);
      continue;
    }
    std::vector<std::string_view> cells = tableCells(l.text);
    if (!cells.empty()) {
      open = false;
      if (cells.size() == 2 && !isTableSeparator(cells)) {
        std::string_view k = stripEmphasis(cells[0]);
        while (!k.empty() && k.back() == ':') k.remove_suffix(1);
        std::string nk = normalizedKey(k);
        if (nk == "key" || nk == "field" || nk == "property" || nk == "attribute" || nk == "item") continue;
        if (plausibleKey(k)) {
          out.push_back({l.number, markdownUnescape(k), markdownUnescape(stripEmphasis(cells[1]), true)});
          continue;
        }
      }
      if (isTableSeparator(cells)) continue;
      rest.push_back(l);
      continue;
    }
    std::string key, value;
    if (splitKeyValue(l.text, key, value)) {
      out.push_back({l.number, key, value});
      open = true;
      continue;
    }
    if (open && !out.empty()) {
      KeyValue& kv = out.back();
      if (!kv.value.empty()) kv.value += '\n';
      kv.value += markdownUnescape(t);
      continue;
    }
    rest.push_back(l);
  }
  return out;
}

}  // namespace hs
