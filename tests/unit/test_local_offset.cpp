#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include "core/model/local_offset.h"
#include "core/model/time_format.h"

using namespace hs;

namespace {

// Sets TZ for the scope of a test and puts the old value back.
struct ScopedTimeZone {
  std::optional<std::string> old;
  explicit ScopedTimeZone(const char* tz) {
    if (const char* was = std::getenv("TZ")) old = was;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (old) setenv("TZ", old->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
};

TimeMs at(const char* rfc3339) { return *parseRfc3339(rfc3339); }

}  // namespace

TEST_CASE("local offset: follows the zone's rules, daylight saving included") {
  {
    // POSIX rule (no tz database needed): UTC-5, UTC-4 from the 2nd Sunday of March
    // 02:00 to the 1st Sunday of November 02:00.
    ScopedTimeZone zone("EST5EDT,M3.2.0,M11.1.0");
    CHECK(localUtcOffsetMinutes(at("2026-01-15T14:32:00Z")) == -300);
    CHECK(localUtcOffsetMinutes(at("2026-07-15T14:32:00Z")) == -240);
    // 2026-03-08 is the 2nd Sunday of March: 02:00 EST = 07:00 UTC.
    CHECK(localUtcOffsetMinutes(at("2026-03-08T06:59:59Z")) == -300);
    CHECK(localUtcOffsetMinutes(at("2026-03-08T07:00:00Z")) == -240);
  }
  {
    ScopedTimeZone zone("IST-5:30");
    CHECK(localUtcOffsetMinutes(at("2026-01-15T00:00:00Z")) == 330);
  }
  {
    ScopedTimeZone zone("UTC0");
    CHECK(localUtcOffsetMinutes(at("2026-01-15T00:00:00Z")) == 0);
  }
}
