// Resolving merge conflicts (core/merge/conflict_resolution.h).
#include <doctest/doctest.h>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/conflict_resolution.h"
#include "core/merge/document_merge.h"
#include "io_test_support.h"

using namespace hs;
using hs::testing::at;
using hs::testing::sampleDoc;

TEST_CASE("merge resolution: keep mine, take theirs or edit a text") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  ours.events[1].text = "Ana acknowledged";
  theirs.events[1].text = "Bo acknowledged";
  ours.severity = Severity::Sev1;
  theirs.severity = Severity::Sev4;
  MergeResult r = mergePostMortems(base, ours, theirs);
  REQUIRE(r.doc.conflicts.size() == 2);
  const MergeConflict severity = r.doc.conflicts[0];
  const MergeConflict text = r.doc.conflicts[1];
  REQUIRE(text.field == "text");

  PostMortem doc = r.doc;
  std::string why;
  REQUIRE(resolveConflict(doc, text, ConflictChoice::TakeTheirs, "", &why));
  CHECK(doc.events[1].text == "Bo acknowledged");
  CHECK(doc.conflicts == std::vector<MergeConflict>{severity});
  REQUIRE(resolveConflict(doc, severity, ConflictChoice::TakeTheirs, "", &why));
  CHECK(doc.severity == Severity::Sev4);
  CHECK(doc.conflicts.empty());

  doc = r.doc;
  REQUIRE(resolveConflict(doc, text, ConflictChoice::Edited, "Ana and Bo acknowledged", &why));
  CHECK(doc.events[1].text == "Ana and Bo acknowledged");
  REQUIRE(resolveConflict(doc, severity, ConflictChoice::KeepMine, "", &why));
  CHECK(doc.severity == Severity::Sev1);
  CHECK(doc.conflicts.empty());

  // A severity is no text: editing it is refused and changes nothing.
  doc = r.doc;
  CHECK_FALSE(resolveConflict(doc, severity, ConflictChoice::Edited, "sev2", &why));
  CHECK(why == "only a text can be edited; pick mine or theirs for severity");
  CHECK(toJson(doc) == toJson(r.doc));
}

TEST_CASE("merge resolution: an element deleted on one side and edited on the other") {
  const PostMortem base = sampleDoc();
  PostMortem ours = base, theirs = base;
  ours.factors.clear();  // A deleted fa-1
  ours.actions[0].factorIds.clear();
  theirs.factors[0].text = "No schema check on config pushes";  // B edited it
  MergeResult r = mergePostMortems(base, ours, theirs);
  REQUIRE(r.doc.conflicts.size() == 1);
  const MergeConflict c = r.doc.conflicts[0];
  CHECK(c.field == "");
  REQUIRE(r.doc.findFactor("fa-1") != nullptr);

  PostMortem keepMine = r.doc;
  std::string why;
  REQUIRE(resolveConflict(keepMine, c, ConflictChoice::KeepMine, "", &why));
  CHECK(keepMine.findFactor("fa-1") == nullptr);
  CHECK(keepMine.actions[0].factorIds.empty());
  PostMortem takeTheirs = r.doc;
  REQUIRE(resolveConflict(takeTheirs, c, ConflictChoice::TakeTheirs, "", &why));
  REQUIRE(takeTheirs.findFactor("fa-1") != nullptr);
  CHECK(takeTheirs.findFactor("fa-1")->text == "No schema check on config pushes");
  CHECK(takeTheirs.findFactor("fa-1")->whyNodeIds == std::vector<Id>{"wn-3"});
  CHECK(loadPostMortemJson(toJson(takeTheirs), "t.json").ok());
}

TEST_CASE("merge resolution: a move that would loop the tree is refused") {
  PostMortem doc = sampleDoc();
  MergeConflict c;
  c.element = ConflictElement::WhyNode;
  c.id = "wn-2";
  c.field = "parent_id";
  c.ours = "\"wn-1\"";
  c.theirs = "\"wn-3\"";  // wn-3 is wn-2's child
  doc.conflicts = {c};
  std::string why;
  CHECK_FALSE(resolveConflict(doc, c, ConflictChoice::TakeTheirs, "", &why));
  CHECK(why == "that choice would leave the 5-whys tree without a single root or with a loop");
  CHECK(doc.findWhyNode("wn-2")->parentId == "wn-1");
  CHECK(doc.conflicts.size() == 1);
}
