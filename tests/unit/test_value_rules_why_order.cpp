// Why-node `order` at the ends of its rule (any 32-bit integer): adding a child
// or a sibling, or moving a node, never steps past INT_MAX, and the tree layout
// sorts negative orders without undefined behaviour.
#include <doctest/doctest.h>

#include <limits>

#include "core/edit/history.h"
#include "core/edit/why_commands.h"
#include "core/layout/tree_layout.h"
#include "core/model/value_rules.h"

using namespace hs;

namespace {

void addNode(PostMortem& doc, const char* id, const char* parent, int order) {
  WhyNode n;
  n.id = id;
  n.parentId = parent;
  n.order = order;
  n.text = id;
  doc.whyNodes.push_back(n);
}

std::vector<std::string> childIds(const PostMortem& doc, const char* parent) {
  std::vector<std::string> out;
  for (const WhyNode* n : whyChildrenInOrder(doc, parent)) out.push_back(n->id);
  return out;
}

std::vector<int> childOrders(const PostMortem& doc, const char* parent) {
  std::vector<int> out;
  for (const WhyNode* n : whyChildrenInOrder(doc, parent)) out.push_back(n->order);
  return out;
}

// root with children low (-5) and top (INT_MAX), as a hand-edited file may have them.
PostMortem atTheEnds() {
  PostMortem doc;
  addNode(doc, "root", "", 0);
  addNode(doc, "low", "root", -5);
  addNode(doc, "top", "root", kMaxOrder);
  addNode(doc, "other", "", 0);  // a second tree, to move from
  addNode(doc, "mover", "other", 0);
  return doc;
}

}  // namespace

TEST_CASE("values: adding a child after a sibling at INT_MAX renumbers instead of overflowing") {
  PostMortem doc = atTheEnds();
  History history;
  history.apply(doc, addWhyChild(doc, "root", "new", "new", 1000), 1000);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"low", "top", "new"});
  CHECK(childOrders(doc, "root") == std::vector<int>{0, 1, 2});
  REQUIRE(history.undo(doc, 2000));
  CHECK(childIds(doc, "root") == std::vector<std::string>{"low", "top"});
  CHECK(childOrders(doc, "root") == std::vector<int>{-5, kMaxOrder});
}

TEST_CASE("values: adding a sibling next to INT_MAX keeps it right after, without overflow") {
  PostMortem doc = atTheEnds();
  History history;
  auto after = addWhySibling(doc, "low", "mid", "mid", 1000);
  REQUIRE(after);
  history.apply(doc, *after, 1000);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"low", "mid", "top"});
  CHECK(childOrders(doc, "root") == std::vector<int>{0, 1, 2});

  PostMortem last = atTheEnds();
  auto end = addWhySibling(last, "top", "end", "end", 1000);
  REQUIRE(end);
  history.apply(last, *end, 1000);
  CHECK(childIds(last, "root") == std::vector<std::string>{"low", "top", "end"});
  CHECK(childOrders(last, "root") == std::vector<int>{0, 1, 2});
}

TEST_CASE("values: moving a node under a parent whose child is at INT_MAX puts it last") {
  PostMortem doc = atTheEnds();
  auto move = reparentWhyNode(doc, "mover", "root", 1000, nullptr);
  REQUIRE(move);
  History history;
  history.apply(doc, *move, 1000);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"low", "top", "mover"});
  CHECK(childOrders(doc, "root") == std::vector<int>{0, 1, 2});
  REQUIRE(history.undo(doc, 2000));
  CHECK(childOrders(doc, "root") == std::vector<int>{-5, kMaxOrder});
  CHECK(doc.findWhyNode("mover")->parentId == "other");
}

TEST_CASE("values: the tree layout orders negative and extreme sibling orders") {
  // Fails under UBSan before the fix: the sort key shifted a negative order left.
  std::vector<TreeLayoutNode> nodes(5);
  nodes[0].parent = -1;
  const int orders[] = {0, 3, kMinOrder, -7, kMaxOrder};
  for (int i = 0; i < 5; ++i) {
    nodes[i].width = 100;
    nodes[i].height = 40;
    if (i > 0) nodes[i].parent = 0;
    nodes[i].order = orders[i];
  }
  TreeLayouter layouter;
  TreeLayoutResult out;
  layouter.layout(nodes, TreeLayoutParams{}, out);
  REQUIRE(out.visibleCount == 5);
  // Left to right: INT_MIN (2), -7 (3), 3 (1), INT_MAX (4); 116 apart (width + sibling gap).
  CHECK(out.nodes[3].x - out.nodes[2].x == doctest::Approx(116));
  CHECK(out.nodes[1].x - out.nodes[3].x == doctest::Approx(116));
  CHECK(out.nodes[4].x - out.nodes[1].x == doctest::Approx(116));
}
