// The time axis draws what fits on screen, whatever span the data covers:
// an incident with events on 0000-01-01 and 9999-12-31 once asked for 120,000
// month labels a frame.
#include <doctest/doctest.h>

#include <string>

#include "core/layout/time_ticks.h"

using namespace hs;

namespace {
constexpr TimeMs kYear0 = -62167219200000;     // 0000-01-01T00:00:00Z
constexpr TimeMs kYear9999End = 253402214400000;  // 9999-12-31T00:00:00Z
std::string text(const AxisLabel& l) { return l.text; }
}  // namespace

TEST_CASE("bounds: axis ticks for a 10,000-year span fit the width at any zoom") {
  TimeAxisTicks axis;
  for (float width : {120.f, 400.f, 800.f, 1600.f, 4000.f}) {
    for (TimeMs span : {kYear9999End - kYear0, (kYear9999End - kYear0) / 7, TimeMs{3 * 31557600000}}) {
      CAPTURE(width);
      CAPTURE(span);
      computeTimeAxis(kYear0, kYear0 + span, width, TimeAxisParams{}, axis);
      const std::size_t fit = static_cast<std::size_t>(width / 70.f) + 2;
      CHECK(!axis.major.empty());
      CHECK(axis.major.size() <= fit);
      CHECK(axis.dates.size() <= fit);
      CHECK(axis.minor.size() <= static_cast<std::size_t>(width / 6.f) + 2);
    }
  }
}

TEST_CASE("bounds: a 10,000-year view is labelled by years on calendar boundaries") {
  TimeAxisTicks axis;
  // 1000 px, 70 px apart: needs about 700 years -> a tick every 1000 years.
  computeTimeAxis(kYear0, kYear9999End, 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorMonths == 12000);
  REQUIRE(axis.major.size() == 10);  // years 0, 1000, ... 9000
  CHECK(text(axis.major[0]) == "0");
  CHECK(axis.major[0].time == kYear0);
  CHECK(text(axis.major[1]) == "1000");
  CHECK(axis.major[1].time == -30610224000000);  // 1000-01-01
  CHECK(text(axis.major[9]) == "9000");
  CHECK(axis.major[9].time == 221845392000000);  // 9000-01-01
  CHECK(axis.major[9].x == doctest::Approx(1000.0 * (221845392000000 - kYear0) / (kYear9999End - kYear0)));
  REQUIRE(axis.dates.size() == 1);  // only the pinned edge year
  CHECK(text(axis.dates[0]) == "0");
}

TEST_CASE("bounds: a three-year view ticks every quarter, years in the date row") {
  TimeAxisTicks axis;
  const TimeMs jan2026 = 1767225600000;  // 2026-01-01
  const TimeMs jan2029 = 1861920000000;  // 2029-01-01
  // 1000 px over 3 years: 70 px needs about 77 days -> 3 months; months are 11 px apart.
  computeTimeAxis(jan2026 + 10 * kDay, jan2029, 1000, TimeAxisParams{}, axis);
  CHECK(axis.majorMonths == 3);
  CHECK(axis.minorMonths == 1);
  REQUIRE(axis.major.size() == 12);  // Apr 2026 .. Jan 2029
  CHECK(text(axis.major[0]) == "Apr");
  CHECK(axis.major[0].time == 1775001600000);  // 2026-04-01
  CHECK(text(axis.major[3]) == "Jan");
  CHECK(axis.major[3].time == 1798761600000);  // 2027-01-01
  CHECK(axis.minor.size() == 24);  // 36 month starts after Jan 11, 2026 minus 12 majors
  REQUIRE(axis.dates.size() == 4);  // 2026 (pinned), 2027, 2028, 2029
  CHECK(text(axis.dates[0]) == "2026");
  CHECK(text(axis.dates[1]) == "2027");
  CHECK(axis.dates[1].time == 1798761600000);
  CHECK(text(axis.dates[3]) == "2029");
}
