// The merge properties (tests/fuzz/merge_properties.h) on seeded random edit pairs.
#include <doctest/doctest.h>

#include <random>

#include "../fuzz/merge_edits.h"
#include "../fuzz/merge_properties.h"
#include "core/model/generated_document.h"
#include "io_test_support.h"

using namespace hs;

namespace {

std::string runSeed(unsigned seed, const PostMortem& base, int edits) {
  std::mt19937 rng(seed);
  std::vector<std::uint8_t> bytes(4096);
  for (auto& byte : bytes) byte = static_cast<std::uint8_t>(rng());
  fuzz::ByteSource in(bytes.data(), bytes.size());
  PostMortem a = base, b = base;
  fuzz::randomEdits(a, in, edits, "a", base.updated + kDay);
  fuzz::randomEdits(b, in, edits, "b", base.updated + kDay + 500);
  return fuzz::mergeProperties(base, a, b);
}

}  // namespace

TEST_CASE("merge: properties hold for 300 random edit pairs of the sample document") {
  const PostMortem base = hs::testing::sampleDoc();
  for (unsigned seed = 1; seed <= 300; ++seed) {
    INFO("seed " << seed);
    CHECK(runSeed(seed, base, 1 + seed % 10) == "");
  }
}

TEST_CASE("merge: properties hold for random edit pairs of a generated document") {
  const PostMortem base = generatePostMortem(40, 60, 3);
  for (unsigned seed = 1; seed <= 60; ++seed) {
    INFO("seed " << seed);
    CHECK(runSeed(1000 + seed, base, 12) == "");
  }
}

TEST_CASE("merge: the property checker reports a lost element and an unlisted conflict") {
  const PostMortem base = hs::testing::sampleDoc();
  PostMortem a = base, b = base;
  b.events[3].text = "Error rate normal at 15:20";
  a.events[3].text = "Resolved";
  MergeResult r = mergePostMortems(base, a, b);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(fuzz::mergecheck::elementsChecked(r, ConflictElement::Event, base.events, a.events, b.events,
                                          r.doc.events) == "");
  MergeResult unlisted = r;
  unlisted.conflicts.clear();
  CHECK(fuzz::mergecheck::elementsChecked(unlisted, ConflictElement::Event, base.events, a.events, b.events,
                                          unlisted.doc.events) == "a conflict not listed: event ev-4 text");
  MergeResult lost = r;
  lost.doc.events.pop_back();
  CHECK(fuzz::mergecheck::elementsChecked(lost, ConflictElement::Event, base.events, a.events, b.events,
                                          lost.doc.events) == "an element of one side is lost: event ev-4");
}
