// Figure values as text, exactly as `hindsight stats` prints them, so the dashboard
// and the CLI show the same numbers (tests compare them line by line).
#pragma once

#include <string>

#include "core/analysis/metrics.h"

namespace hs {

// Fixed-point with `decimals` (1 or 2) digits, '.' whatever the locale, half away from zero.
std::string fixedDecimal(double value, int decimals);

// completion_rate: "62.5% (5/8)", or "n/a (0/0)".
std::string rateText(const Figure& rate);
// avg_days_to_close_actions: "7.75 (n=2)", or "n/a (n=0)".
std::string daysText(const Figure& average);
// median_ttd_* / median_ttr_*: "2.5 min (n=2)", or "n/a (n=0)".
std::string minutesText(const Figure& median);
// Counting figures (overdue_actions, repeat_incidents...): the whole count, "3".
std::string countText(const Figure& count);

}  // namespace hs
