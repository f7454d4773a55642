#include "core/io/timeline/clock_reader.h"

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

// am/pm (also a.m. / p.m.) after optional spaces; 0 when absent, 1 am, 2 pm.
int readMeridiem(std::string_view s, std::size_t& pos) {
  std::size_t q = scan::skipSpaces(s, pos);
  for (auto [word, value] : {std::pair<std::string_view, int>{"a.m.", 1}, {"p.m.", 2}, {"a.m", 1},
                             {"p.m", 2}, {"am", 1}, {"pm", 2}}) {
    if (scan::startsWithNoCase(s, q, word) &&
        (q + word.size() == s.size() || !scan::isAlnum(s[q + word.size()]))) {
      pos = q + word.size();
      return value;
    }
  }
  return 0;
}

}  // namespace

ClockRead readClock(std::string_view s, std::size_t pos) {
  ClockRead r;
  if (scan::wordAt(s, pos, "noon")) return ClockRead{true, pos + 4, 12 * kHour, ""};
  if (scan::wordAt(s, pos, "midnight")) return ClockRead{true, pos + 8, 0, ""};
  std::size_t p = pos;
  int digits;
  int h = scan::readNumber(s, p, 3, digits);
  if (digits == 0) return r;
  int m = 0, sec = 0, ms = 0;
  if (p < s.size() && s[p] == ':') {
    r.found = true;
    if (digits > 2) {
      r.error = "the time's hour has too many digits";
      return r;
    }
    ++p;
    m = scan::readNumber(s, p, 3, digits);
    if (digits != 2) {
      r.error = "expected two digits of minutes after the colon (e.g. 14:32)";
      return r;
    }
    if (p + 1 < s.size() && s[p] == ':' && scan::isDigit(s[p + 1])) {
      ++p;
      sec = scan::readNumber(s, p, 3, digits);
      if (digits != 2) {
        r.error = "expected two digits of seconds (e.g. 14:32:05)";
        return r;
      }
      if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',') && scan::isDigit(s[p + 1])) {
        ++p;
        int scale = 100;
        while (p < s.size() && scan::isDigit(s[p])) {
          ms += (s[p] - '0') * scale;
          scale /= 10;
          ++p;
        }
      }
    }
  } else if (digits > 2) {
    return r;
  }
  std::size_t afterClock = p;
  int meridiem = readMeridiem(s, p);
  if (meridiem == 0 && !r.found) return r;  // "6" alone is a number, "6pm" a time
  r.found = true;
  if (meridiem != 0) {
    if (h < 1 || h > 12) {
      r.error = std::to_string(h) + " is not an hour on a 12-hour clock";
      return r;
    }
    h = h % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (h > 23 || m > 59 || sec > 59) {
    r.error = "\"" + std::string(s.substr(pos, afterClock - pos)) + "\" is not a valid time of day";
    return r;
  }
  r.end = p;
  r.msOfDay = h * kHour + m * kMinute + sec * 1000 + ms;
  return r;
}

}  // namespace hs
