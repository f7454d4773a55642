// Three-way merge of long texts and of lists (core/merge/text_merge.h, sequence_merge.h).
#include <doctest/doctest.h>

#include "core/merge/diff3.h"
#include "core/merge/sequence_merge.h"
#include "core/merge/text_merge.h"

using namespace hs;

TEST_CASE("merge: lcsMatches pairs the longest common subsequence") {
  // a = x y z w, b = y q z: y and z are common.
  auto m = lcsMatches({1, 2, 3, 4}, {2, 9, 3});
  CHECK(m == std::vector<int>{-1, 0, 2, -1});
  CHECK(lcsMatches({}, {1}).empty());
  CHECK(lcsMatches({1, 2}, {}) == std::vector<int>{-1, -1});
  CHECK(lcsMatches({5, 6, 7}, {5, 6, 7}) == std::vector<int>{0, 1, 2});
}

TEST_CASE("merge: diff3 splits stable and changed chunks") {
  // base a b c, ours a X c, theirs a b c Y.
  auto chunks = diff3({1, 2, 3}, {1, 9, 3}, {1, 2, 3, 8});
  REQUIRE(chunks.size() == 4);
  CHECK(chunks[0].stable);
  CHECK((chunks[0].baseBegin == 0 && chunks[0].baseEnd == 1));
  CHECK_FALSE(chunks[1].stable);
  CHECK((chunks[1].baseBegin == 1 && chunks[1].baseEnd == 2 && chunks[1].oursBegin == 1 &&
         chunks[1].oursEnd == 2 && chunks[1].theirsBegin == 1 && chunks[1].theirsEnd == 2));
  CHECK(chunks[2].stable);
  CHECK_FALSE(chunks[3].stable);
  CHECK((chunks[3].baseBegin == 3 && chunks[3].theirsBegin == 3 && chunks[3].theirsEnd == 4 &&
         chunks[3].oursBegin == 3 && chunks[3].oursEnd == 3));
}

TEST_CASE("merge: text changes in different lines merge") {
  const char* base = "Detected by an alert.\nPaged the on-call.\nRolled back.\n";
  const char* ours = "Detected by a customer.\nPaged the on-call.\nRolled back.\n";
  const char* theirs = "Detected by an alert.\nPaged the on-call.\nRolled back at 15:20.\nWrote a note.\n";
  TextMerge m = mergeText(base, ours, theirs);
  CHECK_FALSE(m.conflict);
  CHECK(m.text == "Detected by a customer.\nPaged the on-call.\nRolled back at 15:20.\nWrote a note.\n");
  // Swapping the sides gives the same text.
  CHECK(mergeText(base, theirs, ours).text == m.text);
}

TEST_CASE("merge: text changes of the same line conflict and keep ours") {
  const char* base = "one\ntwo\nthree\n";
  TextMerge m = mergeText(base, "one\nTWO\nthree\n", "one\n2\nthree\n");
  CHECK(m.conflict);
  CHECK(m.text == "one\nTWO\nthree\n");
  // Adjacent lines are one change region too.
  CHECK(mergeText(base, "ONE\ntwo\nthree\n", "one\n2\nthree\n").conflict);
  // The same change on both sides is taken once.
  TextMerge same = mergeText(base, "one\nTWO\nthree\n", "one\nTWO\nthree\n");
  CHECK_FALSE(same.conflict);
  CHECK(same.text == "one\nTWO\nthree\n");
}

TEST_CASE("merge: a single paragraph merges word by word") {
  const char* base = "Checkout returned errors for 48 minutes.";
  TextMerge m = mergeText(base, "Checkout returned 5xx errors for 48 minutes.",
                          "Checkout returned errors for 52 minutes.");
  CHECK_FALSE(m.conflict);
  CHECK(m.text == "Checkout returned 5xx errors for 52 minutes.");
  // Both changed the same word.
  CHECK(mergeText(base, "Checkout returned errors for 50 minutes.", "Checkout returned errors for 52 minutes.")
            .conflict);
  // Any script: words are split at ASCII white space only, so bytes of other scripts stay whole.
  TextMerge jp = mergeText("東京 の 障害", "東京 の 大障害", "大阪 の 障害");
  CHECK_FALSE(jp.conflict);
  CHECK(jp.text == "大阪 の 大障害");
}

TEST_CASE("merge: unchanged sides and empty texts") {
  CHECK(mergeText("a", "b", "a").text == "b");
  CHECK(mergeText("a", "a", "b").text == "b");
  CHECK(mergeText("a", "a", "a").text == "a");
  CHECK(mergeText("", "x\n", "").text == "x\n");
  // Both sides wrote into an empty text: a conflict, unless they wrote the same.
  CHECK(mergeText("", "x", "y").conflict);
  CHECK(mergeText("", "x", "x").text == "x");
  // Both deleted different lines of three.
  TextMerge del = mergeText("a\nb\nc\n", "b\nc\n", "a\nb\n");
  CHECK_FALSE(del.conflict);
  CHECK(del.text == "b\n");
}

TEST_CASE("merge: lists merge as sets with deletions honoured") {
  using V = std::vector<std::string>;
  // ours removed "db", theirs added "cache": both taken.
  CHECK(mergeSequence<std::string>(V{"api", "db"}, V{"api"}, V{"api", "db", "cache"}) == V{"api", "cache"});
  // both added at the end: the two additions sort, whichever side is ours.
  V a = mergeSequence<std::string>(V{"x"}, V{"x", "b"}, V{"x", "a"});
  V b = mergeSequence<std::string>(V{"x"}, V{"x", "a"}, V{"x", "b"});
  CHECK(a == V{"x", "a", "b"});
  CHECK(b == a);
  // the same item added on both sides appears once.
  CHECK(mergeSequence<std::string>(V{}, V{"q"}, V{"q"}) == V{"q"});
  // one side reordered, the other unchanged: the reorder is taken exactly.
  CHECK(mergeSequence<std::string>(V{"a", "b", "c"}, V{"c", "a", "b"}, V{"a", "b", "c"}) == V{"c", "a", "b"});
  // a kept item survives its deletion.
  CHECK(mergeSequence<std::string>(V{"a", "b"}, V{"a"}, V{"a", "b"}, {"b"}) == V{"a", "b"});
  // two-way: ours, then what only theirs has.
  CHECK(unionSequence<std::string>(V{"b", "a"}, V{"a", "c"}) == V{"b", "a", "c"});
}
