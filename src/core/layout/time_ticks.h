// Time-axis ticks for a visible range: a "nice" step so labels never collide,
// major ticks with labels, minor ticks between them, and a second row of date
// labels. Times stay UTC; utcOffsetMinutes only shifts what is displayed
// (tick alignment and label text follow the displayed clock).
//
// Output goes into caller-owned vectors; labels are fixed-size char arrays, so
// recomputing every frame allocates nothing once the vectors have grown.
#pragma once

#include <vector>

#include "core/model/types.h"

namespace hs {

struct TimeAxisParams {
  int utcOffsetMinutes = 0;       // display clock = UTC + offset (e.g. 60 for CET)
  float minMajorSpacingPx = 70.f; // at least the widest label ("14:30:15") plus padding
  float minMinorSpacingPx = 6.f;  // minor ticks closer than this are left out
};

struct AxisTick {
  TimeMs time = 0;
  float x = 0;  // pixels from the left edge of the axis
};

struct AxisLabel {
  TimeMs time = 0;
  float x = 0;          // pixels from the left edge; the label's anchor (tick position)
  bool pinned = false;  // the left-edge date label (x = 0), not a boundary
  char text[24] = {};
};

struct TimeAxisTicks {
  TimeMs majorStep = 0;  // 0 when the range or width is empty; approximate in calendar mode
  TimeMs minorStep = 0;  // 0 when there are no minor ticks at this zoom
  // Calendar mode, for views wider than the 4-week step allows (months to
  // millennia): ticks every majorMonths calendar months (1 2 3 6 months, then
  // 1 2 5 10 20 50 ... years), 0 otherwise.
  int majorMonths = 0;
  int minorMonths = 0;
  std::vector<AxisLabel> major;  // one label per major tick: "14:30", "14:30:15", "Jan 16"
  std::vector<AxisTick> minor;   // between major ticks, never on one
  // Second row. Major step under a day: one label per display-clock midnight in
  // range ("Fri, Jan 16, 2026"), preceded by a pinned label for the left edge's
  // date. Major step of a day or more: the same for month starts ("January 2026").
  // Calendar mode: the left edge's year ("2026"), then each year start when
  // the ticks are months; the ticks themselves say "Apr" or "2030".
  std::vector<AxisLabel> dates;
};

// The nice series: 1s 2s 5s 10s 15s 30s 1m 2m 5m 10m 15m 30m 1h 2h 3h 6h 12h
// 1d 2d 7d 14d 28d, then doubling weeks. Returns the smallest step at least
// minSpacingPx wide at pxPerMs (the largest step if none is).
TimeMs chooseMajorStep(double pxPerMs, float minSpacingPx);

// Ticks for the visible range [t0, t1] drawn over widthPx pixels. Every list is
// bounded by what fits in widthPx, whatever the span (an incident from year 0
// to 9999 gives a few dozen ticks, not 120,000 month labels).
void computeTimeAxis(TimeMs t0, TimeMs t1, float widthPx, const TimeAxisParams& params,
                     TimeAxisTicks& out);

}  // namespace hs
