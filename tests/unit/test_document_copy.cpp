#include <doctest/doctest.h>

#include "core/edit/document_copy.h"
#include "core/model/ids.h"

using namespace hs;

TEST_CASE("document copy: withNewIds gives fresh ids and moves every reference with them") {
  PostMortem doc;
  doc.id = "pm-old";
  doc.title = "Outage";
  WhyNode root, child;
  root.id = "wn-root";
  root.text = "root";
  child.id = "wn-child";
  child.parentId = "wn-root";
  child.text = "child";
  doc.whyNodes = {root, child};
  TimelineEvent event;
  event.id = "ev-1";
  event.whyNodeId = "wn-child";
  TimelineEvent unlinked;
  unlinked.id = "ev-2";
  doc.events = {event, unlinked};
  Factor factor;
  factor.id = "fa-1";
  factor.whyNodeIds = {"wn-child", "wn-root"};
  doc.factors = {factor};
  ActionItem action;
  action.id = "ac-1";
  action.whyNodeIds = {"wn-root"};
  action.factorIds = {"fa-1", "fa-elsewhere"};  // a dangling reference stays as it was
  doc.actions = {action};

  seedIds(1);
  PostMortem copy = withNewIds(doc);
  CHECK(copy.title == "Outage");
  CHECK(copy.id != "pm-old");
  CHECK(copy.id.rfind("pm-", 0) == 0);
  REQUIRE(copy.whyNodes.size() == 2);
  const Id& newRoot = copy.whyNodes[0].id;
  const Id& newChild = copy.whyNodes[1].id;
  CHECK(newRoot.rfind("wn-", 0) == 0);
  CHECK(newRoot != "wn-root");
  CHECK(newChild != "wn-child");
  CHECK(newRoot != newChild);
  CHECK(copy.whyNodes[0].parentId.empty());
  CHECK(copy.whyNodes[1].parentId == newRoot);
  CHECK(copy.events[0].id.rfind("ev-", 0) == 0);
  CHECK(copy.events[0].id != "ev-1");
  CHECK(copy.events[0].whyNodeId == newChild);
  CHECK(copy.events[1].whyNodeId.empty());
  CHECK(copy.factors[0].id.rfind("fa-", 0) == 0);
  CHECK(copy.factors[0].whyNodeIds == std::vector<Id>{newChild, newRoot});
  CHECK(copy.actions[0].id.rfind("ac-", 0) == 0);
  CHECK(copy.actions[0].whyNodeIds == std::vector<Id>{newRoot});
  CHECK(copy.actions[0].factorIds == std::vector<Id>{copy.factors[0].id, "fa-elsewhere"});
  // The original is untouched (taken by value).
  CHECK(doc.whyNodes[1].parentId == "wn-root");
}
