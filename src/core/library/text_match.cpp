#include "core/library/text_match.h"

#include <cctype>

namespace hs {

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return lowerAscii(trimmed(a)) == lowerAscii(trimmed(b));
}

bool containsLower(std::string_view haystack, std::string_view lowerNeedle) {
  return lowerAscii(haystack).find(lowerNeedle) != std::string::npos;
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
