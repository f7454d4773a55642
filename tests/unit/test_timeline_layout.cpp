#include <doctest/doctest.h>

#include <random>

#include "core/layout/timeline_layout.h"

using namespace hs;

namespace {
constexpr TimeMs kT = 1768487520000;  // 2026-01-15T14:32:00Z
}

TEST_CASE("timeline: visible range by binary search") {
  std::vector<TimeMs> times = {0, 10, 20, 20, 30, 40, 50};
  CHECK(visibleEventRange(times.data(), times.size(), 15, 45) == std::make_pair(2, 6));
  CHECK(visibleEventRange(times.data(), times.size(), 20, 20) == std::make_pair(2, 4));
  CHECK(visibleEventRange(times.data(), times.size(), -5, 100) == std::make_pair(0, 7));
  CHECK(visibleEventRange(times.data(), times.size(), 51, 100) == std::make_pair(7, 7));
  CHECK(visibleEventRange(times.data(), 0, 0, 100) == std::make_pair(0, 0));

  TimelineView view{10, 1.0, 30};  // shows [10, 40]
  TimelineLayoutResult out;
  layoutTimeline(times, {}, view, TimelineLayoutParams{}, out);
  CHECK(out.firstVisible == 1);
  CHECK(out.endVisible == 6);
  REQUIRE(out.markers.size() == 4);  // 10 | 20 20 (folded) | 30 | 40
  CHECK(out.markers[1].first == 2);
  CHECK(out.markers[1].count == 2);
  CHECK(out.markers[1].x == 10.f);
  CHECK(out.markers[0].x == 0.f);

  TimelineLayoutParams margin;
  margin.marginPx = 10;
  layoutTimeline(times, {}, view, margin, out);
  CHECK(out.firstVisible == 0);  // the event at 0 is 10 px left of the edge
}

TEST_CASE("timeline: folding 1000 events within a minute at low zoom") {
  std::vector<TimeMs> times;
  for (int i = 0; i < 1000; ++i) times.push_back(kT + i * 60);  // 60 ms apart
  TimelineLayoutResult out;
  // One day over 1000 px: the whole minute is 0.7 px wide.
  TimelineView day{kT - 12 * kHour, 1000.0 / kDay, 1000};
  layoutTimeline(times, {}, day, TimelineLayoutParams{}, out);
  REQUIRE(out.markers.size() == 1);
  CHECK(out.markers[0].first == 0);
  CHECK(out.markers[0].count == 1000);
  CHECK(out.markers[0].x == doctest::Approx(500 + 59940 / 2 * 1000.0 / kDay).epsilon(1e-5));
  CHECK(out.markers[0].labelWidth == 70.f);
  CHECK(out.markers[0].lane == 0);

  // One minute over 1000 px: 1 px apart, so clusters of 4 (foldPx = 4).
  TimelineView minute{kT, 1000.0 / kMinute, 1000};
  layoutTimeline(times, {}, minute, TimelineLayoutParams{}, out);
  CHECK(out.markers.size() == 250);
  CHECK(out.markers[1].first == 4);
  CHECK(out.markers[1].count == 4);

  // One second over 1000 px: 60 px apart, every event its own marker.
  TimelineView second{kT, 1.0, 1000};
  layoutTimeline(times, {}, second, TimelineLayoutParams{}, out);
  CHECK(out.firstVisible == 0);
  CHECK(out.endVisible == 17);  // 0, 60, ..., 960 ms
  REQUIRE(out.markers.size() == 17);
  for (int i = 0; i < 17; ++i) {
    CHECK(out.markers[i].first == i);
    CHECK(out.markers[i].count == 1);
    CHECK(out.markers[i].x == doctest::Approx(60.0 * i));
  }
}

TEST_CASE("timeline: label lanes by hand") {
  // Events at x = 0, 50, 100, 130, 400 with label widths 80, 80, 20, 80, 10; gap 8.
  std::vector<TimeMs> times = {0, 50, 100, 130, 400};
  std::vector<float> widths = {80, 80, 20, 80, 10};
  TimelineView view{0, 1.0, 1000};
  TimelineLayoutParams params;
  params.maxLanes = 2;
  TimelineLayoutResult out;
  layoutTimeline(times, widths, view, params, out);
  REQUIRE(out.markers.size() == 5);
  CHECK(out.markers[0].lane == 0);  // lane 0 busy until 88
  CHECK(out.markers[1].lane == 1);  // lane 1 busy until 138
  CHECK(out.markers[2].lane == 0);  // 100 >= 88; lane 0 busy until 128
  CHECK(out.markers[3].lane == 0);  // 130 >= 128
  CHECK(out.markers[4].lane == 0);
  CHECK(out.lanesUsed == 2);
  CHECK(out.hiddenLabels == 0);

  params.maxLanes = 1;
  layoutTimeline(times, widths, view, params, out);
  CHECK(out.markers[1].lane == -1);  // hidden, but its marker is still there
  CHECK(out.markers.size() == 5);
  CHECK(out.hiddenLabels == 1);
  CHECK(out.lanesUsed == 1);
}

TEST_CASE("timeline: lanes never overlap on random events") {
  std::mt19937 rng(7);
  std::vector<TimeMs> times;
  std::vector<float> widths;
  TimeMs t = kT;
  for (int i = 0; i < 3000; ++i) {
    t += rng() % 5000;
    times.push_back(t);
    widths.push_back(30.f + static_cast<float>(rng() % 200));
  }
  TimelineLayoutParams params;
  params.maxLanes = 5;
  TimelineLayoutResult out;
  for (double pxPerMs : {1000.0 / kHour, 1000.0 / (10 * kMinute), 1.0 / 100}) {
    TimelineView view{kT + 20 * kMinute, pxPerMs, 1200};
    layoutTimeline(times, widths, view, params, out);
    CAPTURE(pxPerMs);
    float laneEnd[5] = {-1e9f, -1e9f, -1e9f, -1e9f, -1e9f};
    int folded = 0, hidden = 0;
    float lastX = -1e9f;
    for (const TimelineMarker& m : out.markers) {
      CHECK(m.x >= lastX);
      lastX = m.x;
      folded += m.count;
      if (m.lane < 0) {
        ++hidden;
        continue;
      }
      REQUIRE(m.lane < 5);
      CHECK(m.x >= laneEnd[m.lane]);
      laneEnd[m.lane] = m.x + m.labelWidth + params.labelGapPx;
    }
    CHECK(folded == out.endVisible - out.firstVisible);  // every visible event in one marker
    CHECK(hidden == out.hiddenLabels);
  }
}

TEST_CASE("timeline: degenerate views") {
  std::vector<TimeMs> times = {1, 2, 3};
  TimelineLayoutResult out;
  layoutTimeline(times, {}, TimelineView{0, 0.0, 100}, TimelineLayoutParams{}, out);
  CHECK(out.markers.empty());
  layoutTimeline(times, {}, TimelineView{0, 1.0, 0}, TimelineLayoutParams{}, out);
  CHECK(out.markers.empty());
  layoutTimeline({}, {}, TimelineView{0, 1.0, 100}, TimelineLayoutParams{}, out);
  CHECK(out.markers.empty());
  TimelineLayoutParams noLanes;
  noLanes.maxLanes = 0;
  layoutTimeline(times, {}, TimelineView{0, 100.0, 1000}, noLanes, out);
  CHECK(out.markers.size() == 3);
  CHECK(out.hiddenLabels == 3);
}
