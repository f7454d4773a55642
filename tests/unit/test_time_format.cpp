#include <doctest/doctest.h>

#include <cstdint>

#include "core/model/time_format.h"

using namespace hs;

TEST_CASE("time: RFC 3339 round trip and offsets") {
  auto t = parseRfc3339("2026-01-15T14:32:00Z");
  REQUIRE(t);
  CHECK(*t == 1768487520000);
  CHECK(formatRfc3339(*t) == "2026-01-15T14:32:00Z");
  CHECK(formatRfc3339(*t + 250) == "2026-01-15T14:32:00.250Z");
  CHECK(parseRfc3339("2026-01-15T16:32:00+02:00") == t);
  CHECK(parseRfc3339("2026-01-15T09:02:00-05:30") == t);
  CHECK_FALSE(parseRfc3339("2026-01-15 14:32:00Z"));
  CHECK_FALSE(parseRfc3339("2026-02-30T14:32:00Z"));
  CHECK_FALSE(parseRfc3339("2026-01-15T24:00:00Z"));
  CHECK_FALSE(parseRfc3339("2026-01-15T14:32:00"));
}

TEST_CASE("time: date-time parsing and display") {
  CHECK(parseDateTime("2026-01-15") == 1768435200000);
  CHECK(parseDateTime("2026-01-15 14:32") == 1768487520000);
  CHECK(parseDateTime("2026-01-15 14:32:05") == 1768487525000);
  CHECK_FALSE(parseDateTime("15/01/2026"));
  CHECK(formatDate(1768487520000) == "2026-01-15");
  CHECK(formatTimeOfDay(1768487525000, true) == "14:32:05");
  CHECK(formatDateTime(1768487520000) == "2026-01-15 14:32");
  CHECK(startOfDayUtc(1768487520000) == 1768435200000);
  CHECK(startOfDayUtc(-1) == -kDay);
}

TEST_CASE("time: durations read like people write them") {
  CHECK(formatDuration(45 * 1000) == "45 s");
  CHECK(formatDuration(48 * kMinute) == "48 min");
  CHECK(formatDuration(2 * kHour + 5 * kMinute) == "2 h 05 min");
  CHECK(formatDuration(3 * kDay + 4 * kHour) == "3 d 4 h");
  CHECK(formatDuration(-3 * kMinute) == "-3 min");
}

TEST_CASE("time: extreme values are clamped, never overflow") {
  CHECK(formatRfc3339(INT64_MAX) == "9999-12-31T23:59:59.999Z");
  CHECK(formatRfc3339(INT64_MIN) == "0000-01-01T00:00:00Z");
  CHECK(formatDuration(INT64_MIN).rfind("-", 0) == 0);
}
