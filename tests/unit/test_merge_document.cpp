// Merging two copies of a post-mortem (core/merge/document_merge.h), by hand-built cases.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/document_merge.h"
#include "io_test_support.h"

using namespace hs;
using hs::testing::at;
using hs::testing::sampleDoc;

namespace {

TimelineEvent newEvent(const char* id, const char* time, const char* text, TimeMs updated) {
  TimelineEvent e;
  e.id = id;
  e.time = at(time);
  e.kind = EventKind::Communication;
  e.text = text;
  e.updated = updated;
  return e;
}

bool hasChange(const MergeResult& r, ConflictElement el, const char* id, const char* field, MergeChangeKind kind,
               MergeSide from) {
  return std::any_of(r.changes.begin(), r.changes.end(), [&](const MergeChange& c) {
    return c.element == el && c.id == id && c.field == field && c.kind == kind && c.from == from;
  });
}

void requireValid(const PostMortem& doc) {
  LoadResult again = loadPostMortemJson(toJson(doc), "merged.json");
  INFO((again.errors.empty() ? std::string() : again.errors.front().format()));
  REQUIRE(again.ok());
}

}  // namespace

TEST_CASE("merge: edits of different parts all land, no conflict") {
  const PostMortem base = sampleDoc();
  const TimeMs later = at("2026-01-17T09:00:00Z");
  PostMortem ours = base;  // A: title, a new event, a tag
  ours.title = "Checkout outage (payments config)";
  ours.events.insert(ours.events.begin() + 2, newEvent("ev-a", "2026-01-15T14:37:00Z", "Status page updated", later));
  ours.tags.push_back("payments");
  ours.updated = later;
  PostMortem theirs = base;  // B: summary, a new action, another event's text
  theirs.sections.summary = "Checkout returned 5xx for 48 minutes after a config push.";
  ActionItem act;
  act.id = "ac-b";
  act.title = "Alert on missing endpoints";
  act.created = later;
  act.updated = later;
  theirs.actions.push_back(act);
  theirs.events[1].text = "On-call acknowledged the page";
  theirs.events[1].updated = later + 1000;
  theirs.updated = later + 1000;

  MergeResult r = mergePostMortems(base, ours, theirs);
  CHECK(r.clean());
  const PostMortem& d = r.doc;
  CHECK(d.title == "Checkout outage (payments config)");
  CHECK(d.tags == std::vector<std::string>{"config", "payments"});
  CHECK(d.sections.summary == "Checkout returned 5xx for 48 minutes after a config push.");
  REQUIRE(d.events.size() == 5);
  CHECK(d.events[1].text == "On-call acknowledged the page");
  CHECK(d.events[2].id == "ev-a");  // 14:37, between 14:35 and 14:40
  REQUIRE(d.actions.size() == 3);
  CHECK(d.actions[2].id == "ac-b");
  CHECK(d.updated == later + 1000);
  CHECK(d.events[1].updated == later + 1000);
  // What came from where, for the merge view.
  CHECK(hasChange(r, ConflictElement::Document, "", "title", MergeChangeKind::Edited, MergeSide::Ours));
  CHECK(hasChange(r, ConflictElement::Sections, "", "summary", MergeChangeKind::Edited, MergeSide::Theirs));
  CHECK(hasChange(r, ConflictElement::Event, "ev-a", "", MergeChangeKind::Added, MergeSide::Ours));
  CHECK(hasChange(r, ConflictElement::Action, "ac-b", "", MergeChangeKind::Added, MergeSide::Theirs));
  CHECK(hasChange(r, ConflictElement::Event, "ev-2", "text", MergeChangeKind::Edited, MergeSide::Theirs));
  requireValid(d);
  // Either side as ours: the same document.
  CHECK(toJson(mergePostMortems(base, theirs, ours).doc) == toJson(d));
}

TEST_CASE("merge: the same event text edited on both sides is one conflict with the three texts") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  ours.events[1].text = "On-call (Ana) acknowledged";
  ours.events[1].updated = at("2026-01-17T09:00:00Z");
  theirs.events[1].text = "Acknowledged after 3 minutes";
  theirs.events[1].updated = at("2026-01-17T10:00:00Z");
  theirs.tags.push_back("oncall");
  MergeResult r = mergePostMortems(base, ours, theirs);
  REQUIRE(r.conflicts.size() == 1);
  const MergeConflict& c = r.conflicts[0];
  CHECK(c.element == ConflictElement::Event);
  CHECK(c.id == "ev-2");
  CHECK(c.field == "text");
  CHECK(c.base == std::optional<std::string>("\"On-call acknowledged\""));
  CHECK(c.ours == std::optional<std::string>("\"On-call (Ana) acknowledged\""));
  CHECK(c.theirs == std::optional<std::string>("\"Acknowledged after 3 minutes\""));
  CHECK(r.doc.events[1].text == "On-call (Ana) acknowledged");  // ours until resolved
  CHECK(r.doc.events[1].updated == at("2026-01-17T10:00:00Z"));
  CHECK(r.doc.tags == std::vector<std::string>{"config", "oncall"});  // the rest still merges
  requireValid(r.doc);
}

TEST_CASE("merge: a deletion stands unless the other side edited the element") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  ours.events.erase(ours.events.begin() + 3);  // ev-4 deleted by A
  SUBCASE("the other side left it alone: deleted") {
    MergeResult r = mergePostMortems(base, ours, theirs);
    CHECK(r.clean());
    CHECK(r.doc.events.size() == 3);
    CHECK(r.doc.findEvent("ev-4") == nullptr);
    CHECK(hasChange(r, ConflictElement::Event, "ev-4", "", MergeChangeKind::Removed, MergeSide::Ours));
  }
  SUBCASE("the other side edited it: kept, as a conflict with the whole element") {
    theirs.events[3].text = "Error rate back to normal at 15:20";
    theirs.events[3].updated = at("2026-01-17T09:00:00Z");
    MergeResult r = mergePostMortems(base, ours, theirs);
    REQUIRE(r.conflicts.size() == 1);
    const MergeConflict& c = r.conflicts[0];
    CHECK(c.element == ConflictElement::Event);
    CHECK(c.id == "ev-4");
    CHECK(c.field == "");
    CHECK_FALSE(c.ours.has_value());
    CHECK(c.theirs == std::optional<std::string>(
                          R"({"id":"ev-4","time":"2026-01-15T15:20:00Z","kind":"resolved","text":"Error rate back to normal at 15:20","decision_point":false,"why_node_id":"","updated":"2026-01-17T09:00:00Z"})"));
    REQUIRE(r.doc.findEvent("ev-4") != nullptr);
    CHECK(r.doc.findEvent("ev-4")->text == "Error rate back to normal at 15:20");
    requireValid(r.doc);
  }
}

TEST_CASE("merge: a why node deleted on one side stays when the other side hangs a new child on it") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  // B deletes wn-4 ("Alert only on error rate").
  theirs.whyNodes.erase(theirs.whyNodes.begin() + 3);
  // A adds a child under wn-4.
  WhyNode child;
  child.id = "wn-a";
  child.parentId = "wn-4";
  child.text = "No alert on missing endpoints";
  child.updated = at("2026-01-17T09:00:00Z");
  ours.whyNodes.push_back(child);
  MergeResult r = mergePostMortems(base, ours, theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].element == ConflictElement::WhyNode);
  CHECK(r.conflicts[0].id == "wn-4");
  CHECK(r.conflicts[0].field == "");
  CHECK(r.conflicts[0].ours.has_value());
  CHECK_FALSE(r.conflicts[0].theirs.has_value());
  CHECK(r.doc.findWhyNode("wn-4") != nullptr);
  CHECK(r.doc.findWhyNode("wn-a") != nullptr);
  requireValid(r.doc);
}

TEST_CASE("merge: moves on both sides that would loop the tree are conflicts and the tree stays a tree") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  ours.findWhyNode("wn-2")->parentId = "wn-4";    // A: wn-2 under wn-4
  theirs.findWhyNode("wn-4")->parentId = "wn-2";  // B: wn-4 under wn-2
  MergeResult r = mergePostMortems(base, ours, theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].element == ConflictElement::WhyNode);
  CHECK(r.conflicts[0].field == "parent_id");
  // The node whose move closed the loop goes back under its old parent, wn-1.
  const MergeConflict& c = r.conflicts[0];
  CHECK(r.doc.findWhyNode(c.id)->parentId == "wn-1");
  CHECK(c.base == std::optional<std::string>("\"wn-1\""));
  requireValid(r.doc);
}

TEST_CASE("merge: sibling order merges by the order keys") {
  const PostMortem base = sampleDoc();  // wn-2 (order 0) and wn-4 (order 1) under wn-1
  PostMortem ours = base, theirs = base;
  ours.findWhyNode("wn-4")->order = -1;  // A moves wn-4 first
  WhyNode added;
  added.id = "wn-b";
  added.parentId = "wn-1";
  added.order = 2;
  added.text = "Deploys on Friday";
  theirs.whyNodes.push_back(added);  // B adds a third child last
  MergeResult r = mergePostMortems(base, ours, theirs);
  CHECK(r.clean());
  CHECK(r.doc.findWhyNode("wn-4")->order == -1);
  CHECK(r.doc.findWhyNode("wn-2")->order == 0);
  CHECK(r.doc.findWhyNode("wn-b")->order == 2);  // siblings: wn-4, wn-2, wn-b
}

TEST_CASE("merge: long texts merge line by line inside the document, scalars conflict") {
  PostMortem base = sampleDoc();
  base.sections.response = "Paged on-call.\nRolled back.\n";
  PostMortem ours = base, theirs = base;
  ours.sections.response = "Paged on-call at 14:35.\nRolled back.\n";
  theirs.sections.response = "Paged on-call.\nRolled back.\nUpdated the status page.\n";
  ours.severity = Severity::Sev1;
  theirs.severity = Severity::Sev3;
  MergeResult r = mergePostMortems(base, ours, theirs);
  CHECK(r.doc.sections.response == "Paged on-call at 14:35.\nRolled back.\nUpdated the status page.\n");
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].element == ConflictElement::Document);
  CHECK(r.conflicts[0].field == "severity");
  CHECK(r.conflicts[0].base == std::optional<std::string>("\"sev2\""));
  CHECK(r.conflicts[0].ours == std::optional<std::string>("\"sev1\""));
  CHECK(r.conflicts[0].theirs == std::optional<std::string>("\"sev3\""));
  CHECK(r.doc.severity == Severity::Sev1);
}

TEST_CASE("merge: two-way without a common version keeps both sides' elements and takes the newer stamp") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  const TimeMs t1 = at("2026-01-17T09:00:00Z"), t2 = at("2026-01-17T10:00:00Z");
  ours.events.push_back(newEvent("ev-a", "2026-01-15T16:00:00Z", "Postmortem scheduled", t1));
  theirs.events.erase(theirs.events.begin());  // cannot be told from an addition by ours: kept
  ours.events[1].text = "Acked";
  ours.events[1].updated = t1;
  theirs.events[0].text = "Acked by Bo";  // ev-2 is theirs' first event now
  theirs.events[0].updated = t2;
  ours.tags = {"config", "a"};
  theirs.tags = {"b"};
  MergeResult r = mergePostMortemsTwoWay(ours, theirs);
  CHECK(r.doc.events.size() == 5);
  CHECK(r.doc.findEvent("ev-1") != nullptr);
  CHECK(r.doc.findEvent("ev-2")->text == "Acked by Bo");  // theirs is newer
  CHECK(r.doc.tags == std::vector<std::string>{"config", "a", "b"});
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0].id == "ev-2");
  CHECK(r.conflicts[0].field == "text");
  CHECK_FALSE(r.conflicts[0].base.has_value());
  CHECK(r.conflicts[0].ours == std::optional<std::string>("\"Acked\""));
  requireValid(r.doc);
}

TEST_CASE("merge: conflicts the copies carry stay until one side resolves them") {
  PostMortem base = sampleDoc();
  MergeConflict old;
  old.element = ConflictElement::Document;
  old.field = "title";
  old.ours = "\"A\"";
  old.theirs = "\"B\"";
  base.conflicts = {old};
  PostMortem ours = base, theirs = base;
  SUBCASE("nobody resolved it: kept once") {
    theirs.events[0].text = "Alert fired";
    ours.events[0].text = "Alert";
    MergeResult r = mergePostMortems(base, ours, theirs);
    REQUIRE(r.doc.conflicts.size() == 2);
    CHECK(r.doc.conflicts[0] == old);
    CHECK(r.doc.conflicts[1].field == "text");
    CHECK(r.conflicts.size() == 1);
  }
  SUBCASE("theirs resolved it: gone") {
    theirs.conflicts.clear();
    MergeResult r = mergePostMortems(base, ours, theirs);
    CHECK(r.doc.conflicts.empty());
    CHECK(r.clean());
  }
}
