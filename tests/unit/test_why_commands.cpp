#include <doctest/doctest.h>

#include "core/edit/why_commands.h"

using namespace hs;

namespace {

void addNode(PostMortem& doc, const char* id, const char* parent, int order, const char* text = "") {
  WhyNode n;
  n.id = id;
  n.parentId = parent;
  n.order = order;
  n.text = text;
  doc.whyNodes.push_back(n);
}

// root
//  ├─ a (0)
//  │   └─ a1 (0)
//  │        └─ a11 (0)
//  └─ b (1)
PostMortem sample() {
  PostMortem doc;
  addNode(doc, "root", "", 0, "Writes failed");
  addNode(doc, "a", "root", 0, "Disk full");
  addNode(doc, "a1", "a", 0, "WAL piled up");
  addNode(doc, "a11", "a1", 0, "Archive job failing");
  addNode(doc, "b", "root", 1, "Alerts went nowhere");
  return doc;
}

std::vector<std::string> childIds(const PostMortem& doc, const char* parent) {
  std::vector<std::string> out;
  for (const WhyNode* n : whyChildrenInOrder(doc, parent)) out.push_back(n->id);
  return out;
}

}  // namespace

TEST_CASE("why commands: ancestor test walks parents and survives cycles") {
  PostMortem doc = sample();
  CHECK(isWhyAncestorOrSelf(doc, "root", "a11"));
  CHECK(isWhyAncestorOrSelf(doc, "a", "a11"));
  CHECK(isWhyAncestorOrSelf(doc, "a11", "a11"));
  CHECK_FALSE(isWhyAncestorOrSelf(doc, "b", "a11"));
  CHECK_FALSE(isWhyAncestorOrSelf(doc, "a11", "a"));
  CHECK_FALSE(isWhyAncestorOrSelf(doc, "root", "missing"));
  // A broken file with a parent cycle must not hang.
  doc.findWhyNode("a")->parentId = "a11";
  CHECK_FALSE(isWhyAncestorOrSelf(doc, "root", "a1"));
}

TEST_CASE("why commands: re-parent moves the subtree and undo restores it") {
  PostMortem doc = sample();
  WhyMoveRefusal refusal;
  auto cmd = reparentWhyNode(doc, "a1", "b", 500, &refusal);
  REQUIRE(cmd);
  CHECK(refusal.message.empty());
  cmd->redo(doc);
  CHECK(doc.findWhyNode("a1")->parentId == "b");
  CHECK(doc.findWhyNode("a1")->order == 0);  // first child of b
  CHECK(doc.findWhyNode("a1")->updated == 500);
  CHECK(doc.findWhyNode("a11")->parentId == "a1");  // the subtree comes along
  CHECK(childIds(doc, "a").empty());
  cmd->undo(doc);
  CHECK(doc.findWhyNode("a1")->parentId == "a");
  CHECK(doc.findWhyNode("a1")->updated == 0);
}

TEST_CASE("why commands: re-parent refuses cycles, self and no-ops") {
  PostMortem doc = sample();
  WhyMoveRefusal refusal;
  CHECK_FALSE(reparentWhyNode(doc, "a", "a11", 1, &refusal));  // under its own grandchild
  CHECK(refusal.message.find("loop") != std::string::npos);
  CHECK_FALSE(reparentWhyNode(doc, "a", "a1", 1, &refusal));  // under its own child
  CHECK_FALSE(reparentWhyNode(doc, "root", "b", 1, &refusal));  // the root under anything below it
  CHECK_FALSE(reparentWhyNode(doc, "a", "a", 1, &refusal));
  CHECK(refusal.message.find("itself") != std::string::npos);
  CHECK_FALSE(reparentWhyNode(doc, "a", "root", 1, &refusal));  // already there
  CHECK_FALSE(reparentWhyNode(doc, "a", "nope", 1, &refusal));
  // Nothing changed.
  CHECK(doc.findWhyNode("a")->parentId == "root");
  // A sideways move into another branch is fine.
  CHECK(reparentWhyNode(doc, "a11", "b", 1, &refusal));
}

TEST_CASE("why commands: children are appended, siblings inserted right after") {
  PostMortem doc = sample();
  Command child = addWhyChild(doc, "root", "c", "Third branch", 7);
  child.redo(doc);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"a", "b", "c"});
  CHECK(doc.findWhyNode("c")->order == 2);
  CHECK(doc.findWhyNode("c")->updated == 7);

  auto sibling = addWhySibling(doc, "a", "a2", "Between a and b", 8);
  REQUIRE(sibling);
  sibling->redo(doc);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"a", "a2", "b", "c"});
  CHECK(doc.findWhyNode("a2")->order == 1);
  CHECK(doc.findWhyNode("b")->order == 2);
  CHECK(doc.findWhyNode("c")->order == 3);
  sibling->undo(doc);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"a", "b", "c"});
  CHECK(doc.findWhyNode("b")->order == 1);
  CHECK(doc.findWhyNode("a2") == nullptr);

  CHECK_FALSE(addWhySibling(doc, "root", "x", "", 9));  // the problem statement has no siblings
  Command root = addWhyRoot(PostMortem{}, "r", "Problem", 3);
  PostMortem empty;
  root.redo(empty);
  REQUIRE(empty.rootWhyNode());
  CHECK(empty.rootWhyNode()->text == "Problem");
}

TEST_CASE("why commands: reorder siblings renumbers and refuses the ends") {
  PostMortem doc = sample();
  addNode(doc, "c", "root", 5);  // gaps in order are normalised
  auto later = reorderWhySibling(doc, "a", +1, 10);
  REQUIRE(later);
  later->redo(doc);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"b", "a", "c"});
  CHECK(doc.findWhyNode("b")->order == 0);
  CHECK(doc.findWhyNode("a")->order == 1);
  CHECK(doc.findWhyNode("c")->order == 2);
  later->undo(doc);
  CHECK(childIds(doc, "root") == std::vector<std::string>{"a", "b", "c"});
  CHECK(doc.findWhyNode("c")->order == 5);
  CHECK_FALSE(reorderWhySibling(doc, "a", -1, 10));
  CHECK_FALSE(reorderWhySibling(doc, "c", +1, 10));
  CHECK_FALSE(reorderWhySibling(doc, "root", +1, 10));  // the only root
}

TEST_CASE("why commands: action from a node is linked to it") {
  PostMortem doc = sample();
  Command cmd = createActionFromWhyNode(doc, "a11", "ac-1", 42);
  cmd.redo(doc);
  REQUIRE(doc.actions.size() == 1);
  CHECK(doc.actions[0].title == "Address: Archive job failing");
  CHECK(doc.actions[0].whyNodeIds == std::vector<Id>{"a11"});
  CHECK(doc.actions[0].created == 42);
  cmd.undo(doc);
  CHECK(doc.actions.empty());
}

TEST_CASE("why commands: event and factor links toggle") {
  PostMortem doc = sample();
  TimelineEvent e;
  e.id = "ev";
  e.whyNodeId = "b";
  doc.events.push_back(e);
  Factor f;
  f.id = "fa";
  f.whyNodeIds = {"b"};
  doc.factors.push_back(f);

  Command link = toggleEventWhyLink(doc, "ev", "a", 1);
  link.redo(doc);
  CHECK(doc.events[0].whyNodeId == "a");  // an event points at one node: moved
  Command unlink = toggleEventWhyLink(doc, "ev", "a", 2);
  unlink.redo(doc);
  CHECK(doc.events[0].whyNodeId.empty());
  unlink.undo(doc);
  link.undo(doc);
  CHECK(doc.events[0].whyNodeId == "b");

  Command addF = toggleFactorWhyLink(doc, "fa", "a", 1);
  addF.redo(doc);
  CHECK(doc.factors[0].whyNodeIds == std::vector<Id>{"b", "a"});
  Command removeF = toggleFactorWhyLink(doc, "fa", "b", 2);
  removeF.redo(doc);
  CHECK(doc.factors[0].whyNodeIds == std::vector<Id>{"a"});
  removeF.undo(doc);
  addF.undo(doc);
  CHECK(doc.factors[0].whyNodeIds == std::vector<Id>{"b"});
}
