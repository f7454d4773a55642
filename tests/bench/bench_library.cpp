// A library of 1,000 and 10,000 generated post-mortems (core/model/generated_library.h):
// summaries and search index built, the dashboard's metrics over the summaries, and search
// latency (median and worst of 20 queries) beside the budget of DESIGN.md §4 (50 ms).
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/analysis/metrics.h"
#include "core/library/postmortem_summary.h"
#include "core/library/search_index.h"
#include "core/model/generated_library.h"
#include "figure.h"

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

const char* const kQueries[] = {
    "checkout", "disk", "certificate expiry", "łukasz", "дмитрий", "山田", "rollback", "e",
    "nothing-matches-this", "canary stage", "timeout", "partner", "replica lagged", "on-call",
    "runbook dashboard", "502", "kafka", "the", "config push", "because the alert"};

void benchLibraryOf(int count) {
  const std::string n = std::to_string(count);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<hs::PostMortemSummary> summaries;
  summaries.reserve(static_cast<std::size_t>(count));
  hs::SearchIndex index;
  std::size_t textBytes = 0;
  for (int i = 0; i < count; ++i) {
    hs::PostMortemSummary s = hs::summarize(hs::generateLibraryPostMortem(i, count, 1));
    textBytes += s.searchText.size();
    index.set(s.id, std::move(s.searchText));
    s.searchText.clear();
    summaries.push_back(std::move(s));
  }
  printFigure("library " + n + ": generate + summarize + index", msSince(t0), "ms", 0);
  printFigure("library " + n + ": search text", static_cast<double>(textBytes) / 1048576.0, "MB", 1);

  t0 = std::chrono::steady_clock::now();
  hs::LibraryMetrics m = hs::computeLibraryMetrics(summaries, 1795996800000);
  printFigure("library " + n + ": dashboard metrics from summaries", msSince(t0), "ms", 1);
  std::printf("library %s: %ld repeat incidents of %ld (90-day window)\n", n.c_str(), m.repeats.repeats.numerator,
              m.repeats.repeats.denominator);

  std::vector<double> samples;
  std::size_t found = 0;
  for (const char* q : kQueries) {
    t0 = std::chrono::steady_clock::now();
    std::vector<hs::SearchHit> hits = index.search(q, 50);
    found += hits.size();
    samples.push_back(msSince(t0));
  }
  double worst = 0;
  for (double s : samples) worst = std::max(worst, s);
  const double budget = count >= 10000 ? 50 : -1;
  printFigure("library " + n + ": search median of 20 queries", medianOf(samples), "ms", 2, budget);
  printFigure("library " + n + ": search worst of 20 queries", worst, "ms", 2, budget);
}

}  // namespace

void benchLibrary() {
  benchLibraryOf(1000);
  benchLibraryOf(10000);
}
