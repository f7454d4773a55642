#include <doctest/doctest.h>

#include "core/analysis/meeting_plan.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {
std::vector<int> minutesOf(const MeetingPlan& plan) {
  std::vector<int> out;
  for (const MeetingStep& s : plan.steps) out.push_back(s.minutes);
  return out;
}
}  // namespace

TEST_CASE("analysis: meeting length by severity") {
  CHECK(meetingMinutes(Severity::Sev1) == 90);
  CHECK(meetingMinutes(Severity::Sev2) == 75);
  CHECK(meetingMinutes(Severity::Sev3) == 60);
  CHECK(meetingMinutes(Severity::Sev4) == 45);
}

TEST_CASE("analysis: meeting steps split 5:15:20:10:15:10") {
  PostMortem pm = postMortem("p", "t", at("2026-01-01T00:00:00Z"), Severity::Sev2);
  MeetingPlan plan = planMeeting(pm);
  CHECK(plan.totalMinutes == 75);
  CHECK(minutesOf(plan) == std::vector<int>{5, 15, 20, 10, 15, 10});
  pm.severity = Severity::Sev1;  // x1.2
  CHECK(minutesOf(planMeeting(pm)) == std::vector<int>{6, 18, 24, 12, 18, 12});
  pm.severity = Severity::Sev3;  // x0.8
  CHECK(minutesOf(planMeeting(pm)) == std::vector<int>{4, 12, 16, 8, 12, 8});
  pm.severity = Severity::Sev4;  // x0.6
  CHECK(minutesOf(planMeeting(pm)) == std::vector<int>{3, 9, 12, 6, 9, 6});
}

TEST_CASE("analysis: meeting steps are contiguous and name their section") {
  MeetingPlan plan = planMeeting(postMortem("p", "t", 0, Severity::Sev1));
  REQUIRE(plan.steps.size() == 6);
  CHECK(plan.steps[0].title == "Set the stage");
  CHECK(plan.steps[0].section == DocSection::Summary);
  CHECK(plan.steps[0].guidance == blamelessReminder());
  CHECK(plan.steps[1].title == "Timeline review");
  CHECK(plan.steps[1].section == DocSection::Timeline);
  CHECK(plan.steps[2].title == "Contributing factors (5 whys)");
  CHECK(plan.steps[2].section == DocSection::WhyTree);
  CHECK(plan.steps[3].section == DocSection::WentWell);
  CHECK(plan.steps[4].section == DocSection::Actions);
  CHECK(plan.steps[5].title == "Close");
  CHECK(plan.steps[5].section == DocSection::Closing);
  std::vector<int> starts;
  for (const MeetingStep& s : plan.steps) starts.push_back(s.startMinute);
  CHECK(starts == std::vector<int>{0, 6, 24, 48, 60, 78});
  CHECK(label(DocSection::WhyTree) == "5 whys");
}

TEST_CASE("analysis: meeting of another length rounds and gives the rest to close") {
  PostMortem pm = postMortem("p", "t", 0);
  // 50 min: 50*5/75=3.33->3, 50*15/75=10, 50*20/75=13.33->13, 50*10/75=6.67->7, 10; close 50-43=7.
  CHECK(minutesOf(planMeeting(pm, 50)) == std::vector<int>{3, 10, 13, 7, 10, 7});
  // 100 min: 6.67->7, 20, 26.67->27, 13.33->13, 20; close 100-87=13.
  CHECK(minutesOf(planMeeting(pm, 100)) == std::vector<int>{7, 20, 27, 13, 20, 13});
  // 15 is clamped to 20: 1.33->1, 4, 5.33->5, 2.67->3, 4; close 3.
  MeetingPlan tiny = planMeeting(pm, 15);
  CHECK(tiny.totalMinutes == 20);
  CHECK(minutesOf(tiny) == std::vector<int>{1, 4, 5, 3, 4, 3});
  int badTotals = 0;
  for (int total = 20; total <= 480; ++total) {
    MeetingPlan p = planMeeting(pm, total);
    int sum = 0;
    for (const MeetingStep& s : p.steps) sum += s.minutes;
    if (sum != total || p.steps.back().minutes < 1) ++badTotals;
  }
  CHECK(badTotals == 0);
}

TEST_CASE("analysis: closing checklist lists open actions without owner or due date") {
  PostMortem pm = postMortem("p", "t", at("2026-01-01T00:00:00Z"));
  pm.actions = {action("a1", "Alert", ActionStatus::NotStarted, at("2026-02-01T00:00:00Z"), "ana"),
                action("a2", "Runbook", ActionStatus::InProgress, std::nullopt, "bo"),
                action("a3", "Drill", ActionStatus::NotStarted, at("2026-02-01T00:00:00Z"), "  "),
                action("a4", "Old", ActionStatus::Done),     // closed: needs neither
                action("a5", "Skip", ActionStatus::WontDo)};
  auto list = closingChecklist(pm);
  REQUIRE(list.size() == 3);
  CHECK(list[0].ok);
  CHECK(list[1].text == "Every open action has an owner");
  CHECK_FALSE(list[1].ok);
  CHECK(list[1].actionIds == std::vector<Id>{"a3"});
  CHECK(list[2].text == "Every open action has a due date");
  CHECK_FALSE(list[2].ok);
  CHECK(list[2].actionIds == std::vector<Id>{"a2"});

  auto empty = closingChecklist(postMortem("q", "t", 0));
  CHECK_FALSE(empty[0].ok);
  CHECK(empty[1].ok);
  CHECK(empty[2].ok);
}
