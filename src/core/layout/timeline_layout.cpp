#include "core/layout/timeline_layout.h"

#include <algorithm>
#include <cmath>

namespace hs {
namespace {
constexpr int kLaneCap = 32;
}

std::pair<int, int> visibleEventRange(const TimeMs* times, std::size_t count, TimeMs t0,
                                      TimeMs t1) {
  const TimeMs* end = times + count;
  const TimeMs* begin = std::lower_bound(times, end, t0);
  const TimeMs* last = std::upper_bound(begin, end, t1);
  return {static_cast<int>(begin - times), static_cast<int>(last - times)};
}

void layoutTimeline(const TimeMs* times, std::size_t count, const float* labelWidths,
                    std::size_t labelWidthCount, const TimelineView& view,
                    const TimelineLayoutParams& params, TimelineLayoutResult& out) {
  out.markers.clear();
  out.lanesUsed = 0;
  out.hiddenLabels = 0;
  out.firstVisible = out.endVisible = 0;
  if (count == 0 || !(view.pxPerMs > 0) || !(view.widthPx > 0)) return;

  const double msPerPx = 1.0 / view.pxPerMs;
  const TimeMs from = view.t0 - static_cast<TimeMs>(std::ceil(params.marginPx * msPerPx));
  const TimeMs to = view.t0 + static_cast<TimeMs>(std::floor(view.widthPx * msPerPx));
  auto [begin, end] = visibleEventRange(times, count, from, to);
  out.firstVisible = begin;
  out.endVisible = end;
  auto xOf = [&](TimeMs t) { return static_cast<float>((t - view.t0) * view.pxPerMs); };

  // Folding: a cluster takes every following event less than foldPx from its first.
  for (int i = begin; i < end;) {
    const float x0 = xOf(times[i]);
    int j = i + 1;
    while (j < end && xOf(times[j]) - x0 < params.foldPx) ++j;
    TimelineMarker& m = out.markers.emplace_back();
    m.first = i;
    m.count = j - i;
    m.x = (x0 + xOf(times[j - 1])) * 0.5f;
    if (m.count > 1)
      m.labelWidth = params.clusterLabelWidthPx;
    else
      m.labelWidth = static_cast<std::size_t>(i) < labelWidthCount ? labelWidths[i]
                                                                   : params.defaultLabelWidthPx;
    i = j;
  }

  // Lanes: each label goes to the lowest lane whose last label ends before it starts.
  const int lanes = std::clamp(params.maxLanes, 0, kLaneCap);
  float laneEnd[kLaneCap];
  for (int k = 0; k < lanes; ++k) laneEnd[k] = -1e30f;
  for (TimelineMarker& m : out.markers) {
    m.lane = -1;
    for (int k = 0; k < lanes; ++k) {
      if (m.x >= laneEnd[k]) {
        m.lane = k;
        laneEnd[k] = m.x + m.labelWidth + params.labelGapPx;
        out.lanesUsed = std::max(out.lanesUsed, k + 1);
        break;
      }
    }
    if (m.lane < 0) ++out.hiddenLabels;
  }
}

}  // namespace hs
