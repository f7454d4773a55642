#include <doctest/doctest.h>

#include "core/library/actions_hub.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {

const TimeMs kNow = at("2026-03-10T15:00:00Z");  // a Tuesday; the week runs to 03-16 inclusive

std::vector<PostMortem> library() {
  using S = ActionStatus;
  PostMortem p1 = postMortem("pm-1", "Disk full", at("2026-03-01T00:00:00Z"), Severity::Sev2);
  p1.actions = {action("a", "Overdue alert", S::InProgress, at("2026-03-09T00:00:00Z"), "Ana"),
                action("b", "Due today", S::NotStarted, at("2026-03-10T00:00:00Z"), "bo"),
                action("c", "No date", S::NotStarted, std::nullopt, "ana "),
                action("d", "Done early", S::Done, at("2026-03-12T00:00:00Z"), "bo")};
  PostMortem p2 = postMortem("pm-2", "Login outage", at("2026-03-05T00:00:00Z"), Severity::Sev1);
  p2.actions = {action("e", "Last day of week", S::NotStarted, at("2026-03-16T23:00:00Z"), "cy"),
                action("f", "Next week", S::InProgress, at("2026-03-17T00:00:00Z"), "ana"),
                action("g", "Also today", S::NotStarted, at("2026-03-10T00:00:00Z"), "cy")};
  return {p1, p2};
}

std::vector<Id> ids(const std::vector<ActionRow>& rows) {
  std::vector<Id> out;
  for (const ActionRow& r : rows) out.push_back(r.action.id);
  return out;
}

}  // namespace

TEST_CASE("library: actions hub rows carry their post-mortem") {
  auto rows = collectActions(library(), kNow);
  REQUIRE(rows.size() == 7);
  CHECK(rows[4].action.id == "e");
  CHECK(rows[4].postMortemIndex == 1);
  CHECK(rows[4].actionIndex == 0);
  CHECK(rows[4].postMortemId == "pm-2");
  CHECK(rows[4].postMortemTitle == "Login outage");
  CHECK(rows[4].severity == Severity::Sev1);
  CHECK(rows[0].overdue);
  CHECK_FALSE(rows[1].overdue);
}

TEST_CASE("library: actions sorted by due date, undated last, ties in library order") {
  // b (03-10, pm-1) and g (03-10, pm-2) tie: pm-1 first.
  CHECK(ids(queryActions(library(), {}, kNow)) ==
        std::vector<Id>{"a", "b", "g", "d", "e", "f", "c"});
}

TEST_CASE("library: due this week is [today, today + 7 days) and open") {
  CHECK(isDueThisWeek(action("x", "x", ActionStatus::NotStarted, at("2026-03-10T00:00:00Z")), kNow));
  CHECK(isDueThisWeek(action("x", "x", ActionStatus::NotStarted, at("2026-03-16T23:59:59Z")), kNow));
  CHECK_FALSE(isDueThisWeek(action("x", "x", ActionStatus::NotStarted, at("2026-03-17T00:00:00Z")), kNow));
  CHECK_FALSE(isDueThisWeek(action("x", "x", ActionStatus::NotStarted, at("2026-03-09T23:59:59Z")), kNow));
  CHECK_FALSE(isDueThisWeek(action("x", "x", ActionStatus::Done, at("2026-03-11T00:00:00Z")), kNow));
  ActionFilter f;
  f.dueThisWeekOnly = true;
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"b", "g", "e"});
}

TEST_CASE("library: action filters") {
  ActionFilter f;
  f.owner = "ANA";  // matches "Ana", "ana " and "ana"
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"a", "f", "c"});
  f = {};
  f.overdueOnly = true;
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"a"});
  f = {};
  f.status = ActionStatus::NotStarted;
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"b", "g", "e", "c"});
  f = {};
  f.postMortemId = "pm-2";
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"g", "e", "f"});
  f = {};
  f.severity = Severity::Sev2;
  f.owner = "bo";
  CHECK(ids(queryActions(library(), f, kNow)) == std::vector<Id>{"b", "d"});
  f.postMortemId = "pm-missing";
  CHECK(queryActions(library(), f, kNow).empty());
}
