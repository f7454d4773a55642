// The three metric bugs of issue 14, each worked out by hand.
#include <doctest/doctest.h>

#include "core/analysis/metrics.h"
#include "core/analysis/month_chart.h"
#include "core/library/action_edits.h"
#include "core/library/weekly_review.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

TEST_CASE("scale: a won't-do action without a completion time counts at its last update") {
  // Closed post-mortem created 01-06 00:00: a1 done 01-16 00:00, a2 won't do with no `completed`
  // (as the shipped checkout example and every won't-do set in the actions tab had), decided
  // (updated) 01-20 12:00 -> the last closing is 01-20 12:00: 14.5 days.
  PostMortem pm = postMortem("pm", "closed", at("2026-01-05T00:00:00Z"));
  pm.created = at("2026-01-06T00:00:00Z");
  pm.status = DocStatus::Closed;
  pm.actions = {closedAction("a1", ActionStatus::Done, pm.created, at("2026-01-16T00:00:00Z")),
                closedAction("a2", ActionStatus::WontDo, pm.created, std::nullopt)};
  pm.actions[1].updated = at("2026-01-20T12:00:00Z");
  Figure f = averageDaysToCloseActions(std::vector<PostMortem>{pm});
  REQUIRE(f.value);
  CHECK(*f.value == doctest::Approx(14.5));
  CHECK(f.numerator == 1);
}

TEST_CASE("scale: setting won't do stamps the completion time the metric reads") {
  ActionItem a = action("a", "Rewrite the scheduler", ActionStatus::InProgress);
  setActionStatus(a, ActionStatus::WontDo, at("2026-02-01T09:00:00Z"));
  REQUIRE(a.completed);
  CHECK(*a.completed == at("2026-02-01T09:00:00Z"));
}

namespace {

// Five open actions overdue on 2026-03-11 (due 03-01 .. 03-05) and one due later.
std::vector<PostMortem> reviewLibrary() {
  PostMortem pm = postMortem("pm", "Queue backlog", at("2026-02-01T00:00:00Z"));
  for (int i = 0; i < 5; ++i) {
    std::string id = "o" + std::to_string(i + 1);
    pm.actions.push_back(action("", "", ActionStatus::NotStarted, at("2026-03-01T00:00:00Z") + i * kDay));
    pm.actions.back().id = id;
    pm.actions.back().title = id;
  }
  pm.actions.push_back(action("later", "later", ActionStatus::NotStarted, at("2026-04-01T00:00:00Z")));
  return {pm};
}

}  // namespace

TEST_CASE("scale: weekly review summary agrees with the header after a save") {
  const TimeMs now = at("2026-03-11T08:00:00Z");
  std::vector<PostMortem> lib = reviewLibrary();
  WeeklyReview review;
  review.start(lib, now);
  REQUIRE(review.items().size() == 6);
  CHECK(review.items()[0].ref.actionId == "o1");

  // Save on the first card: due moved to next week, so o1 is no longer overdue; then End review.
  ReviewUpdate update;
  update.newDue = at("2026-03-18T00:00:00Z");
  lib[0].actions[0] = reviewedAction(lib[0].actions[0], update, now);
  review.markUpdated();
  review.next();
  review.finish();

  // The header counts 4 overdue now (o2..o5); the summary must say the same.
  CHECK(*overdueActions(lib, now).value == 4);
  std::vector<ActionRef> esc = review.escalations(lib, now);
  REQUIRE(esc.size() == 4);
  CHECK(esc[0].actionId == "o2");
  CHECK(esc[3].actionId == "o5");
  // One action was reviewed (saved); the second was only shown when the review ended.
  CHECK(review.reviewedCount() == 1);
  CHECK(review.updatedCount() == 1);
}

TEST_CASE("scale: weekly review counts a skipped action as reviewed, a shown one not") {
  const TimeMs now = at("2026-03-11T08:00:00Z");
  std::vector<PostMortem> lib = reviewLibrary();
  WeeklyReview review;
  review.start(lib, now);
  review.next();  // skip o1
  review.next();  // skip o2
  review.previous();
  review.finish();
  CHECK(review.reviewedCount() == 2);
  CHECK(review.escalations(lib, now).size() == 5);
}

TEST_CASE("scale: one old incident does not stretch the month chart over empty months") {
  // One incident in 2017-01, three in 2026-01..03: incidentsPerMonth fills 2017-01..2026-03,
  // 111 months. The chart keeps runs of up to 3 empty months and folds longer ones into one
  // break: 2017-01 | break of 107 months (2017-02..2025-12) | 2026-01 | 2026-02 | 2026-03.
  std::vector<PostMortem> lib = {postMortem("old", "t", at("2017-01-10T00:00:00Z")),
                                 postMortem("j", "t", at("2026-01-10T00:00:00Z")),
                                 postMortem("f", "t", at("2026-02-10T00:00:00Z")),
                                 postMortem("m", "t", at("2026-03-10T00:00:00Z"))};
  std::vector<MonthBucket> months = incidentsPerMonth(lib);
  REQUIRE(months.size() == 111);
  std::vector<MonthChartSlot> slots = monthChartSlots(months);
  REQUIRE(slots.size() == 5);
  CHECK(slots[0].bucket == 0);
  CHECK(slots[1].bucket == -1);
  CHECK(slots[1].skippedMonths == 107);
  CHECK(slots[2].bucket == 108);
  CHECK(months[108].month == "2026-01");
  CHECK(slots[4].bucket == 110);

  // Three empty months in a row stay (2026-01, three empty, 2026-05): 5 slots, no break.
  std::vector<PostMortem> gap = {postMortem("a", "t", at("2026-01-10T00:00:00Z")),
                                 postMortem("b", "t", at("2026-05-10T00:00:00Z"))};
  slots = monthChartSlots(incidentsPerMonth(gap));
  REQUIRE(slots.size() == 5);
  for (int i = 0; i < 5; ++i) CHECK(slots[static_cast<std::size_t>(i)].bucket == i);
}

TEST_CASE("scale: month chart labels are drawn only where they do not collide") {
  // 500 px for 111 slots: 4.5 px each. A month label 60 px wide fits every 14th slot
  // (ceil(60 / 4.5) = 14); a count label 9 px wide ("1") needs 2 slots, so counts are not drawn
  // over bars thinner than the text ("111" was three overlapping "1"s).
  CHECK(labelStride(4.5f, 60.0f) == 14);
  CHECK(labelStride(100.0f, 60.0f) == 1);
  CHECK_FALSE(countLabelFits(4.5f, 9.0f));
  CHECK(countLabelFits(100.0f, 9.0f));
}
