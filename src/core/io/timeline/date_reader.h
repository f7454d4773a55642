// Reads a calendar date written at the start of a piece of text:
//   2017-01-31, 2017/01/31, 2017.01.31             year first
//   31.01.2017, 31.01.17                            day first (dots)
//   01/31/2017, 31/01/2017, 02/03/17, 01-31-2017     month or day first
//   Jan 31, Jan 31 2017, January 31st, 2017         month names (English)
//   31 Jan 2017, 22nd June 2021, 22nd of June
//   Tuesday 22nd June 2021, Tue, Jan 31             with a weekday
// A slash date whose two first numbers could both be a month is ambiguous and
// read in the order the caller settled; one with a number over 12 is not, and
// tells which order the writer used.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/io/timeline/civil_date.h"

namespace hs {

enum class DateOrder { Auto, MonthFirst, DayFirst };

struct DateRead {
  bool found = false;
  std::size_t end = 0;
  CivilDate date;
  bool yearGiven = true;
  bool ambiguous = false;             // 02/03/2017: both orders make a date
  DateOrder evidence = DateOrder::Auto;  // 01/31/2017 says MonthFirst, 31/01/2017 DayFirst
  std::string error;                  // found but not a date ("2017-02-30")
  std::string note;                   // weekday that does not match the date
};

// order: how to read an ambiguous slash date (Auto reads month first).
DateRead readDate(std::string_view s, std::size_t pos, int defaultYear, DateOrder order);

}  // namespace hs
