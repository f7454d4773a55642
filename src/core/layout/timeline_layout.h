// Placement of timeline events on the time axis, for a canvas that redraws
// every frame: visible range by binary search, folding of events closer than a
// few pixels into one cluster marker, and greedy label lanes.
//
// Screen x of time t is (t - view.t0) * view.pxPerMs, in pixels from the left
// edge of the canvas. Cost per frame: O(log n + visible events); the caller owns
// the result and reuses it, so steady state allocates nothing.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "core/model/types.h"

namespace hs {

struct TimelineView {
  TimeMs t0 = 0;          // time at the left edge
  double pxPerMs = 1e-3;  // zoom
  float widthPx = 0;      // canvas width
};

struct TimelineLayoutParams {
  float foldPx = 4.f;        // events less than this apart (from a cluster's first) merge
  float labelGapPx = 8.f;    // horizontal room kept between labels in one lane
  int maxLanes = 4;          // labels that fit in no lane are hidden (markers stay); <= 32
  float marginPx = 0.f;      // also lay out events this far left of the canvas, so labels
                             // of markers just off screen still slide into view
  float clusterLabelWidthPx = 70.f;  // width of a cluster's label ("1,000 events")
  float defaultLabelWidthPx = 120.f; // for events without a measured width
};

struct TimelineMarker {
  int first = 0;       // index of the first event (the representative)
  int count = 1;       // events folded into this marker; > 1 means a cluster
  float x = 0;         // marker position: middle of its first and last event
  float labelWidth = 0;
  int lane = -1;       // label lane from 0 (nearest the axis); -1 = label hidden
};

struct TimelineLayoutResult {
  int firstVisible = 0;  // visible events are [firstVisible, endVisible)
  int endVisible = 0;
  std::vector<TimelineMarker> markers;  // left to right
  int lanesUsed = 0;
  int hiddenLabels = 0;  // markers whose label found no lane
};

// Indices [begin, end) of the sorted times within [t0, t1], by lower_bound.
std::pair<int, int> visibleEventRange(const TimeMs* times, std::size_t count, TimeMs t0,
                                      TimeMs t1);

// times: event times sorted ascending (equal times allowed); labelWidths: the
// measured label width of each event in pixels (may be empty or shorter: the
// default width is used for the rest). Labels start at their marker's x and
// extend right.
void layoutTimeline(const TimeMs* times, std::size_t count, const float* labelWidths,
                    std::size_t labelWidthCount, const TimelineView& view,
                    const TimelineLayoutParams& params, TimelineLayoutResult& out);

inline void layoutTimeline(const std::vector<TimeMs>& times, const std::vector<float>& labelWidths,
                           const TimelineView& view, const TimelineLayoutParams& params,
                           TimelineLayoutResult& out) {
  layoutTimeline(times.data(), times.size(), labelWidths.data(), labelWidths.size(), view, params,
                 out);
}

}  // namespace hs
