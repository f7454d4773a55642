// Tidy layout of the 5-whys tree (Walker's algorithm with Buchheim, Jünger and
// Leipert's linear-time improvements), layered: every node of one depth shares a
// row (top-down) or a column (left-to-right).
//
// Geometry is in world units. Output positions are the TOP-LEFT corner of each
// box; the first root's box is centred on breadth 0 and its row/column starts at
// depth 0, so coordinates are relative to the root (x = 0 is the root's centre
// line in top-down mode, y = 0 its centre line in left-to-right mode).
//
// Guarantees: parents are centred over their first and last visible child; no
// two visible boxes overlap (siblings are at least siblingGap apart, any other
// neighbours on a row at least subtreeGap); small subtrees between large ones
// are spread evenly, so a mirror-symmetric tree gives a mirror-symmetric layout.
//
// Stability: each subtree is shaped bottom-up from its own nodes only, so adding
// a leaf never changes relative positions inside any subtree that does not
// contain it (such a subtree moves rigidly, if at all). When the new leaf fits
// without pushing its ancestors' subtrees apart, nothing to the left of it moves
// relative to the root. When it does push a subtree right by s, centring moves
// that subtree's parent by s/2 — the unavoidable cost of centred parents.
//
// Cost: O(n) plus sorting siblings by order. A TreeLayouter keeps its scratch
// buffers, so re-running it every frame on a tree of the same size allocates
// nothing.
#pragma once

#include <cstdint>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct TreeLayoutNode {
  int parent = -1;  // index into the node array; -1 for a root; out of range = hidden
  int order = 0;    // position among siblings, ascending (ties keep index order)
  float width = 0;  // box size in world units
  float height = 0;
  bool collapsed = false;  // the node is shown, its descendants are hidden
};

enum class TreeOrientation { TopDown, LeftToRight };

struct TreeLayoutParams {
  float siblingGap = 16.f;  // between boxes of the same parent, along a row
  float subtreeGap = 32.f;  // between boxes of different parents, along a row
  float levelGap = 48.f;    // between consecutive rows (top-down) / columns (left-to-right)
  TreeOrientation orientation = TreeOrientation::TopDown;
};

struct TreeNodePlacement {
  float x = 0, y = 0;    // top-left corner of the box; undefined when !visible
  int depth = -1;        // 0 for roots; -1 when hidden
  bool visible = false;  // false under a collapsed node, or unreachable from a root
};

struct TreeLayoutResult {
  std::vector<TreeNodePlacement> nodes;  // same indices as the input
  float minX = 0, minY = 0, maxX = 0, maxY = 0;  // bounds of visible boxes (all 0 if none)
  int visibleCount = 0;
};

class TreeLayouter {
 public:
  // Several roots are laid out side by side as a forest (subtreeGap apart).
  // Nodes on a parent cycle are unreachable and reported hidden.
  void layout(const std::vector<TreeLayoutNode>& nodes, const TreeLayoutParams& params,
              TreeLayoutResult& out);

 private:
  void buildChildren(const std::vector<TreeLayoutNode>& nodes);
  void firstWalkChildren(int v);
  int apportion(int v, int defaultAncestor);
  void moveSubtree(int wl, int wr, double shift);
  void executeShifts(int v);
  double distance(int a, int b) const;
  int nextLeft(int v) const;
  int nextRight(int v) const;

  // Children of node v (the virtual super-root is index n) are
  // childList[childStart[v] .. childStart[v+1]).
  std::vector<int> childStart, childList, fill;
  std::vector<std::int64_t> sortKeys;
  std::vector<int> parentOf, number, bfs, thread, ancestor, depth;
  std::vector<double> breadth, prelim, mod, shift, change, midpoint, accumulated;
  std::vector<float> band, bandOffset;
  float siblingGap = 0, subtreeGap = 0;
};

// Builds layout input from a post-mortem's why nodes: indices follow
// doc.whyNodes; children are ordered by `order`; the node with an empty parentId
// is a root; a node whose parent id is missing (and its descendants) is left
// out (parent = out of range, reported hidden). Sizes come from sizeOf(node),
// collapse state from isCollapsed(node) — both supplied by the view. It builds
// an id index (allocates): call it when the document or a size changes, not per frame.
template <class SizeFn, class CollapsedFn>
void makeTreeLayoutInput(const PostMortem& doc, SizeFn sizeOf, CollapsedFn isCollapsed,
                         std::vector<TreeLayoutNode>& out);

// Maps parent ids to indices (helper of makeTreeLayoutInput; exposed for tests).
// parents[i] = index of doc.whyNodes[i]'s parent, -1 for a root, kMissingParent
// when the parent id is not in the document (or is the node itself).
constexpr int kMissingParent = -2;
void resolveWhyParents(const PostMortem& doc, std::vector<int>& parents);

template <class SizeFn, class CollapsedFn>
void makeTreeLayoutInput(const PostMortem& doc, SizeFn sizeOf, CollapsedFn isCollapsed,
                         std::vector<TreeLayoutNode>& out) {
  std::vector<int> parents;
  resolveWhyParents(doc, parents);
  out.resize(doc.whyNodes.size());
  for (std::size_t i = 0; i < doc.whyNodes.size(); ++i) {
    const WhyNode& node = doc.whyNodes[i];
    TreeLayoutNode& in = out[i];
    in.parent = parents[i];
    in.order = node.order;
    auto size = sizeOf(node);  // anything with .x and .y (ImVec2, a small struct)
    in.width = static_cast<float>(size.x);
    in.height = static_cast<float>(size.y);
    in.collapsed = isCollapsed(node);
  }
}

}  // namespace hs
