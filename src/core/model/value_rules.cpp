#include "core/model/value_rules.h"

#include <cmath>

namespace hs {

std::optional<std::int64_t> integralValue(double v, std::int64_t min, std::int64_t max) {
  // Compare as doubles first: converting an out-of-range double to int64 is undefined.
  if (!(v >= static_cast<double>(min) && v <= static_cast<double>(max)) || std::trunc(v) != v)
    return std::nullopt;
  // 2^63 (the double nearest INT64_MAX) passes the double comparison above.
  if (v >= 9223372036854775807.0) return std::nullopt;
  auto i = static_cast<std::int64_t>(v);
  if (i < min || i > max) return std::nullopt;
  return i;
}

std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b == 0xE0) n = 3, lo = 0xA0;
  else if (b == 0xED) n = 3, hi = 0x9F;
  else if (b >= 0xE1 && b <= 0xEF) n = 3;
  else if (b == 0xF0) n = 4, lo = 0x90;
  else if (b == 0xF4) n = 4, hi = 0x8F;
  else if (b >= 0xF1 && b <= 0xF3) n = 4;
  else return 0;
  if (i + n > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

std::optional<TextProblem> checkText(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') return TextProblem{i, "a NUL character (U+0000)"};
    std::size_t n = utf8SequenceLength(text, i);
    if (n == 0) return TextProblem{i, "invalid UTF-8"};
    i += n;
  }
  return std::nullopt;
}

std::string describeTextProblem(const TextProblem& problem) {
  return "text with " + problem.what + " at byte " + std::to_string(problem.offset) +
         "; text must be UTF-8 without NUL characters";
}

}  // namespace hs
