#include "core/library/text_match.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "core/text/text_fold.h"

namespace hs {

std::string_view trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return foldCase(trimmed(a)) == foldCase(trimmed(b));
}

bool containsFolded(std::string_view haystack, std::string_view foldedNeedle) {
  return foldCase(haystack).find(foldedNeedle) != std::string::npos;
}

std::vector<std::string> distinctIgnoringCase(const std::vector<std::string>& items) {
  std::vector<std::pair<std::string, std::string>> keyed;  // sort key, first spelling
  std::unordered_set<std::string> seen;
  for (const std::string& item : items) {
    if (trimmed(item).empty() || !seen.insert(foldCase(trimmed(item))).second) continue;
    keyed.emplace_back(sortKey(trimmed(item)), item);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::string> out;
  out.reserve(keyed.size());
  for (auto& k : keyed) out.push_back(std::move(k.second));
  return out;
}

bool hasPhrase(std::string_view text, std::string_view phrase) {
  auto isAlnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t pos = text.find(phrase); pos != std::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    bool startOk = pos == 0 || !isAlnum(text[pos - 1]);
    std::size_t end = pos + phrase.size();
    bool endOk = end == text.size() || !isAlnum(text[end]);
    if (startOk && endOk) return true;
  }
  return false;
}

}  // namespace hs
