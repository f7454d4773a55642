// Three-way comparison of token sequences (lines, words, ids): the classic diff3
// split into stable chunks (the same in all three) and changed chunks.
#pragma once

#include <cstddef>
#include <vector>

namespace hs {

// Tokens are compared as small integers (see TokenTable in text_merge.cpp).
using TokenSeq = std::vector<int>;

// For each token of `a`, the index of the token of `b` it is matched with in a
// longest common subsequence, or -1. Matched indices increase. When the two differ
// in more than `maxEdits` tokens (after their common prefix and suffix), the middle
// is left unmatched rather than spending quadratic memory.
std::vector<int> lcsMatches(const TokenSeq& a, const TokenSeq& b, int maxEdits = 1000);

struct Diff3Chunk {
  bool stable = false;  // the same tokens in base, ours and theirs
  std::size_t baseBegin = 0, baseEnd = 0;
  std::size_t oursBegin = 0, oursEnd = 0;
  std::size_t theirsBegin = 0, theirsEnd = 0;
};

// Chunks covering all three sequences in order.
std::vector<Diff3Chunk> diff3(const TokenSeq& base, const TokenSeq& ours, const TokenSeq& theirs);

}  // namespace hs
