#include "core/io/timeline/stamp_reader.h"

#include "core/io/timeline/clock_reader.h"
#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

// Epoch times are taken only in years 2000..2099, so an ordinary number is not one.
constexpr std::int64_t kEpochMin = 946684800;   // 2000-01-01T00:00:00Z
constexpr std::int64_t kEpochMax = 4102444800;  // 2100-01-01T00:00:00Z

// "~", "≈", "approx.", "around", "about", "circa", "ca." before a time.
std::size_t readApproxPrefix(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] == '~') return scan::skipSpaces(s, pos + 1);
  if (s.substr(pos, 3) == "\xE2\x89\x88") return scan::skipSpaces(s, pos + 3);
  for (std::string_view word : {"approximately", "approx.", "approx", "around", "about", "circa", "ca.", "c."}) {
    bool dotted = word.back() == '.';
    if (dotted ? scan::startsWithNoCase(s, pos, word) : scan::wordAt(s, pos, word)) {
      std::size_t q = pos + word.size();
      if (q < s.size() && scan::isSpace(s[q])) return scan::skipSpaces(s, q);
    }
  }
  return pos;
}

// "-ish", "ish", " (approx.)", " (approx)", " (approximate)", " (est.)", " approx." after a time.
std::size_t readApproxSuffix(std::string_view s, std::size_t pos) {
  for (std::string_view suffix : {"-ish", "ish"})
    if (scan::wordAt(s, pos, suffix)) return pos + suffix.size();
  std::size_t q = scan::skipSpaces(s, pos);
  for (std::string_view suffix : {"(approx.)", "(approx)", "(approximate)", "(approximately)", "(est.)",
                                  "(estimated)", "(roughly)"})
    if (scan::startsWithNoCase(s, q, suffix)) return q + suffix.size();
  for (std::string_view word : {"approx.", "approximately", "approx"}) {
    bool dotted = word.back() == '.';
    if (dotted ? scan::startsWithNoCase(s, q, word) : scan::wordAt(s, q, word)) return q + word.size();
  }
  return pos;
}

bool readEpoch(std::string_view s, std::size_t pos, Stamp& st) {
  std::size_t p = pos;
  std::int64_t value = 0;
  int digits = 0;
  while (p < s.size() && scan::isDigit(s[p]) && digits < 14) {
    value = value * 10 + (s[p] - '0');
    ++p;
    ++digits;
  }
  if (digits != 10 && digits != 13) return false;
  if (p < s.size() && (scan::isAlnum(s[p]) || s[p] == ':' || s[p] == '/' || s[p] == '-')) return false;
  std::int64_t seconds = digits == 10 ? value : value / 1000;
  if (seconds < kEpochMin || seconds >= kEpochMax) return false;
  st.found = true;
  st.utc = digits == 10 ? value * 1000 : value;
  st.end = p;
  return true;
}

// Between a date and its time: "T", spaces, ", ", " at ", " @ ", " - ".
std::size_t skipDateTimeSeparator(std::string_view s, std::size_t p) {
  if (p + 1 < s.size() && (s[p] == 'T' || s[p] == 't') && scan::isDigit(s[p + 1])) return p + 1;
  std::size_t q = scan::skipSpaces(s, p);
  if (q < s.size() && s[q] == ',') q = scan::skipSpaces(s, q + 1);
  if (scan::wordAt(s, q, "at")) q = scan::skipSpaces(s, q + 2);
  else if (q < s.size() && s[q] == '@') q = scan::skipSpaces(s, q + 1);
  return q;
}

}  // namespace

Stamp readStamp(std::string_view s, std::size_t pos, int defaultYear, DateOrder order) {
  Stamp st;
  st.begin = pos;
  std::size_t p = readApproxPrefix(s, pos);
  st.approximate = p != pos;
  if (readEpoch(s, p, st)) return st;

  DateRead date = readDate(s, p, defaultYear, order);
  if (date.found) {
    st.found = true;
    if (!date.error.empty()) {
      st.error = date.error;
      return st;
    }
    st.date = date.date;
    st.yearGiven = date.yearGiven;
    st.dateAmbiguous = date.ambiguous;
    st.orderEvidence = date.evidence;
    st.note = date.note;
    st.end = date.end;
    p = skipDateTimeSeparator(s, date.end);
    std::size_t clockAt = readApproxPrefix(s, p);
    if (clockAt != p) st.approximate = true;
    p = clockAt;
  }
  ClockRead clock = readClock(s, p);
  if (!clock.found) return st;  // a date alone (or nothing)
  st.found = true;
  if (!clock.error.empty()) {
    st.error = clock.error;
    return st;
  }
  st.msOfDay = clock.msOfDay;
  p = clock.end;
  std::size_t suffix = readApproxSuffix(s, p);
  if (suffix != p) st.approximate = true;
  p = suffix;
  std::size_t zoneEnd = p;
  std::string zoneError;
  if (auto zone = readTimeZone(s, p, zoneEnd, zoneError)) {
    st.zone = std::move(zone);
    p = zoneEnd;
    if (!st.zone->note.empty()) st.note += (st.note.empty() ? "" : "; ") + st.zone->note;
    suffix = readApproxSuffix(s, p);
    if (suffix != p) st.approximate = true;
    p = suffix;
  } else if (!zoneError.empty()) {
    st.error = zoneError;
    return st;
  }
  if (p < s.size() && scan::isAlnum(s[p])) {
    st.error = "unexpected \"" + std::string(1, s[p]) + "\" right after the time";
    return st;
  }
  st.end = p;
  return st;
}

}  // namespace hs
