#include "core/layout/tree_layout.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace hs {
namespace {
constexpr int kNone = -1;
}

void resolveWhyParents(const PostMortem& doc, std::vector<int>& parents) {
  std::unordered_map<std::string_view, int> indexOf;
  indexOf.reserve(doc.whyNodes.size());
  for (std::size_t i = 0; i < doc.whyNodes.size(); ++i)
    indexOf.emplace(doc.whyNodes[i].id, static_cast<int>(i));
  parents.assign(doc.whyNodes.size(), -1);
  for (std::size_t i = 0; i < doc.whyNodes.size(); ++i) {
    const Id& parentId = doc.whyNodes[i].parentId;
    if (parentId.empty()) continue;
    auto it = indexOf.find(parentId);
    parents[i] = (it == indexOf.end() || it->second == static_cast<int>(i)) ? kMissingParent
                                                                           : it->second;
  }
}

// Children lists in compressed form, sorted by (order, index), with hidden
// subtrees (under collapsed nodes) left out. The virtual super-root n parents
// every root.
void TreeLayouter::buildChildren(const std::vector<TreeLayoutNode>& nodes) {
  const int n = static_cast<int>(nodes.size());
  parentOf.assign(n + 1, kNone);
  childStart.assign(n + 2, 0);
  for (int i = 0; i < n; ++i) {
    int p = nodes[i].parent;
    if (p == -1) p = n;
    else if (p < 0 || p >= n || p == i || nodes[p].collapsed) continue;
    parentOf[i] = p;
    ++childStart[p + 1];
  }
  for (int v = 0; v <= n; ++v) childStart[v + 1] += childStart[v];
  childList.resize(childStart[n + 1]);
  fill.assign(childStart.begin(), childStart.end() - 1);
  for (int i = 0; i < n; ++i)
    if (parentOf[i] != kNone) childList[fill[parentOf[i]]++] = i;
  // Sort each sibling group by (order, index): one key per child, sorted in place.
  sortKeys.resize(childList.size());
  for (int v = 0; v <= n; ++v) {
    int b = childStart[v], e = childStart[v + 1];
    if (e - b < 2) continue;
    bool sorted = true;
    for (int k = b + 1; k < e && sorted; ++k)
      sorted = nodes[childList[k - 1]].order <= nodes[childList[k]].order;
    if (sorted) continue;  // indices are already ascending within a group
    for (int k = b; k < e; ++k)
      // order * 2^32 + index: a multiplication, as shifting a negative order is undefined.
      sortKeys[k] = static_cast<std::int64_t>(nodes[childList[k]].order) * (std::int64_t{1} << 32) +
                    static_cast<std::uint32_t>(childList[k]);
    std::sort(sortKeys.begin() + b, sortKeys.begin() + e);
    for (int k = b; k < e; ++k) childList[k] = static_cast<int>(sortKeys[k] & 0xffffffff);
  }
}

double TreeLayouter::distance(int a, int b) const {
  bool siblings = parentOf[a] == parentOf[b] && parentOf[a] != static_cast<int>(breadth.size()) - 1;
  double gap = siblings ? siblingGap : subtreeGap;
  return (breadth[a] + breadth[b]) * 0.5 + gap;
}

int TreeLayouter::nextLeft(int v) const {
  return childStart[v] < childStart[v + 1] ? childList[childStart[v]] : thread[v];
}

int TreeLayouter::nextRight(int v) const {
  return childStart[v] < childStart[v + 1] ? childList[childStart[v + 1] - 1] : thread[v];
}

void TreeLayouter::moveSubtree(int wl, int wr, double amount) {
  double subtrees = number[wr] - number[wl];
  change[wr] -= amount / subtrees;
  shift[wr] += amount;
  change[wl] += amount / subtrees;
  prelim[wr] += amount;
  mod[wr] += amount;
}

void TreeLayouter::executeShifts(int v) {
  double s = 0, c = 0;
  for (int k = childStart[v + 1] - 1; k >= childStart[v]; --k) {
    int w = childList[k];
    prelim[w] += s;
    mod[w] += s;
    c += change[w];
    s += shift[w] + c;
  }
}

// Buchheim et al.'s APPORTION: pushes v's subtree right until its left contour
// clears the right contour of its left siblings' forest, level by level.
int TreeLayouter::apportion(int v, int defaultAncestor) {
  int k = number[v];
  if (k == 0) return defaultAncestor;
  int p = parentOf[v];
  int vir = v, vor = v;
  int vil = childList[childStart[p] + k - 1];
  int vol = childList[childStart[p]];
  double sir = mod[vir], sor = mod[vor], sil = mod[vil], sol = mod[vol];
  while (nextRight(vil) != kNone && nextLeft(vir) != kNone) {
    vil = nextRight(vil);
    vir = nextLeft(vir);
    vol = nextLeft(vol);
    vor = nextRight(vor);
    ancestor[vor] = v;
    double push = (prelim[vil] + sil) - (prelim[vir] + sir) + distance(vil, vir);
    if (push > 0) {
      int a = parentOf[ancestor[vil]] == p ? ancestor[vil] : defaultAncestor;
      moveSubtree(a, v, push);
      sir += push;
      sor += push;
    }
    sil += mod[vil];
    sir += mod[vir];
    sol += mod[vol];
    sor += mod[vor];
  }
  if (nextRight(vil) != kNone && nextRight(vor) == kNone) {
    thread[vor] = nextRight(vil);
    mod[vor] += sil - sor;
  }
  if (nextLeft(vir) != kNone && nextLeft(vol) == kNone) {
    thread[vol] = nextLeft(vir);
    mod[vol] += sir - sol;
    defaultAncestor = v;
  }
  return defaultAncestor;
}

// Places v's children (whose own subtrees are already shaped) side by side and
// records the midpoint v will be centred on.
void TreeLayouter::firstWalkChildren(int v) {
  int b = childStart[v], e = childStart[v + 1];
  if (b == e) return;
  int defaultAncestor = childList[b];
  for (int k = b; k < e; ++k) {
    int w = childList[k];
    bool leaf = childStart[w] == childStart[w + 1];
    if (k > b) {
      int left = childList[k - 1];
      prelim[w] = prelim[left] + distance(left, w);
      if (!leaf) mod[w] = prelim[w] - midpoint[w];
    } else {
      prelim[w] = leaf ? 0.0 : midpoint[w];
    }
    defaultAncestor = apportion(w, defaultAncestor);
  }
  executeShifts(v);
  midpoint[v] = (prelim[childList[b]] + prelim[childList[e - 1]]) * 0.5;
}

void TreeLayouter::layout(const std::vector<TreeLayoutNode>& nodes,
                          const TreeLayoutParams& params, TreeLayoutResult& out) {
  const int n = static_cast<int>(nodes.size());
  const bool topDown = params.orientation == TreeOrientation::TopDown;
  siblingGap = params.siblingGap;
  subtreeGap = params.subtreeGap;
  buildChildren(nodes);

  // Breadth-first order from the super-root: gives depths, and reversed it
  // visits every node after all of its descendants.
  bfs.clear();
  bfs.reserve(n + 1);
  depth.assign(n + 1, -1);
  bfs.push_back(n);
  for (std::size_t head = 0; head < bfs.size(); ++head) {
    int v = bfs[head];
    for (int k = childStart[v]; k < childStart[v + 1]; ++k) {
      int w = childList[k];
      depth[w] = depth[v] + 1;
      bfs.push_back(w);
    }
  }

  breadth.assign(n + 1, 0.0);
  number.assign(n + 1, 0);
  for (int i = 0; i < n; ++i) breadth[i] = topDown ? nodes[i].width : nodes[i].height;
  for (int v = 0; v <= n; ++v)
    for (int k = childStart[v]; k < childStart[v + 1]; ++k) number[childList[k]] = k - childStart[v];
  prelim.assign(n + 1, 0.0);
  mod.assign(n + 1, 0.0);
  shift.assign(n + 1, 0.0);
  change.assign(n + 1, 0.0);
  midpoint.assign(n + 1, 0.0);
  thread.assign(n + 1, kNone);
  ancestor.resize(n + 1);
  for (int v = 0; v <= n; ++v) ancestor[v] = v;

  for (auto it = bfs.rbegin(); it != bfs.rend(); ++it) firstWalkChildren(*it);

  // Second walk: absolute breadth = prelim + sum of the ancestors' mods. The
  // super-root sits at its midpoint; anchor so the first root is centred on 0.
  accumulated.assign(n + 1, 0.0);
  prelim[n] = midpoint[n];
  for (int v : bfs)
    for (int k = childStart[v]; k < childStart[v + 1]; ++k)
      accumulated[childList[k]] = accumulated[v] + mod[v];
  double anchor = 0;
  if (childStart[n] < childStart[n + 1]) {
    int firstRoot = childList[childStart[n]];
    anchor = prelim[firstRoot] + accumulated[firstRoot];
  }

  // Rows (columns): each as deep as its deepest box.
  int levels = 0;
  for (int v : bfs) levels = std::max(levels, depth[v] + 1);
  band.assign(std::max(levels, 1), 0.f);
  for (std::size_t i = 1; i < bfs.size(); ++i) {
    int v = bfs[i];
    float extent = topDown ? nodes[v].height : nodes[v].width;
    band[depth[v]] = std::max(band[depth[v]], extent);
  }
  bandOffset.assign(band.size(), 0.f);
  for (std::size_t d = 1; d < band.size(); ++d)
    bandOffset[d] = bandOffset[d - 1] + band[d - 1] + params.levelGap;

  out.nodes.assign(n, TreeNodePlacement{});
  out.visibleCount = 0;
  float inf = std::numeric_limits<float>::infinity();
  out.minX = out.minY = inf;
  out.maxX = out.maxY = -inf;
  for (std::size_t i = 1; i < bfs.size(); ++i) {
    int v = bfs[i];
    float centre = static_cast<float>(prelim[v] + accumulated[v] - anchor);
    TreeNodePlacement& p = out.nodes[v];
    p.depth = depth[v];
    p.visible = true;
    if (topDown) {
      p.x = centre - nodes[v].width * 0.5f;
      p.y = bandOffset[p.depth];
    } else {
      p.x = bandOffset[p.depth];
      p.y = centre - nodes[v].height * 0.5f;
    }
    out.minX = std::min(out.minX, p.x);
    out.minY = std::min(out.minY, p.y);
    out.maxX = std::max(out.maxX, p.x + nodes[v].width);
    out.maxY = std::max(out.maxY, p.y + nodes[v].height);
    ++out.visibleCount;
  }
  if (out.visibleCount == 0) out.minX = out.minY = out.maxX = out.maxY = 0;
}

}  // namespace hs
