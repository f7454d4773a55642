#include "core/layout/why_tree_family.h"

#include <algorithm>

namespace hs {

void buildWhyTreeFamily(const PostMortem& doc, const std::vector<int>& parents, WhyTreeFamily& out) {
  const int n = static_cast<int>(doc.whyNodes.size());
  out.parent.assign(n, -1);
  for (int i = 0; i < n && i < static_cast<int>(parents.size()); ++i) {
    int p = parents[i];
    out.parent[i] = (p >= 0 && p < n && p != i) ? p : -1;
  }

  // Counting sort by parent, then each run ordered by `order`.
  out.childStart.assign(n + 1, 0);
  for (int i = 0; i < n; ++i)
    if (out.parent[i] >= 0) ++out.childStart[out.parent[i] + 1];
  for (int i = 0; i < n; ++i) out.childStart[i + 1] += out.childStart[i];
  out.childList.resize(out.childStart[n]);
  // descendantCount doubles as the fill cursor here; it is reset below.
  out.descendantCount.assign(out.childStart.begin(), out.childStart.begin() + n);
  for (int i = 0; i < n; ++i)
    if (out.parent[i] >= 0) out.childList[out.descendantCount[out.parent[i]]++] = i;
  for (int i = 0; i < n; ++i)
    std::stable_sort(out.childList.begin() + out.childStart[i], out.childList.begin() + out.childStart[i + 1],
                     [&](int a, int c) { return doc.whyNodes[a].order < doc.whyNodes[c].order; });

  out.descendantCount.assign(n, 0);
  out.onRootCausePath.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    // Walk up once per node: O(n * depth), fine for trees of whys.
    bool rootCause = doc.whyNodes[i].rootCause;
    if (rootCause) out.onRootCausePath[i] = 1;
    int steps = 0;
    for (int p = out.parent[i]; p >= 0 && steps < n; p = out.parent[p], ++steps) {
      ++out.descendantCount[p];
      if (rootCause) out.onRootCausePath[p] = 1;
    }
  }
}

}  // namespace hs
