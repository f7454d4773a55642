#include "core/merge/diff3.h"

#include <algorithm>

namespace hs {
namespace {

// Myers' O((N+M)D) greedy diff over a[lo..hi) and b[lo..hi) (no common prefix or
// suffix), recording the furthest-reaching paths to backtrack the matches.
bool myersMatches(const int* a, int n, const int* b, int m, int maxEdits, int* matchOfA) {
  const int max = std::min(n + m, maxEdits);
  const int offset = max + 1;
  std::vector<int> v(2 * max + 3, 0);
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= max; ++d) {
    trace.emplace_back(v.begin() + (offset - d - 1 < 0 ? 0 : offset - d - 1),
                       v.begin() + std::min<int>(offset + d + 2, static_cast<int>(v.size())));
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                            : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return false;
  // Backtrack: trace[d] holds v before step d, for diagonals -d-1..d+1.
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& prev = trace[d];  // v as it was when step d began
    auto at = [&](int k) { return prev[k + d + 1]; };
    const int k = x - y;
    const bool down = (k == -d || (k != d && at(k - 1) < at(k + 1)));
    const int prevK = down ? k + 1 : k - 1;
    const int prevX = at(prevK);
    const int prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      --x, --y;
      matchOfA[x] = y;
    }
    x = prevX, y = prevY;
  }
  while (x > 0 && y > 0) {
    --x, --y;
    matchOfA[x] = y;
  }
  return true;
}

}  // namespace

std::vector<int> lcsMatches(const TokenSeq& a, const TokenSeq& b, int maxEdits) {
  std::vector<int> match(a.size(), -1);
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) match[pre] = static_cast<int>(pre), ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) {
    match[a.size() - 1 - suf] = static_cast<int>(b.size() - 1 - suf);
    ++suf;
  }
  const int n = static_cast<int>(a.size() - pre - suf);
  const int m = static_cast<int>(b.size() - pre - suf);
  if (n == 0 || m == 0) return match;
  std::vector<int> middle(n, -1);
  if (myersMatches(a.data() + pre, n, b.data() + pre, m, maxEdits, middle.data()))
    for (int i = 0; i < n; ++i)
      if (middle[i] >= 0) match[pre + i] = middle[i] + static_cast<int>(pre);
  return match;
}

std::vector<Diff3Chunk> diff3(const TokenSeq& base, const TokenSeq& ours, const TokenSeq& theirs) {
  const std::vector<int> mo = lcsMatches(base, ours);
  const std::vector<int> mt = lcsMatches(base, theirs);
  std::vector<Diff3Chunk> chunks;
  std::size_t i = 0, j = 0, k = 0;
  const std::size_t nb = base.size(), no = ours.size(), nt = theirs.size();
  while (i < nb || j < no || k < nt) {
    std::size_t n = 0;
    while (i + n < nb && mo[i + n] == static_cast<int>(j + n) && mt[i + n] == static_cast<int>(k + n)) ++n;
    if (n > 0) {
      chunks.push_back({true, i, i + n, j, j + n, k, k + n});
      i += n, j += n, k += n;
      continue;
    }
    // The next base token matched on both sides closes this changed chunk.
    std::size_t b = i;
    while (b < nb && (mo[b] < 0 || mt[b] < 0)) ++b;
    if (b == nb) {
      chunks.push_back({false, i, nb, j, no, k, nt});
      break;
    }
    const std::size_t oj = static_cast<std::size_t>(mo[b]), tk = static_cast<std::size_t>(mt[b]);
    chunks.push_back({false, i, b, j, oj, k, tk});
    i = b, j = oj, k = tk;
  }
  return chunks;
}

}  // namespace hs
