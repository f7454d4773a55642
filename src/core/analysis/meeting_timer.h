// The meeting's clock: time spent per agenda step, one step current, running or
// paused. No clock of its own: callers pass `now`.
#pragma once

#include <string>
#include <vector>

#include "core/model/types.h"

namespace hs {

class MeetingTimer {
 public:
  // All steps at zero, paused, on the first step.
  void reset(std::size_t steps);
  std::size_t stepCount() const { return spent_.size(); }
  int step() const { return step_; }
  bool running() const { return running_; }

  // Time spent on `step`, the current run included.
  TimeMs elapsed(int step, TimeMs now) const;
  TimeMs total(TimeMs now) const;
  // Moves to `step` (clamped to the agenda); a running clock keeps running, for the new step.
  void goTo(int step, TimeMs now);
  void toggle(TimeMs now);  // start or pause
  void pause(TimeMs now);

 private:
  std::vector<TimeMs> spent_;  // per step, time before the current run
  int step_ = 0;
  bool running_ = false;
  TimeMs runStart_ = 0;  // when the current run began
};

// What the step's big clock shows for `used` of `budget`: the time left counting
// down ("04:59"), past zero the overrun ("+00:01").
struct StepClock {
  std::string text;
  bool over = false;
  float progress = 0;  // 0..1 of the budget used
};
StepClock stepClock(TimeMs used, TimeMs budget);

// "mm:ss" of whole seconds, minutes not wrapped at an hour ("75:00"); below zero "00:00".
std::string meetingClockText(TimeMs ms);

}  // namespace hs
