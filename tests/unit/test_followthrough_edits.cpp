#include <doctest/doctest.h>

#include "core/analysis/figure_text.h"
#include "core/analysis/stats_report.h"
#include "core/library/action_edits.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

TEST_CASE("followthrough: status change keeps completed and progress consistent") {
  const TimeMs now = at("2026-03-10T12:00:00Z");
  ActionItem a = action("x", "X", ActionStatus::InProgress);
  a.progress = 40;

  setActionStatus(a, ActionStatus::Done, now);
  CHECK(a.status == ActionStatus::Done);
  CHECK(a.progress == 100);
  REQUIRE(a.completed);
  CHECK(*a.completed == now);

  // Done -> Won't do keeps the original close time.
  setActionStatus(a, ActionStatus::WontDo, now + kDay);
  CHECK(*a.completed == now);

  // Reopening clears it; the same status again changes nothing.
  setActionStatus(a, ActionStatus::InProgress, now);
  CHECK_FALSE(a.completed);
  a.progress = 70;
  setActionStatus(a, ActionStatus::InProgress, now + kDay);
  CHECK(a.progress == 70);
  CHECK_FALSE(a.completed);

  // Won't do from open: completed = now, progress kept.
  setActionStatus(a, ActionStatus::WontDo, now + 2 * kDay);
  CHECK(*a.completed == now + 2 * kDay);
  CHECK(a.progress == 70);
}

TEST_CASE("followthrough: bulk status change is one undo step per post-mortem") {
  std::vector<PostMortem> lib = sampleLibrary();
  const TimeMs now = at(kSampleNowText);
  std::vector<ActionRef> refs = {{"pm-c", "c1"}, {"pm-e", "e1"}, {"pm-c", "c3"},
                                 {"pm-c", "c2"},          // already Done: skipped
                                 {"pm-c", "c1"},          // repeated: skipped
                                 {"pm-x", "c1"}, {"pm-e", "nope"}};  // unknown: skipped
  std::vector<DocumentCommand> cmds = bulkStatusChange(lib, refs, ActionStatus::Done, now);
  REQUIRE(cmds.size() == 2);
  CHECK(cmds[0].postMortemId == "pm-c");
  CHECK(cmds[0].changed == 2);
  CHECK(cmds[0].command.label == "Set 2 actions to Done");
  CHECK(cmds[1].postMortemId == "pm-e");
  CHECK(cmds[1].changed == 1);
  CHECK(cmds[1].command.label == "Set 1 action to Done");

  History history;
  PostMortem& c = lib[2];
  history.apply(c, cmds[0].command, now);
  CHECK(c.findAction("c1")->status == ActionStatus::Done);
  CHECK(*c.findAction("c1")->completed == now);
  CHECK(c.findAction("c3")->status == ActionStatus::Done);
  CHECK(c.findAction("c2")->completed == at("2026-03-07T00:00:00Z"));  // untouched
  REQUIRE(history.undo(c, now));
  CHECK(c.findAction("c1")->status == ActionStatus::InProgress);
  CHECK(c.findAction("c3")->status == ActionStatus::NotStarted);
  CHECK_FALSE(c.findAction("c1")->completed);
  CHECK_FALSE(history.canUndo());

  CHECK(bulkStatusChange(lib, {{"pm-a", "a1"}}, ActionStatus::Done, now).empty());
  CHECK(bulkStatusChange(lib, {}, ActionStatus::Done, now).empty());
}

TEST_CASE("followthrough: review update appends a dated note, moves the due day, one command") {
  std::vector<PostMortem> lib = sampleLibrary();
  PostMortem& c = lib[2];
  const TimeMs now = at("2026-03-10T12:00:00Z");
  ReviewUpdate update;
  update.status = ActionStatus::InProgress;  // c1 is already in progress
  update.progress = 140;                     // clamped
  update.note = "waiting on vendor";
  update.newDue = at("2026-03-24T15:30:00Z");  // stored as the calendar day
  auto cmd = reviewUpdateCommand(c, "c1", update, now);
  REQUIRE(cmd);
  History history;
  history.apply(c, *cmd, now);
  const ActionItem* c1 = c.findAction("c1");
  CHECK(c1->progress == 100);
  CHECK(c1->notes == "2026-03-10 review: waiting on vendor");
  CHECK(*c1->due == at("2026-03-24T00:00:00Z"));
  CHECK(c1->status == ActionStatus::InProgress);

  // A second note goes on its own line.
  ReviewUpdate second;
  second.note = "vendor replied";
  auto cmd2 = reviewUpdateCommand(c, "c1", second, now + kDay);
  REQUIRE(cmd2);
  history.apply(c, *cmd2, now + kDay);
  CHECK(c.findAction("c1")->notes ==
        "2026-03-10 review: waiting on vendor\n2026-03-11 review: vendor replied");

  history.undo(c, now);
  history.undo(c, now);
  CHECK(c.findAction("c1")->notes.empty());
  CHECK(*c.findAction("c1")->due == at("2026-03-01T00:00:00Z"));

  // Nothing to do: empty update, no-op update, unknown action.
  CHECK_FALSE(reviewUpdateCommand(c, "c1", ReviewUpdate{}, now));
  ReviewUpdate same;
  same.status = ActionStatus::InProgress;
  CHECK_FALSE(reviewUpdateCommand(c, "c1", same, now));
  CHECK_FALSE(reviewUpdateCommand(c, "zz", second, now));
}

TEST_CASE("followthrough: figure texts equal the stats lines") {
  std::vector<PostMortem> lib = sampleLibrary();
  LibraryMetrics m = computeLibraryMetrics(lib, at(kSampleNowText));
  CHECK(rateText(m.completionRate) == "62.5% (5/8)");
  CHECK(daysText(m.averageDaysToClose) == "7.75 (n=2)");
  CHECK(countText(m.overdueActions) == "1");
  CHECK(countText(m.repeats.repeats) == "2");  // issue 14: pm-c and pm-e (test_scale_repeats.cpp)
  CHECK(countText(m.repeats.knownUnfixed) == "1");
  CHECK(minutesText(m.medians[0].timeToDetect) == "2.5 min (n=2)");
  CHECK(minutesText(m.medians[1].timeToResolve) == "180.0 min (n=2)");
  CHECK(minutesText(m.medians[2].timeToDetect) == "n/a (n=0)");
  // And every one of them appears verbatim in the report.
  std::string report = formatStatsReport(lib, at(kSampleNowText));
  for (const std::string& line :
       {"completion_rate: " + rateText(m.completionRate),
        "avg_days_to_close_actions: " + daysText(m.averageDaysToClose),
        "median_ttr_sev1: " + minutesText(m.medians[0].timeToResolve)})
    CHECK(report.find(line + "\n") != std::string::npos);

  Figure empty;
  CHECK(rateText(empty) == "n/a (0/0)");
  CHECK(daysText(empty) == "n/a (n=0)");
  CHECK(fixedDecimal(2.0 / 3.0 * 100, 1) == "66.7");
  CHECK(fixedDecimal(0.125, 2) == "0.13");
  CHECK(fixedDecimal(-0.004, 2) == "0.00");
}
