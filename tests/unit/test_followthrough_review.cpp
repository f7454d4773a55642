#include <doctest/doctest.h>

#include "core/library/weekly_review.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

// Open actions of the sample at 2026-03-10 12:00: c1 (in progress, due 03-01: overdue),
// c3 (not started, due 03-10: today, not overdue), e1 (no due date: last).
TEST_CASE("followthrough: weekly review walks open actions, soonest due first") {
  std::vector<PostMortem> lib = sampleLibrary();
  WeeklyReview review;
  CHECK(review.phase() == WeeklyReview::Phase::NotStarted);
  CHECK(review.current() == nullptr);

  review.start(lib, at(kSampleNowText));
  REQUIRE(review.phase() == WeeklyReview::Phase::Reviewing);
  REQUIRE(review.items().size() == 3);
  CHECK(review.items()[0].ref.actionId == "c1");
  CHECK(review.items()[0].escalate);
  CHECK(review.items()[1].ref.actionId == "c3");
  CHECK_FALSE(review.items()[1].escalate);
  CHECK(review.items()[2].ref.actionId == "e1");
  CHECK(review.items()[2].ref.postMortemId == "pm-e");
  CHECK(review.current()->ref.actionId == "c1");
  CHECK(review.visitedCount() == 1);

  review.markUpdated();
  review.previous();  // no-op on the first
  CHECK(review.position() == 0);
  review.next();
  CHECK(review.current()->ref.actionId == "c3");
  review.next();
  CHECK(review.current()->ref.actionId == "e1");
  CHECK(review.visitedCount() == 3);
  review.next();
  CHECK(review.phase() == WeeklyReview::Phase::Finished);
  CHECK(review.current() == nullptr);
  CHECK(review.updatedCount() == 1);
  review.markUpdated();  // ignored once finished
  CHECK(review.updatedCount() == 1);

  // Back from the summary to the last action.
  review.previous();
  CHECK(review.current()->ref.actionId == "e1");
  review.finish();
  CHECK(review.phase() == WeeklyReview::Phase::Finished);

  std::vector<ActionRef> esc = review.escalations(lib, at(kSampleNowText));
  REQUIRE(esc.size() == 1);
  CHECK(esc[0].postMortemId == "pm-c");
  CHECK(esc[0].actionId == "c1");

  review.reset();
  CHECK(review.phase() == WeeklyReview::Phase::NotStarted);
  CHECK(review.items().empty());
}

TEST_CASE("followthrough: weekly review of a library without open actions finishes at once") {
  std::vector<PostMortem> lib = sampleLibrary();
  lib.erase(lib.begin() + 2, lib.end());  // pm-a and pm-b: all actions closed
  WeeklyReview review;
  review.start(lib, at(kSampleNowText));
  CHECK(review.phase() == WeeklyReview::Phase::Finished);
  CHECK(review.items().empty());
  CHECK(review.escalations(lib, at(kSampleNowText)).empty());
  review.next();
  review.previous();
  CHECK(review.phase() == WeeklyReview::Phase::Finished);
}

TEST_CASE("followthrough: the review queue is a snapshot; escalations are what is still overdue") {
  std::vector<PostMortem> lib = sampleLibrary();
  WeeklyReview review;
  // A day later c3 (due 03-10) is overdue too.
  review.start(lib, at("2026-03-11T08:00:00Z"));
  REQUIRE(review.items().size() == 3);
  CHECK(review.items()[1].escalate);
  // Closing c1 in the document does not remove it from the walk, but it needs no escalation.
  CHECK(review.escalations(lib, at("2026-03-11T08:00:00Z")).size() == 2);
  lib[2].actions[0].status = ActionStatus::Done;
  CHECK(review.items()[0].ref.actionId == "c1");
  std::vector<ActionRef> esc = review.escalations(lib, at("2026-03-11T08:00:00Z"));
  REQUIRE(esc.size() == 1);
  CHECK(esc[0].actionId == "c3");
}
