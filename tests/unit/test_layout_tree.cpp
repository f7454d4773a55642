#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/layout/tree_layout.h"

using namespace hs;

namespace {

std::vector<TreeLayoutNode> randomTree(int n, unsigned seed, bool variableSizes) {
  std::mt19937 rng(seed);
  std::vector<TreeLayoutNode> nodes(n);
  for (int i = 0; i < n; ++i) {
    // Odd seeds: parents among recent nodes (deep, lopsided trees); even seeds:
    // uniform parents (shallow, wide trees).
    int back = seed % 2 ? static_cast<int>(rng() % 12) : static_cast<int>(rng() % std::max(i, 1));
    nodes[i].parent = i == 0 ? -1 : std::max(0, i - 1 - back);
    nodes[i].order = static_cast<int>(rng() % 5);
    nodes[i].width = variableSizes ? 40.f + static_cast<float>(rng() % 160) : 100.f;
    nodes[i].height = variableSizes ? 20.f + static_cast<float>(rng() % 60) : 40.f;
  }
  return nodes;
}

// Boxes may touch edges within a rounding tolerance, never overlap.
int countOverlaps(const std::vector<TreeLayoutNode>& in, const TreeLayoutResult& out) {
  int overlaps = 0;
  const float eps = 1e-3f;
  for (std::size_t a = 0; a < in.size(); ++a) {
    if (!out.nodes[a].visible) continue;
    for (std::size_t b = a + 1; b < in.size(); ++b) {
      if (!out.nodes[b].visible) continue;
      const auto& pa = out.nodes[a];
      const auto& pb = out.nodes[b];
      bool apart = pa.x + in[a].width <= pb.x + eps || pb.x + in[b].width <= pa.x + eps ||
                   pa.y + in[a].height <= pb.y + eps || pb.y + in[b].height <= pa.y + eps;
      if (!apart) ++overlaps;
    }
  }
  return overlaps;
}

float centreX(const std::vector<TreeLayoutNode>& in, const TreeLayoutResult& out, int i) {
  return out.nodes[i].x + in[i].width * 0.5f;
}
float centreY(const std::vector<TreeLayoutNode>& in, const TreeLayoutResult& out, int i) {
  return out.nodes[i].y + in[i].height * 0.5f;
}

// Checks each visible parent is centred on its first and last visible children.
void checkParentsCentred(const std::vector<TreeLayoutNode>& in, const TreeLayoutResult& out,
                         bool topDown) {
  const int n = static_cast<int>(in.size());
  for (int p = 0; p < n; ++p) {
    if (!out.nodes[p].visible || in[p].collapsed) continue;
    float lo = 1e30f, hi = -1e30f;
    bool any = false;
    for (int c = 0; c < n; ++c) {
      if (in[c].parent != p || !out.nodes[c].visible) continue;
      float m = topDown ? centreX(in, out, c) : centreY(in, out, c);
      lo = std::min(lo, m);
      hi = std::max(hi, m);
      any = true;
    }
    if (!any) continue;
    float mine = topDown ? centreX(in, out, p) : centreY(in, out, p);
    CHECK(mine == doctest::Approx((lo + hi) * 0.5f).epsilon(1e-4));
  }
}

TreeLayoutNode node(int parent, int order, float w = 100, float h = 40) {
  TreeLayoutNode n;
  n.parent = parent;
  n.order = order;
  n.width = w;
  n.height = h;
  return n;
}

}  // namespace

TEST_CASE("layout: tree single node and simple family") {
  TreeLayouter layouter;
  TreeLayoutResult out;
  TreeLayoutParams params;  // sibling 16, subtree 32, level 48
  std::vector<TreeLayoutNode> in = {node(-1, 0)};
  layouter.layout(in, params, out);
  CHECK(out.nodes[0].visible);
  CHECK(out.nodes[0].x == -50.f);  // root centred on x = 0
  CHECK(out.nodes[0].y == 0.f);
  CHECK(out.minX == -50.f);
  CHECK(out.maxX == 50.f);
  CHECK(out.maxY == 40.f);

  // Root with three children of width 100: centres at -116, 0, 116.
  in = {node(-1, 0), node(0, 2), node(0, 0), node(0, 1)};
  layouter.layout(in, params, out);
  CHECK(out.nodes[2].x == -166.f);  // order 0 leftmost
  CHECK(out.nodes[3].x == -50.f);
  CHECK(out.nodes[1].x == 66.f);
  CHECK(out.nodes[1].y == 88.f);  // 40 row + 48 gap
  CHECK(out.nodes[0].x == -50.f);
  CHECK(out.visibleCount == 4);
}

TEST_CASE("layout: tree random trees never overlap and parents are centred") {
  TreeLayouter layouter;  // reused across runs on purpose
  TreeLayoutResult out;
  for (unsigned seed = 1; seed <= 12; ++seed) {
    auto in = randomTree(250, seed, seed % 2 == 0);
    for (int i = 0; i < 250; i += 17) in[i].collapsed = (seed % 3 == 0);
    TreeLayoutParams params;
    params.orientation = seed % 4 == 1 ? TreeOrientation::LeftToRight : TreeOrientation::TopDown;
    layouter.layout(in, params, out);
    CAPTURE(seed);
    CHECK(countOverlaps(in, out) == 0);
    checkParentsCentred(in, out, params.orientation == TreeOrientation::TopDown);
  }
}

TEST_CASE("layout: tree cousins keep the subtree gap, siblings the sibling gap") {
  // root -> A, B; A -> a1, a2; B -> b1. a2 and b1 are cousins on row 2.
  std::vector<TreeLayoutNode> in = {node(-1, 0), node(0, 0), node(0, 1), node(1, 0),
                                    node(1, 1), node(2, 0)};
  TreeLayouter layouter;
  TreeLayoutResult out;
  TreeLayoutParams params;
  params.siblingGap = 10;
  params.subtreeGap = 30;
  layouter.layout(in, params, out);
  CHECK(out.nodes[4].x - (out.nodes[3].x + 100) == doctest::Approx(10));  // a1|a2 siblings
  CHECK(out.nodes[5].x - (out.nodes[4].x + 100) == doctest::Approx(30));  // a2|b1 cousins
  // A centred over a1,a2 (centres 0 and 110 relative) and B over b1.
  CHECK(out.nodes[1].x == doctest::Approx(out.nodes[3].x + 55));
  CHECK(out.nodes[2].x == doctest::Approx(out.nodes[5].x));
  // Root centred over A and B, and at x centre 0.
  CHECK(out.nodes[0].x == doctest::Approx(-50));
  CHECK(centreX(in, out, 0) == doctest::Approx((centreX(in, out, 1) + centreX(in, out, 2)) / 2));
}

TEST_CASE("layout: tree mirror-symmetric tree gives a mirror-symmetric layout") {
  // root -> L, m, R where L and R are mirror images with wide subtrees and m is
  // a leaf squeezed between them (needs the even spreading of small subtrees).
  std::vector<TreeLayoutNode> in = {node(-1, 0)};
  auto add = [&](int parent, int order, float w) {
    in.push_back(node(parent, order, w));
    return static_cast<int>(in.size()) - 1;
  };
  int L = add(0, 0, 80), m1 = add(0, 1, 60), m2 = add(0, 2, 60), R = add(0, 3, 80);
  int l1 = add(L, 0, 120), l2 = add(L, 1, 50), l3 = add(L, 2, 90);
  int r1 = add(R, 0, 90), r2 = add(R, 1, 50), r3 = add(R, 2, 120);
  int l3a = add(l3, 0, 70), l3b = add(l3, 1, 150);
  int r1a = add(r1, 0, 150), r1b = add(r1, 1, 70);
  (void)l1; (void)l2; (void)r2; (void)r3; (void)l3a; (void)l3b; (void)r1a; (void)r1b;
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(in, TreeLayoutParams{}, out);
  CHECK(countOverlaps(in, out) == 0);
  auto mirrorOf = [&](int i) {
    if (i == 0) return 0;
    if (i == L) return R;
    if (i == R) return L;
    if (i == m1) return m2;
    if (i == m2) return m1;
    if (i == l1) return r3;
    if (i == l2) return r2;
    if (i == l3) return r1;
    if (i == r1) return l3;
    if (i == r2) return l2;
    if (i == r3) return l1;
    if (i == l3a) return r1b;
    if (i == l3b) return r1a;
    if (i == r1a) return l3b;
    return l3a;
  };
  for (int i = 0; i < static_cast<int>(in.size()); ++i) {
    CAPTURE(i);
    CHECK(centreX(in, out, i) == doctest::Approx(-centreX(in, out, mirrorOf(i))).epsilon(1e-4));
    CHECK(out.nodes[i].y == out.nodes[mirrorOf(i)].y);
  }
}

TEST_CASE("layout: tree adding a leaf leaves the left part in place") {
  // root -> A (a1, a2), B (b1), C (c1). Add a leaf under B after b1: room is
  // plentiful (wide gaps) so nothing left of it moves relative to the root.
  std::vector<TreeLayoutNode> in = {node(-1, 0), node(0, 0, 300), node(0, 1, 300),
                                    node(0, 2, 300), node(1, 0), node(1, 1),
                                    node(2, 0), node(3, 0)};
  TreeLayouter layouter;
  TreeLayoutResult before, after;
  layouter.layout(in, TreeLayoutParams{}, before);
  in.push_back(node(2, 1));
  layouter.layout(in, TreeLayoutParams{}, after);
  CHECK(countOverlaps(in, after) == 0);
  for (int i : {0, 1, 2, 3, 4, 5, 7}) {
    CAPTURE(i);
    CHECK(after.nodes[i].x == doctest::Approx(before.nodes[i].x));
    CHECK(after.nodes[i].y == doctest::Approx(before.nodes[i].y));
  }
  // b1 and the new leaf are centred under B.
  CHECK(centreX(in, after, 2) ==
        doctest::Approx((centreX(in, after, 6) + centreX(in, after, 8)) / 2));
}

TEST_CASE("layout: tree adding leaves on random trees keeps other subtrees' shapes") {
  TreeLayouter layouter;
  TreeLayoutResult before, after;
  for (unsigned seed = 20; seed < 30; ++seed) {
    auto in = randomTree(120, seed, true);
    layouter.layout(in, TreeLayoutParams{}, before);
    std::mt19937 rng(seed);
    int parent = static_cast<int>(rng() % in.size());
    auto grown = in;
    grown.push_back(node(parent, 1000));
    layouter.layout(grown, TreeLayoutParams{}, after);
    CHECK(countOverlaps(grown, after) == 0);
    // Any subtree not containing the new leaf moves rigidly: each of its nodes
    // keeps its offset from the subtree's root. Check every child-parent pair
    // outside the new leaf's ancestor chain.
    std::vector<bool> onPath(in.size(), false);
    for (int v = parent; v >= 0; v = in[v].parent) onPath[v] = true;
    for (std::size_t c = 1; c < in.size(); ++c) {
      int p = in[c].parent;
      if (onPath[p]) continue;
      float dBefore = before.nodes[c].x - before.nodes[p].x;
      float dAfter = after.nodes[c].x - after.nodes[p].x;
      CHECK(dAfter == doctest::Approx(dBefore).epsilon(1e-4));
    }
  }
}

TEST_CASE("layout: tree collapsed nodes hide their descendants") {
  std::vector<TreeLayoutNode> in = {node(-1, 0), node(0, 0), node(0, 1), node(1, 0),
                                    node(3, 0), node(2, 0)};
  in[1].collapsed = true;
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(in, TreeLayoutParams{}, out);
  CHECK(out.nodes[1].visible);
  CHECK_FALSE(out.nodes[3].visible);
  CHECK_FALSE(out.nodes[4].visible);
  CHECK(out.nodes[3].depth == -1);
  CHECK(out.visibleCount == 4);
  // The collapsed node behaves as a leaf: 1 and 2 side by side, 5 under 2.
  CHECK(out.nodes[2].x - out.nodes[1].x == doctest::Approx(116));
  CHECK(out.nodes[5].x == doctest::Approx(out.nodes[2].x));
  CHECK(out.maxY == doctest::Approx(2 * 88 + 40));
}

TEST_CASE("layout: tree left-to-right swaps the axes") {
  std::vector<TreeLayoutNode> in = {node(-1, 0, 120, 30), node(0, 0, 80, 50),
                                    node(0, 1, 200, 20)};
  TreeLayouter layouter;
  TreeLayoutResult out;
  TreeLayoutParams params;
  params.orientation = TreeOrientation::LeftToRight;
  params.levelGap = 40;
  params.siblingGap = 10;
  layouter.layout(in, params, out);
  CHECK(out.nodes[0].x == 0.f);
  CHECK(out.nodes[0].y == -15.f);
  // Column 1 starts after the root column (120) plus the gap.
  CHECK(out.nodes[1].x == 160.f);
  CHECK(out.nodes[2].x == 160.f);
  // Children stacked vertically: centres 25 + 10 + 10 = 45 apart, root centred.
  CHECK(centreY(in, out, 2) - centreY(in, out, 1) == doctest::Approx(45));
  CHECK(centreY(in, out, 0) == doctest::Approx((centreY(in, out, 1) + centreY(in, out, 2)) / 2));
  CHECK(out.maxX == doctest::Approx(360));
}

TEST_CASE("layout: tree variable row heights stack rows by their tallest box") {
  std::vector<TreeLayoutNode> in = {node(-1, 0, 100, 70), node(0, 0, 100, 30),
                                    node(0, 1, 100, 90), node(1, 0, 100, 10)};
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(in, TreeLayoutParams{}, out);
  CHECK(out.nodes[1].y == 118.f);  // 70 + 48
  CHECK(out.nodes[2].y == 118.f);
  CHECK(out.nodes[3].y == 256.f);  // 118 + 90 + 48
}

TEST_CASE("layout: tree forests, cycles and bad parents") {
  // Two roots; 3 and 4 form a cycle; 5 has an out-of-range parent.
  std::vector<TreeLayoutNode> in = {node(-1, 0), node(-1, 1), node(0, 0), node(4, 0),
                                    node(3, 0), node(42, 0)};
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(in, TreeLayoutParams{}, out);
  CHECK(out.nodes[0].visible);
  CHECK(out.nodes[1].visible);
  CHECK(out.nodes[2].visible);
  CHECK_FALSE(out.nodes[3].visible);
  CHECK_FALSE(out.nodes[4].visible);
  CHECK_FALSE(out.nodes[5].visible);
  CHECK(out.nodes[0].x == -50.f);  // first root anchors the frame
  CHECK(out.nodes[1].x - out.nodes[0].x == doctest::Approx(132));  // roots subtreeGap apart

  std::vector<TreeLayoutNode> none;
  layouter.layout(none, TreeLayoutParams{}, out);
  CHECK(out.visibleCount == 0);
  CHECK(out.maxX == 0.f);
}

TEST_CASE("layout: tree input from a post-mortem") {
  PostMortem doc;
  auto add = [&](const char* id, const char* parent, int order) {
    WhyNode n;
    n.id = id;
    n.parentId = parent;
    n.order = order;
    doc.whyNodes.push_back(n);
  };
  add("c", "root", 1);
  add("root", "", 0);
  add("b", "root", 0);
  add("orphan", "gone", 0);
  add("orphan-child", "orphan", 0);
  struct Size { float x, y; };
  std::vector<TreeLayoutNode> in;
  makeTreeLayoutInput(
      doc, [](const WhyNode& n) { return Size{n.id == "c" ? 150.f : 100.f, 40.f}; },
      [](const WhyNode&) { return false; }, in);
  REQUIRE(in.size() == 5);
  CHECK(in[0].parent == 1);
  CHECK(in[1].parent == -1);
  CHECK(in[2].parent == 1);
  CHECK(in[3].parent == kMissingParent);
  CHECK(in[4].parent == 3);
  CHECK(in[0].width == 150.f);
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(in, TreeLayoutParams{}, out);
  CHECK(out.nodes[2].x < out.nodes[0].x);  // "b" (order 0) left of "c"
  CHECK_FALSE(out.nodes[3].visible);
  CHECK_FALSE(out.nodes[4].visible);
  CHECK(out.visibleCount == 3);
}
