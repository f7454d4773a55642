#include <doctest/doctest.h>

#include "core/analysis/durations.h"
#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/io/paste_import.h"

using namespace hs;

namespace {
constexpr TimeMs kJan15 = 1768435200000;  // 2026-01-15T00:00:00Z
TimeMs at(int h, int m, int s = 0, int ms = 0) {
  return kJan15 + h * kHour + m * kMinute + s * 1000 + ms;
}

PostMortem docWith(std::initializer_list<TimeMs> times) {
  PostMortem doc;
  int n = 0;
  for (TimeMs t : times) {
    TimelineEvent e;
    e.id = "ev-" + std::to_string(++n);
    e.time = t;
    e.text = "event " + std::to_string(n);
    doc.events.push_back(e);
  }
  return doc;
}

std::vector<std::string> idsOf(const PostMortem& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.events) out.push_back(e.id);
  return out;
}
}  // namespace

TEST_CASE("timeline: snapping to the minute and to the second") {
  CHECK(snapTime(at(14, 32, 29, 999), false) == at(14, 32));
  CHECK(snapTime(at(14, 32, 30), false) == at(14, 33));  // half rounds up
  CHECK(snapTime(at(14, 32, 0), false) == at(14, 32));
  CHECK(snapTime(at(23, 59, 45), false) == kJan15 + kDay);  // crosses midnight
  CHECK(snapTime(at(14, 32, 5, 499), true) == at(14, 32, 5));
  CHECK(snapTime(at(14, 32, 5, 500), true) == at(14, 32, 6));
  // Before the epoch the remainder is negative; snapping must still go to the nearest.
  CHECK(snapTime(-1000, false) == 0);
  CHECK(snapTime(-40'000, false) == -kMinute);
  CHECK(snapTime(-1400, true) == -1000);
}

TEST_CASE("timeline: makeEvent gives a fresh id and the given fields") {
  TimelineEvent a = makeEvent(at(9, 0), "Deploy started", EventKind::Other);
  TimelineEvent b = makeEvent(at(9, 0), "Deploy started", EventKind::Other);
  CHECK(a.id.rfind("ev-", 0) == 0);
  CHECK(a.id != b.id);
  CHECK(a.time == at(9, 0));
  CHECK(a.text == "Deploy started");
  CHECK(a.whyNodeId.empty());
}

TEST_CASE("timeline: moving an event keeps the timeline sorted and undoes exactly") {
  PostMortem doc = docWith({at(14, 32), at(14, 35), at(14, 40)});
  History history;
  history.apply(doc, moveEvent("ev-1", at(14, 38), doc, 5000), 5000);
  CHECK(idsOf(doc) == std::vector<std::string>{"ev-2", "ev-1", "ev-3"});
  CHECK(doc.findEvent("ev-1")->time == at(14, 38));
  CHECK(doc.findEvent("ev-1")->updated == 5000);
  REQUIRE(history.undo(doc, 6000));
  CHECK(idsOf(doc) == std::vector<std::string>{"ev-1", "ev-2", "ev-3"});
  CHECK(doc.findEvent("ev-1")->time == at(14, 32));
  CHECK(doc.findEvent("ev-1")->updated == 0);
}

TEST_CASE("timeline: pasted rows become events in one undo step") {
  PostMortem doc = docWith({at(14, 0), at(16, 0)});
  const char* text =
      "14:32 - Alert fired for high error rate\n"
      "not a timeline row\n"
      "14:35 - On-call acknowledged\n"
      "14:40 - Cause identified: bad config push\n"
      "15:15 - Fix deployed\n"
      "15:20 - Error rate normal\n";
  PastePreview preview = previewPastedTimeline(text, kJan15);
  REQUIRE(preview.acceptedCount == 5);
  CHECK(preview.rejectedCount == 1);
  std::vector<TimelineEvent> events = eventsFromPaste(preview);
  REQUIRE(events.size() == 5);
  CHECK(events[0].text == "Alert fired for high error rate");
  CHECK(events[4].kind == EventKind::Resolved);

  History history;
  history.apply(doc, addEvents("Import 5 events", events, 7000), 7000);
  CHECK(history.size() == 1);
  REQUIRE(doc.events.size() == 7);
  // Sorted by time, existing events stay around the new ones.
  CHECK(doc.events.front().id == "ev-1");
  CHECK(doc.events[1].text == "Alert fired for high error rate");
  CHECK(doc.events[5].text == "Error rate normal");
  CHECK(doc.events.back().id == "ev-2");
  CHECK(doc.events[3].updated == 7000);
  IncidentDurations d = deriveDurations(doc);
  // The first event (14:00, kind Other) is not a milestone; impact starts with the alert.
  REQUIRE(d.timeToResolve.has_value());
  CHECK(*d.timeToResolve == 48 * kMinute);

  REQUIRE(history.undo(doc, 8000));
  CHECK(idsOf(doc) == std::vector<std::string>{"ev-1", "ev-2"});
  REQUIRE(history.redo(doc, 9000));
  CHECK(doc.events.size() == 7);
}

TEST_CASE("timeline: adding 10,000 events sorts once and stays ordered") {
  std::vector<TimelineEvent> events;
  for (int i = 0; i < 10000; ++i)  // reverse order on purpose
    events.push_back(makeEvent(kJan15 + (10000 - i) * 1000, "e", EventKind::Other));
  PostMortem doc;
  History history;
  history.apply(doc, addEvents("Import", std::move(events), 1), 1);
  REQUIRE(doc.events.size() == 10000);
  for (std::size_t i = 1; i < doc.events.size(); ++i)
    REQUIRE(doc.events[i - 1].time <= doc.events[i].time);
  history.undo(doc, 2);
  CHECK(doc.events.empty());
}

TEST_CASE("timeline: an empty paste adds nothing") {
  PastePreview preview = previewPastedTimeline("\n\n  \n", kJan15);
  CHECK(eventsFromPaste(preview).empty());
  PostMortem doc = docWith({at(1, 0)});
  History history;
  history.apply(doc, addEvents("Import", eventsFromPaste(preview), 1), 1);
  CHECK(doc.events.size() == 1);
}
