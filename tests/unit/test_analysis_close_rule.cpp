#include <doctest/doctest.h>

#include "core/analysis/close_rule.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

TEST_CASE("analysis: isOpen covers not started and in progress only") {
  CHECK(isOpen(action("a", "a", ActionStatus::NotStarted)));
  CHECK(isOpen(action("a", "a", ActionStatus::InProgress)));
  CHECK_FALSE(isOpen(action("a", "a", ActionStatus::Done)));
  CHECK_FALSE(isOpen(action("a", "a", ActionStatus::WontDo)));
}

TEST_CASE("analysis: overdue starts the day after the due date (UTC)") {
  const TimeMs now = at("2026-03-10T15:00:00Z");
  // Due today (even earlier today): not overdue yet.
  CHECK_FALSE(isOverdue(action("a", "a", ActionStatus::InProgress, at("2026-03-10T00:00:00Z")), now));
  CHECK_FALSE(isOverdue(action("a", "a", ActionStatus::InProgress, at("2026-03-10T09:00:00Z")), now));
  // Due yesterday, last millisecond: overdue.
  CHECK(isOverdue(action("a", "a", ActionStatus::NotStarted, at("2026-03-09T23:59:59.999Z")), now));
  // Closed or undated actions are never overdue.
  CHECK_FALSE(isOverdue(action("a", "a", ActionStatus::Done, at("2026-01-01T00:00:00Z")), now));
  CHECK_FALSE(isOverdue(action("a", "a", ActionStatus::WontDo, at("2026-01-01T00:00:00Z")), now));
  CHECK_FALSE(isOverdue(action("a", "a", ActionStatus::NotStarted), now));
}

TEST_CASE("analysis: countActions") {
  const TimeMs now = at("2026-03-10T12:00:00Z");
  PostMortem pm = postMortem("pm-1", "Disk full", at("2026-03-01T00:00:00Z"));
  pm.actions = {action("a1", "Add disk alert", ActionStatus::InProgress, at("2026-03-05T00:00:00Z")),
                action("a2", "Rotate logs", ActionStatus::NotStarted, at("2026-03-20T00:00:00Z")),
                action("a3", "Resize volume", ActionStatus::Done, at("2026-03-02T00:00:00Z")),
                action("a4", "Buy disks", ActionStatus::WontDo),
                action("a5", "Runbook", ActionStatus::NotStarted)};
  ActionCounts c = countActions(pm, now);
  CHECK(c.total == 5);
  CHECK(c.open == 3);
  CHECK(c.overdue == 1);  // only a1: due 03-05 < 03-10, open
  CHECK(c.done == 1);
  CHECK(c.wontDo == 1);
}

TEST_CASE("analysis: canClose lists the open actions blocking it") {
  PostMortem pm = postMortem("pm-1", "Disk full", at("2026-03-01T00:00:00Z"));
  pm.actions = {action("a1", "Add disk alert", ActionStatus::InProgress),
                action("a2", "Resize volume", ActionStatus::Done),
                action("a3", "Rotate logs", ActionStatus::NotStarted)};
  CloseCheck check = canClose(pm);
  CHECK_FALSE(check.allowed);
  CHECK(check.reason ==
        "2 actions are still open: 'Add disk alert' (In progress), 'Rotate logs' (Not started).");
  CHECK(check.openActionIds == std::vector<Id>{"a1", "a3"});

  pm.actions[2].status = ActionStatus::WontDo;
  check = canClose(pm);
  CHECK_FALSE(check.allowed);
  CHECK(check.reason == "1 action is still open: 'Add disk alert' (In progress).");

  pm.actions[0].status = ActionStatus::Done;
  check = canClose(pm);
  CHECK(check.allowed);
  CHECK(check.reason == "All 3 actions are done or won't do.");
  CHECK(check.openActionIds.empty());
}

TEST_CASE("analysis: canClose with no actions is allowed") {
  PostMortem pm = postMortem("pm-1", "Near miss", at("2026-03-01T00:00:00Z"));
  CloseCheck check = canClose(pm);
  CHECK(check.allowed);
  CHECK(check.reason == "No action items; the post-mortem can be closed.");
}
