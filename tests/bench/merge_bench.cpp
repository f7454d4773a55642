// Merge bench: two teammates' edited copies of the generated ~15,100-element
// document (5,000 why-nodes, 10,000 events, 60 factors, 40 actions) merged
// three-way against the common version, and two-way without it.
#include <chrono>
#include <random>
#include <vector>

#include "../fuzz/merge_edits.h"
#include "core/merge/document_merge.h"
#include "core/model/generated_document.h"
#include "figure.h"

void benchMerge() {
  const hs::PostMortem base = hs::generatePostMortem();
  std::mt19937 rng(11);
  std::vector<std::uint8_t> bytes(1 << 16);
  for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
  hs::fuzz::ByteSource in(bytes.data(), bytes.size());
  hs::PostMortem a = base, b = base;
  hs::fuzz::randomEdits(a, in, 200, "a", base.updated + hs::kDay);
  hs::fuzz::randomEdits(b, in, 200, "b", base.updated + hs::kDay + 500);
  const std::size_t elements = base.events.size() + base.whyNodes.size() + base.factors.size() + base.actions.size();

  auto time = [](auto&& f) {
    std::vector<double> samples;
    for (int i = 0; i < 5; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      f();
      samples.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return medianOf(samples);
  };
  std::size_t conflicts = 0;
  const double threeWay = time([&] { conflicts = hs::mergePostMortems(base, a, b).conflicts.size(); });
  const double twoWay = time([&] { (void)hs::mergePostMortemsTwoWay(a, b); });
  printFigure("merge of two edited copies, " + std::to_string(elements) + " elements, 200 edits each, three-way",
              threeWay, "ms", 1);
  printFigure("  conflicts in that merge", static_cast<double>(conflicts), "", 0);
  printFigure("merge of the same copies, two-way (no common version)", twoWay, "ms", 1);
}
