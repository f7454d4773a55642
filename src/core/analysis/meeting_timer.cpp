#include "core/analysis/meeting_timer.h"

#include <algorithm>
#include <cstdio>

namespace hs {

void MeetingTimer::reset(std::size_t steps) {
  spent_.assign(steps, 0);
  step_ = 0;
  running_ = false;
  runStart_ = 0;
}

TimeMs MeetingTimer::elapsed(int step, TimeMs now) const {
  if (step < 0 || step >= static_cast<int>(spent_.size())) return 0;
  TimeMs base = spent_[static_cast<std::size_t>(step)];
  return base + (running_ && step == step_ ? now - runStart_ : 0);
}

TimeMs MeetingTimer::total(TimeMs now) const {
  TimeMs sum = 0;
  for (int i = 0; i < static_cast<int>(spent_.size()); ++i) sum += elapsed(i, now);
  return sum;
}

void MeetingTimer::goTo(int step, TimeMs now) {
  if (spent_.empty()) return;
  step = std::clamp(step, 0, static_cast<int>(spent_.size()) - 1);
  if (running_) {
    spent_[static_cast<std::size_t>(step_)] += now - runStart_;
    runStart_ = now;
  }
  step_ = step;
}

void MeetingTimer::toggle(TimeMs now) {
  if (running_) pause(now);
  else if (!spent_.empty()) {
    runStart_ = now;
    running_ = true;
  }
}

void MeetingTimer::pause(TimeMs now) {
  if (!running_) return;
  spent_[static_cast<std::size_t>(step_)] += now - runStart_;
  running_ = false;
}

StepClock stepClock(TimeMs used, TimeMs budget) {
  StepClock clock;
  clock.over = used > budget;
  clock.text = clock.over ? "+" + meetingClockText(used - budget) : meetingClockText(budget - used);
  clock.progress = budget > 0 ? std::min(1.0f, static_cast<float>(used) / static_cast<float>(budget)) : 1.0f;
  return clock;
}

std::string meetingClockText(TimeMs ms) {
  long long total = std::max<long long>(0, ms / 1000);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld", total / 60, total % 60);
  return buf;
}

}  // namespace hs
