#include "core/io/timeline/date_reader.h"

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

using scan::isDigit;

int fullYear(int value, int digits) { return digits == 2 ? 2000 + value : value; }

void finish(DateRead& r, std::string_view s, std::size_t start) {
  if (!isValidDate(r.date)) {
    r.error = "\"" + std::string(s.substr(start, r.end - start)) + "\" is not a valid date";
  }
}

// Numbers separated by - / or . at pos.
bool readNumeric(std::string_view s, std::size_t pos, DateOrder order, DateRead& r) {
  std::size_t p = pos;
  int c1, c2, c3;
  int a = scan::readNumber(s, p, 5, c1);
  if (c1 == 0 || p >= s.size()) return false;
  char sep = s[p];
  if (sep != '-' && sep != '/' && sep != '.') return false;
  ++p;
  int b = scan::readNumber(s, p, 3, c2);
  if (c2 == 0 || c2 > 2 || p >= s.size() || s[p] != sep) return false;
  ++p;
  int c = scan::readNumber(s, p, 5, c3);
  if (c3 == 0 || (p < s.size() && isDigit(s[p]))) return false;
  // "31.01.2017." and "2017-01-31:" keep their punctuation for the caller.
  if (c1 == 4) {
    if (c3 > 2) return false;
    r.date = {a, b, c};
  } else if (c1 <= 2 && (c3 == 4 || c3 == 2)) {
    int year = fullYear(c, c3);
    if (sep == '.') {
      r.date = {year, b, a};
    } else if (a > 12 && b <= 12) {
      r.date = {year, b, a};
      r.evidence = DateOrder::DayFirst;
    } else if (b > 12 && a <= 12) {
      r.date = {year, a, b};
      r.evidence = DateOrder::MonthFirst;
    } else {
      r.ambiguous = a != b && a <= 12 && b <= 12;
      r.date = order == DateOrder::DayFirst ? CivilDate{year, b, a} : CivilDate{year, a, b};
    }
  } else {
    return false;
  }
  // A dash date must not run into a time range like "2017-01-31-12".
  r.found = true;
  r.end = p;
  finish(r, s, pos);
  return true;
}

// "31", "31st", "22nd" at p.
bool readDayNumber(std::string_view s, std::size_t& p, int& day) {
  int count;
  std::size_t q = p;
  day = scan::readNumber(s, q, 3, count);
  if (count == 0 || count > 2) return false;
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (scan::wordAt(s, q, suffix)) {
      q += 2;
      break;
    }
  if (q < s.size() && (scan::isAlpha(s[q]) || s[q] == ':')) return false;
  p = q;
  return true;
}

// ", 2017" / " 2017" after a day and month; not "23:10" and not a 4-digit clock.
void readYear(std::string_view s, std::size_t& p, DateRead& r, int defaultYear) {
  std::size_t q = p;
  if (q < s.size() && s[q] == ',') ++q;
  q = scan::skipSpaces(s, q);
  int count;
  std::size_t y = q;
  int year = scan::readNumber(s, y, 5, count);
  if (count == 4 && (y >= s.size() || (!isDigit(s[y]) && s[y] != ':'))) {
    r.date.year = year;
    p = y;
    return;
  }
  r.date.year = defaultYear;
  r.yearGiven = false;
}

bool readNamed(std::string_view s, std::size_t pos, int defaultYear, DateRead& r) {
  std::size_t p = pos;
  int weekday = -1;
  std::string_view word = scan::lettersAt(s, p);
  if (!word.empty() && (weekday = weekdayFromName(word)) >= 0) {
    p += word.size();
    if (p < s.size() && (s[p] == ',' || s[p] == '.')) ++p;
    p = scan::skipSpaces(s, p);
    word = scan::lettersAt(s, p);
  }
  int month = word.empty() ? -1 : monthFromName(word);
  int day = 0;
  if (month > 0) {  // Jan 31
    p += word.size();
    if (p < s.size() && s[p] == '.') ++p;
    p = scan::skipSpaces(s, p);
    if (!readDayNumber(s, p, day)) return false;
  } else {  // 31 Jan / 22nd of June
    if (!readDayNumber(s, p, day)) return false;
    p = scan::skipSpaces(s, p);
    if (scan::wordAt(s, p, "of")) p = scan::skipSpaces(s, p + 2);
    word = scan::lettersAt(s, p);
    month = word.empty() ? -1 : monthFromName(word);
    if (month < 0) return false;
    p += word.size();
    if (p < s.size() && s[p] == '.') ++p;
  }
  r.date = {defaultYear, month, day};
  readYear(s, p, r, defaultYear);
  r.found = true;
  r.end = p;
  finish(r, s, pos);
  if (r.error.empty() && weekday >= 0 && weekdayOf(r.date) != weekday) {
    r.note = isoText(r.date) + " is a " + std::string(weekdayName(weekdayOf(r.date))) + ", not a " +
             std::string(weekdayName(weekday)) + "; the date was used";
  }
  return true;
}

}  // namespace

DateRead readDate(std::string_view s, std::size_t pos, int defaultYear, DateOrder order) {
  DateRead r;
  if (pos >= s.size()) return r;
  if (isDigit(s[pos]) && readNumeric(s, pos, order, r)) return r;
  DateRead named;
  if (readNamed(s, pos, defaultYear, named)) return named;
  return DateRead{};
}

}  // namespace hs
