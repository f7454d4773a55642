// Each edit command and its undo, on small documents built by hand.
#include <doctest/doctest.h>

#include "core/edit/commands.h"
#include "core/io/json_writer.h"
#include "core/model/time_format.h"

using namespace hs;

namespace {

TimeMs at(const char* text) { return *parseRfc3339(text); }

TimelineEvent event(const char* id, const char* time, const char* text) {
  TimelineEvent e;
  e.id = id;
  e.time = at(time);
  e.text = text;
  return e;
}

WhyNode why(const char* id, const char* parent, const char* text, int order = 0) {
  WhyNode n;
  n.id = id;
  n.parentId = parent;
  n.text = text;
  n.order = order;
  return n;
}

// A root "Checkout failed" with two branches; events, a factor and an action link into it.
PostMortem sampleDoc() {
  PostMortem d;
  d.id = "pm-1";
  d.title = "Checkout outage";
  d.events = {event("ev-1", "2026-01-15T14:00:00Z", "Alert fired"),
              event("ev-2", "2026-01-15T14:10:00Z", "Rollback"),
              event("ev-3", "2026-01-15T14:20:00Z", "Resolved")};
  d.whyNodes = {why("wn-root", "", "Checkout failed"), why("wn-a", "wn-root", "DB pool exhausted", 0),
                why("wn-a1", "wn-a", "Leak in retry loop", 0), why("wn-b", "wn-root", "No alert", 1)};
  d.events[1].whyNodeId = "wn-a1";
  d.events[2].whyNodeId = "wn-b";
  Factor f;
  f.id = "fa-1";
  f.text = "Retry loop without backoff";
  f.whyNodeIds = {"wn-a1", "wn-b"};
  f.updated = 111;
  d.factors = {f};
  ActionItem a;
  a.id = "ac-1";
  a.title = "Add backoff";
  a.whyNodeIds = {"wn-a"};
  a.factorIds = {"fa-1"};
  a.updated = 222;
  ActionItem b;
  b.id = "ac-2";
  b.title = "Pool alert";
  b.factorIds = {"fa-1"};
  d.actions = {a, b};
  return d;
}

}  // namespace

TEST_CASE("editor: setDocValue edits a header field and undo restores it") {
  PostMortem d = sampleDoc();
  Command c = setDocValue<std::string>("Edit title", "title",
                                       [](PostMortem& x) -> std::string& { return x.title; }, "Disk full", d);
  CHECK(c.label == "Edit title");
  CHECK(c.mergeKey == "title");
  c.redo(d);
  CHECK(d.title == "Disk full");
  c.undo(d);
  CHECK(d.title == "Checkout outage");

  Command sev = setDocValue<Severity>("Edit severity", "", [](PostMortem& x) -> Severity& { return x.severity; },
                                      Severity::Sev1, d);
  sev.redo(d);
  CHECK(d.severity == Severity::Sev1);
  sev.undo(d);
  CHECK(d.severity == Severity::Sev3);

  auto override = [](PostMortem& x) -> std::optional<TimeMs>& { return x.durationOverride; };
  Command dur = setDocValue<std::optional<TimeMs>>("Edit duration", "", override, 90 * kMinute, d);
  dur.redo(d);
  CHECK(d.durationOverride == 90 * kMinute);
  Command clear = setDocValue<std::optional<TimeMs>>("Edit duration", "", override, std::nullopt, d);
  clear.redo(d);
  CHECK_FALSE(d.durationOverride.has_value());
  clear.undo(d);
  CHECK(d.durationOverride == 90 * kMinute);
}

TEST_CASE("editor: addElement appends or inserts, stamps updated, undo removes") {
  PostMortem d = sampleDoc();
  Factor f;
  f.id = "fa-2";
  f.category = FactorCategory::Process;
  Command add = addElement<Factor>("Add factor", f, 5000);
  add.redo(d);
  REQUIRE(d.factors.size() == 2);
  CHECK(d.factors[1].id == "fa-2");
  CHECK(d.factors[1].updated == 5000);
  add.undo(d);
  REQUIRE(d.factors.size() == 1);
  CHECK(d.factors[0].id == "fa-1");

  ActionItem a;
  a.id = "ac-0";
  Command insert = addElement<ActionItem>("Add action", a, 7000, 0);
  insert.redo(d);
  REQUIRE(d.actions.size() == 3);
  CHECK(d.actions[0].id == "ac-0");
  CHECK(d.actions[1].id == "ac-1");
  insert.undo(d);
  CHECK(d.actions.size() == 2);
  CHECK(d.actions[0].id == "ac-1");
}

TEST_CASE("editor: an added event goes to its place in time") {
  PostMortem d = sampleDoc();
  Command add = addElement<TimelineEvent>("Add event", event("ev-4", "2026-01-15T14:05:00Z", "Paged"), 1);
  add.redo(d);
  REQUIRE(d.events.size() == 4);
  CHECK(d.events[1].id == "ev-4");
  add.undo(d);
  CHECK(d.events.size() == 3);
  CHECK(d.events[1].id == "ev-2");
}

TEST_CASE("editor: editElement changes one field, stamps updated; undo restores the old element") {
  PostMortem d = sampleDoc();
  Command c = editElement<ActionItem>("Edit action owner", "owner-ac-1", "ac-1", d, 9000,
                                      [](ActionItem& a) { a.owner = "Sam"; });
  c.redo(d);
  CHECK(d.actions[0].owner == "Sam");
  CHECK(d.actions[0].updated == 9000);
  CHECK(d.actions[0].title == "Add backoff");
  c.undo(d);
  CHECK(d.actions[0].owner == "");
  CHECK(d.actions[0].updated == 222);
}

TEST_CASE("editor: replaceElement swaps the whole element and back") {
  PostMortem d = sampleDoc();
  Factor f = d.factors[0];
  f.text = "Unbounded retries";
  f.category = FactorCategory::Environmental;
  Command c = replaceElement<Factor>("Edit factor", "", f, d, 4242);
  c.redo(d);
  CHECK(d.factors[0].text == "Unbounded retries");
  CHECK(d.factors[0].category == FactorCategory::Environmental);
  CHECK(d.factors[0].updated == 4242);
  c.undo(d);
  CHECK(d.factors[0].text == "Retry loop without backoff");
  CHECK(d.factors[0].category == FactorCategory::Technical);
  CHECK(d.factors[0].updated == 111);
}

TEST_CASE("editor: editing an event's time re-sorts the timeline, undo sorts it back") {
  PostMortem d = sampleDoc();
  Command c = editElement<TimelineEvent>("Edit time", "", "ev-1", d, 1,
                                         [](TimelineEvent& e) { e.time = at("2026-01-15T14:15:00Z"); });
  c.redo(d);
  REQUIRE(d.events.size() == 3);
  CHECK(d.events[0].id == "ev-2");
  CHECK(d.events[1].id == "ev-1");
  CHECK(d.events[2].id == "ev-3");
  c.undo(d);
  CHECK(d.events[0].id == "ev-1");
  CHECK(d.events[1].id == "ev-2");
  CHECK(d.events[0].time == at("2026-01-15T14:00:00Z"));
}

TEST_CASE("editor: equal times keep their order when sorting (stable)") {
  PostMortem d = sampleDoc();
  Command c = editElement<TimelineEvent>("Edit time", "", "ev-3", d, 1,
                                         [](TimelineEvent& e) { e.time = at("2026-01-15T14:10:00Z"); });
  c.redo(d);
  CHECK(d.events[1].id == "ev-2");
  CHECK(d.events[2].id == "ev-3");
}

TEST_CASE("editor: removeElement removes, undo re-inserts at the old position") {
  PostMortem d = sampleDoc();
  Command c = removeElement<TimelineEvent>("Delete event", "ev-2", d);
  c.redo(d);
  REQUIRE(d.events.size() == 2);
  CHECK(d.events[1].id == "ev-3");
  c.undo(d);
  REQUIRE(d.events.size() == 3);
  CHECK(d.events[1].id == "ev-2");
  CHECK(d.events[1].text == "Rollback");
}

TEST_CASE("editor: a missing id edits or removes nothing") {
  PostMortem d = sampleDoc();
  const std::string before = toJson(d);
  Command remove = removeElement<Factor>("Delete", "fa-nope", d);
  remove.redo(d);
  CHECK(d.factors.size() == 1);
  Command edit = editElement<Factor>("Edit", "", "fa-nope", d, 5, [](Factor& f) { f.text = "x"; });
  edit.redo(d);
  CHECK(d.factors.size() == 1);
  CHECK(d.factors[0].text == "Retry loop without backoff");
  CHECK(toJson(d) == before);
}

TEST_CASE("editor: batch redoes in order and undoes in reverse") {
  PostMortem d = sampleDoc();
  std::vector<Command> parts;
  parts.push_back(setDocValue<std::string>("", "", [](PostMortem& x) -> std::string& { return x.title; },
                                           "A", d));
  // The second part is built on the state after the first (title "A").
  PostMortem afterFirst = d;
  afterFirst.title = "A";
  parts.push_back(setDocValue<std::string>("", "", [](PostMortem& x) -> std::string& { return x.title; },
                                           "B", afterFirst));
  Command both = batch("Two titles", std::move(parts));
  CHECK(both.label == "Two titles");
  both.redo(d);
  CHECK(d.title == "B");
  both.undo(d);
  CHECK(d.title == "Checkout outage");
}

TEST_CASE("editor: removeWhyNodeSubtree removes the branch and unlinks every reference") {
  PostMortem d = sampleDoc();
  const std::string before = toJson(d);
  Command c = removeWhyNodeSubtree("wn-a", d, 999);
  CHECK(c.label == "Delete branch");
  c.redo(d);
  REQUIRE(d.whyNodes.size() == 2);
  CHECK(d.whyNodes[0].id == "wn-root");
  CHECK(d.whyNodes[1].id == "wn-b");
  CHECK(d.events[1].whyNodeId == "");     // was wn-a1 (inside the branch)
  CHECK(d.events[2].whyNodeId == "wn-b");  // outside the branch: kept
  CHECK(d.factors[0].whyNodeIds == std::vector<Id>{"wn-b"});
  CHECK(d.actions[0].whyNodeIds.empty());
  // Unlinking is an edit of the factor, the event and the action: stamped; undo is exact.
  CHECK(d.factors[0].updated == 999);
  CHECK(d.events[1].updated == 999);
  CHECK(d.events[2].updated != 999);  // untouched
  CHECK(d.actions[0].updated == 999);
  c.undo(d);
  CHECK(d.factors[0].updated == 111);
  CHECK(toJson(d) == before);
}

TEST_CASE("editor: removing a leaf why is 'Delete why'; removing the root empties the tree") {
  PostMortem d = sampleDoc();
  CHECK(removeWhyNodeSubtree("wn-b", d, 999).label == "Delete why");
  const std::string before = toJson(d);
  Command all = removeWhyNodeSubtree("wn-root", d, 999);
  all.redo(d);
  CHECK(d.whyNodes.empty());
  CHECK(d.factors[0].whyNodeIds.empty());
  CHECK(d.events[1].whyNodeId.empty());
  CHECK(d.events[2].whyNodeId.empty());
  all.undo(d);
  CHECK(toJson(d) == before);
}

TEST_CASE("editor: removeFactorWithLinks drops the factor from every action, undo restores") {
  PostMortem d = sampleDoc();
  const std::string before = toJson(d);
  Command c = removeFactorWithLinks("fa-1", d, 999);
  CHECK(c.label == "Delete factor");
  c.redo(d);
  CHECK(d.factors.empty());
  CHECK(d.actions[0].factorIds.empty());
  CHECK(d.actions[1].factorIds.empty());
  CHECK(d.actions[0].updated == 999);  // its links changed: stamped
  c.undo(d);
  CHECK(toJson(d) == before);
}

TEST_CASE("editor: removeActionItem and removeEventWithLinks undo exactly") {
  PostMortem d = sampleDoc();
  const std::string before = toJson(d);
  Command a = removeActionItem("ac-1", d);
  CHECK(a.label == "Delete action");
  a.redo(d);
  REQUIRE(d.actions.size() == 1);
  CHECK(d.actions[0].id == "ac-2");
  a.undo(d);
  CHECK(toJson(d) == before);
  Command e = removeEventWithLinks("ev-1", d);
  e.redo(d);
  CHECK(d.events.size() == 2);
  e.undo(d);
  CHECK(toJson(d) == before);
}

TEST_CASE("editor: History applies, undoes and redoes, stamping doc.updated") {
  PostMortem d = sampleDoc();
  History h;
  CHECK_FALSE(h.canUndo());
  CHECK(h.undoLabel().empty());
  CHECK_FALSE(h.undo(d, 1));
  CHECK(h.revision() == 0);

  h.apply(d, setDocValue<std::string>("Edit title", "", [](PostMortem& x) -> std::string& { return x.title; },
                                      "Disk full", d),
          1000);
  CHECK(d.title == "Disk full");
  CHECK(d.updated == 1000);
  CHECK(h.revision() == 1);
  CHECK(h.undoLabel() == "Edit title");
  CHECK(h.undo(d, 2000));
  CHECK(d.title == "Checkout outage");
  CHECK(d.updated == 2000);
  CHECK(h.revision() == 2);
  CHECK(h.redoLabel() == "Edit title");
  CHECK(h.redo(d, 3000));
  CHECK(d.title == "Disk full");
  CHECK(h.revision() == 3);
  CHECK_FALSE(h.redo(d, 4000));
  CHECK(h.revision() == 3);
}

TEST_CASE("editor: typing with one merge key is one undo step until the run ends") {
  PostMortem d = sampleDoc();
  d.title = "";
  History h;
  auto title = [](PostMortem& x) -> std::string& { return x.title; };
  for (const char* text : {"D", "Di", "Dis", "Disk"})
    h.apply(d, setDocValue<std::string>("Edit title", "title", title, text, d), 1);
  CHECK(h.size() == 1);
  CHECK(d.title == "Disk");
  h.breakMerge();
  h.apply(d, setDocValue<std::string>("Edit title", "title", title, "Disk full", d), 2);
  CHECK(h.size() == 2);
  CHECK(h.revision() == 5);
  h.undo(d, 3);
  CHECK(d.title == "Disk");
  h.undo(d, 4);
  CHECK(d.title == "");  // the whole first run at once
  h.redo(d, 5);
  CHECK(d.title == "Disk");  // redo of a merged run lands on its last value
}

TEST_CASE("editor: different keys, empty keys and undo all end a merge") {
  PostMortem d = sampleDoc();
  History h;
  auto title = [](PostMortem& x) -> std::string& { return x.title; };
  auto summary = [](PostMortem& x) -> std::string& { return x.sections.summary; };
  h.apply(d, setDocValue<std::string>("t", "title", title, "A", d), 1);
  h.apply(d, setDocValue<std::string>("s", "summary", summary, "B", d), 1);
  CHECK(h.size() == 2);
  h.apply(d, setDocValue<std::string>("x", "", title, "C", d), 1);
  h.apply(d, setDocValue<std::string>("x", "", title, "D", d), 1);
  CHECK(h.size() == 4);  // empty keys never merge
  h.undo(d, 2);
  CHECK(d.title == "C");
  h.apply(d, setDocValue<std::string>("x", "title", title, "E", d), 3);
  h.apply(d, setDocValue<std::string>("x", "title", title, "EF", d), 3);
  CHECK(h.size() == 4);  // the undone step is dropped; the new run is one step
  CHECK_FALSE(h.canRedo());
  h.undo(d, 4);
  CHECK(d.title == "C");
}

TEST_CASE("editor: History keeps the last 500 steps") {
  PostMortem d;
  History h;
  auto title = [](PostMortem& x) -> std::string& { return x.title; };
  for (int i = 1; i <= 501; ++i)
    h.apply(d, setDocValue<std::string>("t", "", title, std::to_string(i), d), i);
  CHECK(h.size() == 500);
  CHECK(h.revision() == 501);
  int undone = 0;
  while (h.undo(d, 0)) ++undone;
  CHECK(undone == 500);
  CHECK(d.title == "1");  // the first step fell off the history
  h.clear();
  CHECK_FALSE(h.canUndo());
  CHECK(h.size() == 0);
}
