// Facts about the 5-whys tree that the view reads every frame: each node's
// children in sibling order, how many nodes hang below it, and whether it leads
// to a root cause. Built when the document changes, into vectors the caller
// keeps, so a rebuild of the same size does not allocate.
#pragma once

#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct WhyTreeFamily {
  // parent[i]: index of node i's parent; -1 for a root or a node whose parent is missing.
  std::vector<int> parent;
  // Children of node i, ordered by WhyNode::order (stable): childList[childStart[i] .. childStart[i+1]).
  std::vector<int> childStart, childList;
  std::vector<int> descendantCount;
  // The node or one of its descendants is marked as a root cause.
  std::vector<unsigned char> onRootCausePath;

  int childCount(int i) const { return childStart[i + 1] - childStart[i]; }
};

// `parents` as resolveWhyParents (core/layout/tree_layout.h) gives them: an
// index, -1 for a root, anything else out of range for a missing parent.
// A cycle in the parent links does not loop: each walk up stops after n steps.
void buildWhyTreeFamily(const PostMortem& doc, const std::vector<int>& parents, WhyTreeFamily& out);

}  // namespace hs
