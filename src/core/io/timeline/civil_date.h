// A calendar day as written (year, month, day) and its conversion to the
// model's time: a "local" time is the wall-clock reading treated as if it were
// UTC; a zone (time_zones.h) turns it into real UTC.
#pragma once

#include <string>

#include "core/model/types.h"

namespace hs {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

bool isValidDate(const CivilDate& d);
// Midnight of the day, as local ms (valid dates only).
TimeMs localMidnight(const CivilDate& d);
CivilDate civilDateOf(TimeMs local);
// 0 = Sunday .. 6 = Saturday.
int weekdayOf(const CivilDate& d);
// "2017-01-31"
std::string isoText(const CivilDate& d);
// The n-th (1-based) weekday of a month, or the last one when n == 0.
CivilDate nthWeekday(int year, int month, int weekday, int n);

// English month names and weekday names, full or abbreviated ("Sept" too):
// 1..12 / 0..6, or -1.
int monthFromName(std::string_view word);
int weekdayFromName(std::string_view word);
std::string_view weekdayName(int weekday);

}  // namespace hs
