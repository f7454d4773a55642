// Reads the time stamp at the start of a piece of text: an optional date, an
// optional time of day, an optional zone, and the marks of an approximate time:
//   2017-01-31 23:20 +01:00      2017-01-31T23:20:00.123Z     Jan 31 23:10:05
//   31 Jan 2017 11:10 PM CET     ~23:00   around 23:00   11pm-ish   23:00 (approx.)
//   1485904200 / 1485904200000   (epoch seconds / milliseconds, years 2000..2099)
// Nothing here decides the calendar day of a bare time or applies a default
// zone: that is the line reader's job (timeline_reader.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/timeline/civil_date.h"
#include "core/io/timeline/date_reader.h"
#include "core/io/timeline/time_zones.h"

namespace hs {

struct Stamp {
  bool found = false;        // a date or a time was written here
  std::size_t begin = 0;     // span read as the stamp
  std::size_t end = 0;
  std::optional<CivilDate> date;
  bool yearGiven = true;
  bool dateAmbiguous = false;
  DateOrder orderEvidence = DateOrder::Auto;
  std::optional<TimeMs> msOfDay;
  std::optional<TimeZone> zone;
  std::optional<TimeMs> utc;  // epoch stamps: already UTC
  bool approximate = false;
  std::string error;          // found but unusable; the reason in full
  std::string note;           // read, but worth a look (weekday mismatch, ambiguous zone)
};

Stamp readStamp(std::string_view s, std::size_t pos, int defaultYear, DateOrder order);

}  // namespace hs
