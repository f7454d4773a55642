#include <doctest/doctest.h>

#include "core/analysis/meeting_timer.h"

using namespace hs;

TEST_CASE("meeting timer: time is kept per step, across pauses and moves") {
  MeetingTimer t;
  t.reset(6);
  CHECK(t.step() == 0);
  CHECK_FALSE(t.running());
  CHECK(t.elapsed(0, 50'000) == 0);
  t.toggle(10'000);                 // start on step 0
  CHECK(t.elapsed(0, 25'000) == 15'000);
  t.goTo(1, 40'000);                // 30 s on step 0; the clock runs on for step 1
  CHECK(t.elapsed(0, 99'000) == 30'000);
  CHECK(t.elapsed(1, 45'000) == 5'000);
  t.toggle(70'000);                 // pause: 30 s on step 1
  CHECK_FALSE(t.running());
  CHECK(t.elapsed(1, 500'000) == 30'000);
  t.goTo(0, 80'000);                // back while paused: nothing counts
  t.toggle(100'000);
  t.pause(112'000);                 // 12 s more on step 0
  CHECK(t.elapsed(0, 0) == 42'000);
  CHECK(t.total(0) == 72'000);
  t.goTo(9, 0);                     // clamped to the last step
  CHECK(t.step() == 5);
  t.goTo(-3, 0);
  CHECK(t.step() == 0);
  CHECK(t.elapsed(6, 0) == 0);      // no such step
}

TEST_CASE("meeting timer: the step clock counts down, then counts the overrun") {
  // 5-minute step, 61.5 s used: 3:58.5 left, shown as whole seconds 03:58.
  StepClock c = stepClock(61'500, 5 * 60'000);
  CHECK(c.text == "03:58");
  CHECK_FALSE(c.over);
  CHECK(c.progress == doctest::Approx(61.5 / 300.0));
  c = stepClock(300'000, 300'000);
  CHECK(c.text == "00:00");
  CHECK_FALSE(c.over);
  CHECK(c.progress == 1.0f);
  c = stepClock(301'999, 300'000);
  CHECK(c.text == "+00:01");
  CHECK(c.over);
  CHECK(c.progress == 1.0f);
  CHECK(stepClock(0, 0).progress == 1.0f);
  CHECK(meetingClockText(75 * 60'000) == "75:00");
  CHECK(meetingClockText(-5'000) == "00:00");
  CHECK(meetingClockText(3'599'999) == "59:59");
}
