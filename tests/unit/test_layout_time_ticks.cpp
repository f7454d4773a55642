#include <doctest/doctest.h>

#include <string>

#include "core/layout/time_ticks.h"

using namespace hs;

namespace {
constexpr TimeMs kJan15 = 1768435200000;  // 2026-01-15T00:00:00Z, a Thursday
constexpr TimeMs kSec = 1000;
TimeMs at(int day, int h, int m, int s = 0) {
  return kJan15 + (day - 15) * kDay + h * kHour + m * kMinute + s * kSec;
}
std::string text(const AxisLabel& l) { return l.text; }
}  // namespace

TEST_CASE("layout: ticks step choice follows the nice series") {
  // 70 px minimum: 1 h over 1000 px needs >= 4.2 min -> 5 min.
  CHECK(chooseMajorStep(1000.0 / kHour, 70) == 5 * kMinute);
  CHECK(chooseMajorStep(1000.0 / (10 * kSec), 70) == kSec);
  CHECK(chooseMajorStep(1000.0 / kMinute, 70) == 5 * kSec);
  CHECK(chooseMajorStep(1000.0 / kMinute, 200) == 15 * kSec);  // needs 12 s
  CHECK(chooseMajorStep(1000.0 / kDay, 70) == 2 * kHour);      // needs 1.68 h
  CHECK(chooseMajorStep(1000.0 / kDay, 150) == 6 * kHour);     // needs 3.6 h
  CHECK(chooseMajorStep(1000.0 / (14 * kDay), 70) == kDay);
  CHECK(chooseMajorStep(1000.0 / (120 * kDay), 70) == 14 * kDay);
  CHECK(chooseMajorStep(1000.0 / (400 * kDay), 70) == 28 * kDay);
  CHECK(chooseMajorStep(1000.0 / (1000 * kDay), 70) == 112 * kDay);  // needs 70 d: doubling weeks
}

TEST_CASE("layout: ticks at the seconds scale") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 14, 32, 0), at(15, 14, 33, 0), 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 5 * kSec);
  CHECK(axis.minorStep == kSec);
  REQUIRE(axis.major.size() == 13);
  CHECK(text(axis.major[0]) == "14:32:00");
  CHECK(text(axis.major[1]) == "14:32:05");
  CHECK(text(axis.major[12]) == "14:33:00");
  CHECK(axis.major[1].x == doctest::Approx(1000.0 * 5 / 60));
  CHECK(axis.minor.size() == 48);  // 61 whole seconds minus 13 majors
  CHECK(axis.minor[0].time == at(15, 14, 32, 1));

  computeTimeAxis(at(15, 14, 32, 0) + 300, at(15, 14, 32, 10), 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == kSec);
  CHECK(axis.minorStep == 0);
  CHECK(axis.minor.empty());
  REQUIRE(axis.major.size() == 10);  // 14:32:01 .. 14:32:10
  CHECK(text(axis.major[0]) == "14:32:01");
  CHECK(axis.major[0].x == doctest::Approx(700.0 / 9700 * 1000));
}

TEST_CASE("layout: ticks at the minutes and hours scales") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 14, 0), at(15, 15, 0), 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 5 * kMinute);
  CHECK(axis.minorStep == kMinute);
  REQUIRE(axis.major.size() == 13);
  CHECK(text(axis.major[0]) == "14:00");
  CHECK(text(axis.major[6]) == "14:30");
  CHECK(axis.major[6].x == doctest::Approx(500));
  CHECK(axis.minor.size() == 48);

  computeTimeAxis(at(15, 0, 0), at(16, 0, 0), 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 2 * kHour);
  CHECK(axis.minorStep == 30 * kMinute);
  REQUIRE(axis.major.size() == 13);
  CHECK(text(axis.major[1]) == "02:00");
  CHECK(text(axis.major[12]) == "00:00");
  CHECK(axis.minor.size() == 36);  // 49 half hours minus 13 majors

  // Minor ticks too dense to draw are dropped: 1 min minors under 5 min majors
  // at 7 px per minute are fine, with a 10 px minimum they go.
  TimeAxisParams sparse;
  sparse.minMinorSpacingPx = 10;
  computeTimeAxis(at(15, 14, 0), at(15, 16, 0), 840, sparse, axis);
  CHECK(axis.majorStep == 10 * kMinute);  // needs 10 min at 7 px/min
  CHECK(axis.minorStep == 2 * kMinute);   // 14 px
  computeTimeAxis(at(15, 14, 0), at(15, 15, 0), 600, sparse, axis);
  CHECK(axis.majorStep == 10 * kMinute);  // needs 7 min at 10 px/min
  CHECK(axis.minorStep == 2 * kMinute);
}

TEST_CASE("layout: ticks range crossing midnight gets a day label at the boundary") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 22, 0), at(16, 2, 0), 800, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 30 * kMinute);  // needs 21 min
  REQUIRE(axis.major.size() == 9);
  CHECK(text(axis.major[3]) == "23:30");
  CHECK(text(axis.major[4]) == "00:00");
  REQUIRE(axis.dates.size() == 2);
  CHECK(axis.dates[0].pinned);
  CHECK(axis.dates[0].x == 0.f);
  CHECK(text(axis.dates[0]) == "Thu, Jan 15, 2026");
  CHECK_FALSE(axis.dates[1].pinned);
  CHECK(axis.dates[1].time == at(16, 0, 0));
  CHECK(axis.dates[1].x == doctest::Approx(400));
  CHECK(text(axis.dates[1]) == "Fri, Jan 16, 2026");
}

TEST_CASE("layout: ticks multi-day range and days scale") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 12, 0), at(18, 12, 0), 1200, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 6 * kHour);  // needs 4.2 h
  REQUIRE(axis.major.size() == 13);
  CHECK(text(axis.major[0]) == "12:00");
  CHECK(text(axis.major[2]) == "00:00");
  REQUIRE(axis.dates.size() == 4);
  CHECK(text(axis.dates[1]) == "Fri, Jan 16, 2026");
  CHECK(text(axis.dates[3]) == "Sun, Jan 18, 2026");
  CHECK(axis.dates[3].x == doctest::Approx(1000));

  // Two weeks: day steps labelled by date, second row by month.
  computeTimeAxis(at(15, 0, 0), at(29, 0, 0), 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == kDay);
  CHECK(axis.minorStep == 6 * kHour);
  REQUIRE(axis.major.size() == 15);
  CHECK(text(axis.major[0]) == "Jan 15");
  CHECK(text(axis.major[14]) == "Jan 29");
  REQUIRE(axis.dates.size() == 1);
  CHECK(text(axis.dates[0]) == "January 2026");
}

TEST_CASE("layout: ticks at the weeks scale are aligned on Mondays") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 0, 0), at(15, 0, 0) + 120 * kDay, 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorStep == 14 * kDay);
  REQUIRE(!axis.major.empty());
  CHECK(text(axis.major[0]) == "Jan 19");  // first Monday of the 2-week grid
  for (const AxisLabel& l : axis.major) CHECK((l.time - 4 * kDay) % (7 * kDay) == 0);
  CHECK(axis.minorStep == kDay);
  // Months: Jan (pinned), Feb, Mar, Apr, May 2026.
  REQUIRE(axis.dates.size() == 5);
  CHECK(text(axis.dates[1]) == "February 2026");
  CHECK(axis.dates[1].time == kJan15 + 17 * kDay);
  CHECK(text(axis.dates[4]) == "May 2026");
}

TEST_CASE("layout: ticks with a display offset") {
  TimeAxisTicks axis;
  TimeAxisParams cet;
  cet.utcOffsetMinutes = 60;
  computeTimeAxis(at(15, 13, 30), at(15, 14, 30), 1000, cet, axis);
  CHECK(text(axis.major[0]) == "14:30");
  CHECK(axis.major[0].time == at(15, 13, 30));  // stored times stay UTC

  // India (+5:30): 2 h steps align on the displayed clock, i.e. at :30 UTC.
  TimeAxisParams ist;
  ist.utcOffsetMinutes = 330;
  computeTimeAxis(at(15, 10, 0), at(15, 22, 0), 600, ist, axis);
  CHECK(axis.majorStep == 2 * kHour);
  CHECK(axis.major[0].time == at(15, 10, 30));
  CHECK(text(axis.major[0]) == "16:00");
  // Local midnight (18:30 UTC) gets the next day's label.
  REQUIRE(axis.dates.size() == 2);
  CHECK(axis.dates[1].time == at(15, 18, 30));
  CHECK(text(axis.dates[1]) == "Fri, Jan 16, 2026");

  // New York (-5:00): 03:00Z..07:00Z is 22:00..02:00 local, on Jan 15 -> 16.
  TimeAxisParams ny;
  ny.utcOffsetMinutes = -300;
  computeTimeAxis(at(16, 3, 0), at(16, 7, 0), 800, ny, axis);
  CHECK(text(axis.major[0]) == "22:00");
  REQUIRE(axis.dates.size() == 2);
  CHECK(text(axis.dates[0]) == "Thu, Jan 15, 2026");
  CHECK(axis.dates[1].time == at(16, 5, 0));
}

TEST_CASE("layout: ticks edge cases") {
  TimeAxisTicks axis;
  computeTimeAxis(at(15, 0, 0), at(15, 1, 0), 1000, TimeAxisParams{}, axis);
  REQUIRE(!axis.major.empty());
  computeTimeAxis(at(15, 1, 0), at(15, 1, 0), 1000, TimeAxisParams{}, axis);  // empty range
  CHECK(axis.major.empty());
  CHECK(axis.dates.empty());
  CHECK(axis.majorStep == 0);
  computeTimeAxis(at(15, 1, 0), at(15, 2, 0), 0, TimeAxisParams{}, axis);  // no width
  CHECK(axis.major.empty());
  // A range starting exactly at midnight: only the pinned label for that day.
  computeTimeAxis(at(15, 0, 0), at(15, 6, 0), 1000, TimeAxisParams{}, axis);
  REQUIRE(axis.dates.size() == 1);
  CHECK(axis.dates[0].pinned);
  // Before 1970: floor alignment still lands on whole minutes.
  computeTimeAxis(-kHour - 1234, -1234, 1000, TimeAxisParams{}, axis);
  REQUIRE(!axis.major.empty());
  CHECK(axis.major[0].time == -kHour);
  CHECK(text(axis.major[0]) == "23:00");
  CHECK(text(axis.dates[0]) == "Wed, Dec 31, 1969");
}
