// Tree layout bench: 5,000 why-nodes with random branching and sizes.
// Budget (DESIGN.md): well under the 4 ms frame; target <= 5 ms natively for a
// full layout from scratch, which only runs when the tree or a size changes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <random>
#include <vector>

#include "figure.h"
#include "core/layout/time_ticks.h"
#include "core/layout/timeline_layout.h"
#include "core/layout/tree_layout.h"

namespace {

std::vector<hs::TreeLayoutNode> randomTree(int n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<hs::TreeLayoutNode> nodes(n);
  for (int i = 0; i < n; ++i) {
    // Mostly recent parents (realistic depth), sometimes any earlier node.
    int parent = rng() % 4 == 0 ? static_cast<int>(rng() % std::max(i, 1))
                                : std::max(0, i - 1 - static_cast<int>(rng() % 20));
    nodes[i].parent = i == 0 ? -1 : parent;
    nodes[i].order = static_cast<int>(rng() % 8);
    nodes[i].width = 80.f + static_cast<float>(rng() % 160);
    nodes[i].height = 30.f + static_cast<float>(rng() % 50);
  }
  return nodes;
}

}  // namespace

void benchLayout() {
  using Clock = std::chrono::steady_clock;
  const int kNodes = 5000;
  const int kRuns = 51;
  auto nodes = randomTree(kNodes, 12345);
  hs::TreeLayouter layouter;
  hs::TreeLayoutResult result;
  hs::TreeLayoutParams params;

  std::vector<double> cold, warm;
  for (int run = 0; run < kRuns; ++run) {
    hs::TreeLayouter fresh;  // first layout: buffers allocated
    hs::TreeLayoutResult freshOut;
    auto t0 = Clock::now();
    fresh.layout(nodes, params, freshOut);
    cold.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());

    auto t1 = Clock::now();
    layouter.layout(nodes, params, result);  // buffers reused
    warm.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t1).count());
  }
  printFigure("tree layout, " + std::to_string(kNodes) + " nodes, buffers reused", medianOf(warm), "ms", 3, 5);
  printFigure("tree layout, " + std::to_string(kNodes) + " nodes, from scratch", medianOf(cold), "ms", 3, 5);
  printFigure("tree layout, nodes placed", result.visibleCount, "nodes", 0);
}

// Per-frame timeline work with 10,000 events all in view (the DESIGN.md frame
// scenario): folding + lanes, and the axis ticks.
void benchTimelineLayout() {
  using Clock = std::chrono::steady_clock;
  const int kEvents = 10000;
  const int kRuns = 201;
  std::mt19937 rng(99);
  std::vector<hs::TimeMs> times;
  std::vector<float> widths;
  hs::TimeMs t = 1768435200000;
  for (int i = 0; i < kEvents; ++i) {
    t += rng() % 20000;
    times.push_back(t);
    widths.push_back(40.f + static_cast<float>(rng() % 200));
  }
  hs::TimelineView view{times.front(), 1600.0 / static_cast<double>(t - times.front()), 1600};
  hs::TimelineLayoutParams params;
  hs::TimelineLayoutResult result;
  hs::TimeAxisTicks axis;
  std::vector<double> layoutMs, ticksMs;
  // A zoomed-in view too (few hundred events visible, little folding).
  hs::TimelineView zoomed{times[5000], 1600.0 / (30 * hs::kMinute), 1600};
  std::vector<double> zoomedMs;
  for (int run = 0; run < kRuns; ++run) {
    auto t0 = Clock::now();
    hs::layoutTimeline(times, widths, view, params, result);
    auto t1 = Clock::now();
    hs::computeTimeAxis(view.t0, view.t0 + static_cast<hs::TimeMs>(1600 / view.pxPerMs), 1600,
                        hs::TimeAxisParams{}, axis);
    auto t2 = Clock::now();
    layoutMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    ticksMs.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
  }
  std::size_t fullMarkers = result.markers.size();
  for (int run = 0; run < kRuns; ++run) {
    auto t0 = Clock::now();
    hs::layoutTimeline(times, widths, zoomed, params, result);
    zoomedMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  printFigure("timeline fold + lanes, 10000 events in view", medianOf(layoutMs), "ms", 4);
  printFigure("timeline markers after folding, 10000 events in view", static_cast<double>(fullMarkers), "markers", 0);
  printFigure("timeline fold + lanes, zoomed to 30 min", medianOf(zoomedMs), "ms", 4);
  printFigure("timeline axis ticks", medianOf(ticksMs), "ms", 4);
}
