#include <doctest/doctest.h>

#include "core/edit/field_edits.h"

using namespace hs;

namespace {

PostMortem sample() {
  PostMortem doc;
  doc.id = "pm-1";
  TimelineEvent e;
  e.id = "ev-1";
  e.text = "Alert fired";
  e.kind = EventKind::Alert;
  e.updated = 100;
  doc.events.push_back(e);
  WhyNode n;
  n.id = "wn-1";
  n.text = "Disk full";
  n.updated = 100;
  doc.whyNodes.push_back(n);
  return doc;
}

}  // namespace

TEST_CASE("field edits: event kind, text, decision point and why link, each undoable and stamped") {
  PostMortem doc = sample();
  History h;
  h.apply(doc, setEventKind(doc, "ev-1", EventKind::Mitigated, 500), 500);
  CHECK(doc.events[0].kind == EventKind::Mitigated);
  CHECK(doc.events[0].updated == 500);
  CHECK(h.undoLabel() == "Change event kind");

  Command text = setEventText(doc, "ev-1", "Pager fired", 600);
  CHECK(text.mergeKey == "event-text:ev-1");
  h.apply(doc, std::move(text), 600);
  h.apply(doc, setEventText(doc, "ev-1", "Pager fired twice", 700), 700);  // one typing run
  CHECK(doc.events[0].text == "Pager fired twice");
  h.undo(doc, 800);
  CHECK(doc.events[0].text == "Alert fired");  // the run undoes as one step
  CHECK(doc.events[0].kind == EventKind::Mitigated);

  h.apply(doc, setEventDecisionPoint(doc, "ev-1", true, 900), 900);
  CHECK(doc.events[0].decisionPoint);
  CHECK(h.undoLabel() == "Mark decision point");
  CHECK(setEventDecisionPoint(doc, "ev-1", false, 900).label == "Unmark decision point");

  h.apply(doc, setEventWhyLink(doc, "ev-1", "wn-1", 1000), 1000);
  CHECK(doc.events[0].whyNodeId == "wn-1");
  CHECK(h.undoLabel() == "Link event to why");
  h.apply(doc, setEventWhyLink(doc, "ev-1", "", 1100), 1100);
  CHECK(doc.events[0].whyNodeId.empty());
  CHECK(h.undoLabel() == "Unlink event");
  h.undo(doc, 1200);
  CHECK(doc.events[0].whyNodeId == "wn-1");
}

TEST_CASE("field edits: why text, root cause and category") {
  PostMortem doc = sample();
  History h;
  h.apply(doc, setWhyText(doc, "wn-1", "Disk filled by logs", 500), 500);
  CHECK(doc.whyNodes[0].text == "Disk filled by logs");
  CHECK(doc.whyNodes[0].updated == 500);
  h.apply(doc, setWhyRootCause(doc, "wn-1", true, 600), 600);
  CHECK(doc.whyNodes[0].rootCause);
  CHECK(h.undoLabel() == "Mark root cause");
  h.apply(doc, setWhyCategory(doc, "wn-1", FactorCategory::Process, 700), 700);
  CHECK(doc.whyNodes[0].category == FactorCategory::Process);
  h.apply(doc, setWhyCategory(doc, "wn-1", std::nullopt, 800), 800);
  CHECK_FALSE(doc.whyNodes[0].category.has_value());
  h.undo(doc, 900);
  h.undo(doc, 900);
  h.undo(doc, 900);
  CHECK_FALSE(doc.whyNodes[0].rootCause);
  CHECK(doc.whyNodes[0].text == "Disk filled by logs");
  h.undo(doc, 900);
  CHECK(doc.whyNodes[0].text == "Disk full");
  CHECK(doc.whyNodes[0].updated == 100);  // the old element, old stamp
}

TEST_CASE("field edits: one spelling of typing merge keys, field then element id") {
  CHECK(typingMergeKey("factor-text", "fa-1") == "factor-text:fa-1");
  CHECK(typingMergeKey("action-title", "ac-9") == "action-title:ac-9");
  CHECK(typingMergeKey("action-title", "ac-9") != typingMergeKey("action-owner", "ac-9"));
}
