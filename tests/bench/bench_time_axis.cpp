// The timeline's per-frame core work when a post-mortem's events span 0000-01-01
// to 9999-12-31 and the view is fitted to them: axis ticks (once 120,000 month
// labels a frame) and the marker layout.
#include <chrono>
#include <vector>

#include "figure.h"
#include "core/layout/time_ticks.h"
#include "core/layout/timeline_layout.h"

void benchTimeAxisLongSpan() {
  using Clock = std::chrono::steady_clock;
  const hs::TimeMs year0 = -62167219200000;      // 0000-01-01
  const hs::TimeMs year9999 = 253402214400000;   // 9999-12-31
  const std::vector<hs::TimeMs> times = {year0, year9999};
  const std::vector<float> widths = {160.f, 160.f};
  const float width = 1600;
  const hs::TimeMs pad = (year9999 - year0) / 20;
  hs::TimelineView view{year0 - pad, width / static_cast<double>(year9999 - year0 + 2 * pad), width};
  hs::TimeAxisParams params;
  params.minMajorSpacingPx = 84.f;  // the canvas's own spacing at 100% scale
  params.minMinorSpacingPx = 8.f;
  hs::TimelineLayoutParams layoutParams;
  hs::TimelineLayoutResult layout;
  hs::TimeAxisTicks axis;
  std::vector<double> ms;
  for (int run = 0; run < 201; ++run) {
    auto t0 = Clock::now();
    hs::computeTimeAxis(view.t0, view.t0 + static_cast<hs::TimeMs>(width / view.pxPerMs), width, params, axis);
    hs::layoutTimeline(times, widths, view, layoutParams, layout);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  printFigure("timeline frame (axis + layout) with 0000..9999 events", medianOf(ms), "ms", 4, 4);
  printFigure("timeline axis labels and ticks with 0000..9999 events",
              static_cast<double>(axis.major.size() + axis.minor.size() + axis.dates.size()), "ticks", 0);
}
