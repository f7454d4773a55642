#include "core/io/timeline/civil_date.h"

#include <date/date.h>

#include <chrono>
#include <cstdio>

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

date::year_month_day ymdOf(const CivilDate& d) {
  return date::year_month_day{date::year{d.year}, date::month{static_cast<unsigned>(d.month)},
                              date::day{static_cast<unsigned>(d.day)}};
}

}  // namespace

bool isValidDate(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= 31 && ymdOf(d).ok();
}

TimeMs localMidnight(const CivilDate& d) {
  return date::sys_days{ymdOf(d)}.time_since_epoch().count() * kDay;
}

CivilDate civilDateOf(TimeMs local) {
  TimeMs days = local / kDay - (local % kDay < 0 ? 1 : 0);
  date::year_month_day ymd{date::sys_days{date::days{days}}};
  return {int(ymd.year()), static_cast<int>(unsigned(ymd.month())),
          static_cast<int>(unsigned(ymd.day()))};
}

int weekdayOf(const CivilDate& d) {
  return static_cast<int>(date::weekday{date::sys_days{ymdOf(d)}}.c_encoding());
}

std::string isoText(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

CivilDate nthWeekday(int year, int month, int weekday, int n) {
  CivilDate first{year, month, 1};
  int firstWeekday = weekdayOf(first);
  int day = 1 + (weekday - firstWeekday + 7) % 7;
  if (n > 0) return {year, month, day + 7 * (n - 1)};
  CivilDate d{year, month, day};
  while (isValidDate({year, month, d.day + 7})) d.day += 7;
  return d;
}

int monthFromName(std::string_view word) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",
                                                "may",     "june",     "july",      "august",
                                                "september", "october", "november", "december"};
  if (word.size() < 3) return -1;
  if (scan::equalsNoCase(word, "sept")) return 9;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kNames[m];
    if (scan::equalsNoCase(word, name) || (word.size() == 3 && scan::equalsNoCase(word, name.substr(0, 3))))
      return m + 1;
  }
  return -1;
}

int weekdayFromName(std::string_view word) {
  static constexpr std::string_view kNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                                "thursday", "friday", "saturday"};
  if (word.size() < 3) return -1;
  for (int w = 0; w < 7; ++w) {
    std::string_view name = kNames[w];
    if (scan::equalsNoCase(word, name) || (word.size() == 3 && scan::equalsNoCase(word, name.substr(0, 3))) ||
        (word.size() == 4 && (scan::equalsNoCase(word, "tues") || scan::equalsNoCase(word, "thur")) &&
         scan::equalsNoCase(word.substr(0, 3), name.substr(0, 3))))
      return w;
  }
  return -1;
}

std::string_view weekdayName(int weekday) {
  static constexpr std::string_view kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                "Thursday", "Friday", "Saturday"};
  return weekday >= 0 && weekday < 7 ? kNames[weekday] : std::string_view{};
}

}  // namespace hs
