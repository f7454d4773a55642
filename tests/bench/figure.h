// One benchmark figure per line: "name: value unit", then "(budget: B unit, within|OVER)"
// where DESIGN.md §4 sets a budget. Figures only: nothing fails on a budget.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

// " (native)" or " (wasm)": which build printed the figure.
#ifdef __EMSCRIPTEN__
inline const char* kBenchTarget = " (wasm)";
#else
inline const char* kBenchTarget = " (native)";
#endif

inline void printFigure(const std::string& name, double value, const char* unit, int decimals,
                        double budget = -1) {
  std::printf("%s%s: %.*f %s", name.c_str(), kBenchTarget, decimals, value, unit);
  if (budget >= 0)
    std::printf(" (budget: %g %s, %s)", budget, unit, value <= budget ? "within" : "OVER");
  std::printf("\n");
}

inline double medianOf(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return samples.empty() ? 0 : samples[samples.size() / 2];
}
