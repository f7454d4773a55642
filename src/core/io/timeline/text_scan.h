// Small ASCII scanning helpers shared by the timeline readers. Positions are
// byte offsets into the line being read; nothing here allocates.
#pragma once

#include <cstddef>
#include <string_view>

namespace hs::scan {

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isAlnum(char c) { return isDigit(c) || isAlpha(c); }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::size_t skipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && isSpace(s[pos])) ++pos;
  return pos;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

inline bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

inline bool startsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos > s.size() || s.size() - pos < prefix.size()) return false;
  return equalsNoCase(s.substr(pos, prefix.size()), prefix);
}

// `word` at pos, case-insensitive, not followed by a letter or digit.
inline bool wordAt(std::string_view s, std::size_t pos, std::string_view word) {
  if (!startsWithNoCase(s, pos, word)) return false;
  std::size_t end = pos + word.size();
  return end == s.size() || !isAlnum(s[end]);
}

// Up to maxDigits digits at pos; count says how many were read.
inline int readNumber(std::string_view s, std::size_t& pos, int maxDigits, int& count) {
  int value = 0;
  count = 0;
  while (pos < s.size() && isDigit(s[pos]) && count < maxDigits) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
    ++count;
  }
  return value;
}

// Letters at pos (ASCII), as a view.
inline std::string_view lettersAt(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  while (end < s.size() && isAlpha(s[end])) ++end;
  return s.substr(pos, end - pos);
}

}  // namespace hs::scan
