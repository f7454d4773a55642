#include "core/analysis/duration_input.h"

#include <cctype>
#include <string>

namespace hs {
namespace {

std::optional<TimeMs> unitMs(const std::string& unit) {
  if (unit == "d" || unit == "day" || unit == "days") return kDay;
  if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") return kHour;
  if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
    return kMinute;
  if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds")
    return 1000;
  return std::nullopt;
}

bool readNumber(std::string_view text, std::size_t& i, long long& out) {
  std::size_t start = i;
  long long value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (value > 1'000'000'000) return false;  // absurd durations are refused, not wrapped
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  out = value;
  return i > start;
}

void skipSpaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
}

}  // namespace

std::optional<TimeMs> parseDurationInput(std::string_view text) {
  std::size_t i = 0;
  skipSpaces(text, i);
  if (i == text.size()) return std::nullopt;

  // "H:MM"
  if (text.find(':') != std::string_view::npos) {
    long long hours = 0, minutes = 0;
    if (!readNumber(text, i, hours) || i >= text.size() || text[i] != ':') return std::nullopt;
    ++i;
    std::size_t minuteStart = i;
    if (!readNumber(text, i, minutes) || i - minuteStart != 2 || minutes > 59) return std::nullopt;
    skipSpaces(text, i);
    if (i != text.size()) return std::nullopt;
    return hours * kHour + minutes * kMinute;
  }

  TimeMs total = 0;
  int parts = 0;
  while (i < text.size()) {
    long long value = 0;
    if (!readNumber(text, i, value)) return std::nullopt;
    skipSpaces(text, i);
    std::string unit;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
      unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    skipSpaces(text, i);
    if (unit.empty()) {
      // A bare number means minutes, and only on its own.
      if (parts > 0 || i != text.size()) return std::nullopt;
      return value * kMinute;
    }
    auto ms = unitMs(unit);
    if (!ms) return std::nullopt;
    total += value * *ms;
    ++parts;
  }
  return total;
}

}  // namespace hs
