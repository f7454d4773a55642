#include "core/analysis/duration_input.h"

#include <cctype>
#include <string>

#include "core/library/text_match.h"
#include "core/model/value_rules.h"

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

enum class Step { Ok, NotDuration, TooLong };

// Digits at i. Any number of milliseconds above kMaxDurationMs is too long, so
// reading stops growing there (the value never overflows) but keeps consuming digits.
Step readNumber(std::string_view text, std::size_t& i, TimeMs& out) {
  std::size_t start = i;
  TimeMs value = 0;
  bool tooLong = false;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (!tooLong) {
      value = value * 10 + (text[i] - '0');
      tooLong = value > kMaxDurationMs;
    }
    ++i;
  }
  out = value;
  if (i == start) return Step::NotDuration;
  return tooLong ? Step::TooLong : Step::Ok;
}

// total += count * unit, refusing anything past kMaxDurationMs (no int64 overflow:
// count <= kMaxDurationMs and the check divides before multiplying).
Step addPart(TimeMs& total, TimeMs count, TimeMs unit) {
  if (count > (kMaxDurationMs - total) / unit) return Step::TooLong;
  total += count * unit;
  return Step::Ok;
}

void skipSpaces(std::string_view text, std::size_t& i) {
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
}

Step parse(std::string_view text, TimeMs& total) {
  std::size_t i = 0;
  total = 0;
  skipSpaces(text, i);
  if (i == text.size()) return Step::NotDuration;
  Step tooLong = Step::Ok;  // reported only once the whole text is known to be a duration
  auto note = [&](Step s) {
    if (s == Step::TooLong) tooLong = Step::TooLong;
    return s != Step::NotDuration;
  };

  // "H:MM"
  if (text.find(':') != std::string_view::npos) {
    TimeMs hours = 0, minutes = 0;
    if (!note(readNumber(text, i, hours)) || i >= text.size() || text[i] != ':') return Step::NotDuration;
    ++i;
    std::size_t minuteStart = i;
    if (!note(readNumber(text, i, minutes)) || i - minuteStart != 2 || minutes > 59)
      return Step::NotDuration;
    skipSpaces(text, i);
    if (i != text.size()) return Step::NotDuration;
    if (tooLong == Step::Ok) note(addPart(total, hours, kHour));
    if (tooLong == Step::Ok) note(addPart(total, minutes, kMinute));
    return tooLong;
  }

  int parts = 0;
  while (i < text.size()) {
    TimeMs value = 0;
    if (!note(readNumber(text, i, value))) return Step::NotDuration;
    skipSpaces(text, i);
    std::string unit;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
      unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    skipSpaces(text, i);
    if (unit.empty()) {
      // A bare number means minutes, and only on its own.
      if (parts > 0 || i != text.size()) return Step::NotDuration;
      if (tooLong == Step::Ok) note(addPart(total, value, kMinute));
      return tooLong;
    }
    auto ms = unitMs(unit);
    if (!ms) return Step::NotDuration;
    if (tooLong == Step::Ok) note(addPart(total, value, *ms));
    ++parts;
  }
  return tooLong;
}

}  // namespace

ParsedInput<TimeMs> readDurationInput(std::string_view text) {
  ParsedInput<TimeMs> out;
  // Blank as the form field trims it (" \t\r\n"): "\f" alone is text, and refused.
  if (trimmed(text).empty()) return out;
  TimeMs total = 0;
  switch (parse(text, total)) {
    case Step::Ok: out.value = total; break;
    case Step::NotDuration:
      out.error = "\"" + std::string(text) +
                  "\" is not a duration: try \"1 h 30 min\", \"90 min\" or \"1:30\". Nothing changed.";
      break;
    case Step::TooLong:
      out.error = "\"" + std::string(text) +
                  "\" is longer than the longest duration Hindsight keeps (about 10,000 years). "
                  "Nothing changed.";
      break;
  }
  return out;
}

std::optional<TimeMs> parseDurationInput(std::string_view text) { return readDurationInput(text).value; }

}  // namespace hs
