#include <doctest/doctest.h>

#include "core/edit/history.h"
#include "core/library/unsaved_changes.h"

using namespace hs;

TEST_CASE("unsaved changes: edits, removals and replacements as autosave takes them") {
  UnsavedChanges u;
  u.edited("pm-a", 100);  // 1
  u.edited("pm-b", 200);  // 2
  u.edited("pm-a", 300);  // 3
  CHECK(u.counter() == 3);
  CHECK(u.lastEditTime() == 300);
  CHECK(u.dirty().at("pm-a") == 3);
  CHECK(u.dirty().at("pm-b") == 2);
  u.stored("pm-a", 1);  // a write of an older state does not clean it
  CHECK(u.dirty().count("pm-a") == 1);
  u.stored("pm-a", 3);
  CHECK(u.dirty().count("pm-a") == 0);

  u.removed("pm-b", 400);
  CHECK(u.counter() == 4);
  CHECK(u.dirty().empty());
  CHECK(u.takeRemovals() == std::vector<Id>{"pm-b"});
  CHECK(u.takeRemovals().empty());  // each once
  u.removalFailed("pm-b");
  CHECK(u.takeRemovals() == std::vector<Id>{"pm-b"});

  u.replaced("pm-c");
  CHECK(u.takeReplaced("pm-c"));
  CHECK_FALSE(u.takeReplaced("pm-c"));
}

TEST_CASE("unsaved changes: history tells whether its last step replaced the whole document") {
  PostMortem doc;
  History h;
  Command replace;
  replace.replacesDocument = true;
  replace.redo = [](PostMortem& d) { d.title = "imported"; };
  replace.undo = [](PostMortem& d) { d.title = "mine"; };
  Command edit;
  edit.redo = [](PostMortem& d) { d.sections.summary = "x"; };
  edit.undo = [](PostMortem& d) { d.sections.summary.clear(); };
  h.apply(doc, replace, 1);
  CHECK(h.lastStepReplacedDocument());
  h.apply(doc, edit, 2);
  CHECK_FALSE(h.lastStepReplacedDocument());
  h.undo(doc, 3);  // undoes the edit
  CHECK_FALSE(h.lastStepReplacedDocument());
  h.undo(doc, 4);  // undoes the replacement: the old content is back, stamps from before
  CHECK(h.lastStepReplacedDocument());
  CHECK(doc.title == "mine");
  h.redo(doc, 5);
  CHECK(h.lastStepReplacedDocument());
  CHECK(doc.title == "imported");
}
