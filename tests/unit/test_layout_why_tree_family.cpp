#include <doctest/doctest.h>

#include "core/layout/tree_layout.h"
#include "core/layout/why_tree_family.h"

using namespace hs;

namespace {

WhyNode node(const char* id, const char* parent, int order, bool rootCause = false) {
  WhyNode n;
  n.id = id;
  n.parentId = parent;
  n.order = order;
  n.rootCause = rootCause;
  return n;
}

}  // namespace

TEST_CASE("why tree family: children in sibling order, descendant counts, root-cause paths") {
  PostMortem doc;
  doc.whyNodes = {node("wn-0", "", 0),           node("wn-1", "wn-0", 2),
                  node("wn-2", "wn-0", 1),       node("wn-3", "wn-1", 0, true),
                  node("wn-4", "wn-gone", 0),    node("wn-5", "wn-4", 0)};
  std::vector<int> parents;
  resolveWhyParents(doc, parents);
  WhyTreeFamily f;
  buildWhyTreeFamily(doc, parents, f);

  CHECK(f.parent == std::vector<int>{-1, 0, 0, 1, -1, 4});
  CHECK(f.childCount(0) == 2);
  CHECK(f.childList[f.childStart[0]] == 2);      // order 1 before order 2
  CHECK(f.childList[f.childStart[0] + 1] == 1);
  CHECK(f.childCount(1) == 1);
  CHECK(f.childList[f.childStart[1]] == 3);
  CHECK(f.childCount(2) == 0);
  CHECK(f.childCount(4) == 1);
  CHECK(f.childList[f.childStart[4]] == 5);
  CHECK(f.descendantCount == std::vector<int>{3, 1, 0, 0, 1, 0});
  CHECK(f.onRootCausePath == std::vector<unsigned char>{1, 1, 0, 1, 0, 0});

  // Rebuilt after an edit: the old facts are gone, not added to.
  doc.whyNodes[3].rootCause = false;
  doc.whyNodes[2].rootCause = true;
  buildWhyTreeFamily(doc, parents, f);
  CHECK(f.descendantCount == std::vector<int>{3, 1, 0, 0, 1, 0});
  CHECK(f.onRootCausePath == std::vector<unsigned char>{1, 0, 1, 0, 0, 0});
}

TEST_CASE("why tree family: equal orders keep document order; a parent cycle ends") {
  PostMortem doc;
  doc.whyNodes = {node("wn-r", "", 0), node("wn-a", "wn-r", 5), node("wn-b", "wn-r", 5), node("wn-c", "wn-r", 5)};
  std::vector<int> parents;
  resolveWhyParents(doc, parents);
  WhyTreeFamily f;
  buildWhyTreeFamily(doc, parents, f);
  CHECK(std::vector<int>(f.childList.begin(), f.childList.end()) == std::vector<int>{1, 2, 3});

  PostMortem loop;
  loop.whyNodes = {node("wn-a", "wn-b", 0), node("wn-b", "wn-a", 0)};
  buildWhyTreeFamily(loop, {1, 0}, f);
  // Each walk up stops after n = 2 steps: both count each other and themselves once.
  CHECK(f.descendantCount == std::vector<int>{2, 2});
}
