#include <doctest/doctest.h>

#include "core/analysis/metrics.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

// The sample library (test_analysis_fixtures.h), by hand, now = 2026-03-10 12:00 UTC:
//   pm-a Sev2 2026-01-05  db/disk        a1 Done (01-16 00:00), a2 Won't do (01-11 12:00)
//                                        created 01-06 00:00 -> closes after 10.0 days
//                                        TTD 10:00->10:20 = 20 min, TTR 10:00->12:00 = 120 min
//                                        factors: 2 technical, 1 process
//   pm-b Sev1 2026-01-20  checkout/latency b1 Done (01-26 00:00), b2 Done (01-26 12:00)
//                                        created 01-21 00:00 -> 5.5 days
//                                        TTD 08:00->alert 08:05 = 5 min, TTR 60 min; 1 environmental
//   pm-c Sev2 2026-02-10  DB/storage     c1 In progress due 03-01 (overdue), c2 Done 03-07,
//                                        c3 Not started due 03-10 (today: not overdue)
//                                        TTD 40 min, TTR 240 min; 1 technical
//   pm-d Sev3 2026-03-02  monitoring/disk  no actions, no events; 2 process
//   pm-e Sev1 2026-03-05  db,api/-       e1 Not started (no due), e2 Done 03-08, e3 Won't do (no
//                                        completed); impact falls back to detection 00:30 -> TTD 0,
//                                        TTR 00:30->02:00 = 90 min

TEST_CASE("analysis: average days to close actions") {
  Figure f = averageDaysToCloseActions(sampleLibrary());
  // Only pm-a (10.0) and pm-b (5.5) have all actions closed with completion times:
  // pm-c and pm-e have open actions, pm-d has none. (10 + 5.5) / 2 = 7.75.
  REQUIRE(f.value);
  CHECK(*f.value == doctest::Approx(7.75));
  CHECK(f.numerator == 2);
  CHECK(f.postMortemIds == std::vector<Id>{"pm-a", "pm-b"});
  CHECK(f.key == "avg_days_to_close_actions");
  CHECK_FALSE(f.definition.empty());
}

TEST_CASE("analysis: a closed action without completion time excludes its post-mortem") {
  std::vector<PostMortem> lib = sampleLibrary();
  lib[1].actions[1].completed.reset();  // pm-b can no longer be measured
  Figure f = averageDaysToCloseActions(lib);
  REQUIRE(f.value);
  CHECK(*f.value == doctest::Approx(10.0));
  CHECK(f.postMortemIds == std::vector<Id>{"pm-a"});
  CHECK_FALSE(averageDaysToCloseActions(std::vector<PostMortem>{}).value);
}

TEST_CASE("analysis: completion rate leaves won't-do out of the denominator") {
  Figure f = completionRate(sampleLibrary());
  // 10 actions, 2 won't do (a2, e3) -> 8; done: a1 b1 b2 c2 e2 = 5 -> 5/8 = 0.625.
  CHECK(f.numerator == 5);
  CHECK(f.denominator == 8);
  REQUIRE(f.value);
  CHECK(*f.value == doctest::Approx(0.625));
  CHECK(f.postMortemIds == std::vector<Id>{"pm-a", "pm-b", "pm-c", "pm-e"});
  CHECK_FALSE(completionRate(std::vector<PostMortem>{}).value);
}

TEST_CASE("analysis: overdue actions") {
  Figure f = overdueActions(sampleLibrary(), at(kSampleNowText));
  CHECK(*f.value == 1);  // c1 only; c3 is due today, e1 has no due date
  CHECK(f.postMortemIds == std::vector<Id>{"pm-c"});
  // A day later c3 is overdue too.
  CHECK(*overdueActions(sampleLibrary(), at("2026-03-11T00:00:00Z")).value == 2);
}

TEST_CASE("analysis: repeat incidents and the ones we knew about") {
  RepeatFigures r = repeatIncidents(sampleLibrary());
  // Issue 14's definition (worked through in test_scale_repeats.cpp): pm-c repeats pm-a (service
  // db, case-insensitive, 36 days); pm-d lists a service no earlier incident has, so its tag does
  // not count; pm-e repeats pm-c only, the most recent db incident. pm-a's actions were closed by
  // 01-16; pm-c had c1, c3 open on 03-05 and c2 done only on 03-07 -> known unfixed.
  REQUIRE(r.pairs.size() == 2);
  CHECK(r.pairs[0].laterId == "pm-c");
  CHECK(r.pairs[0].earlierId == "pm-a");
  CHECK(r.pairs[0].sharedServices == std::vector<std::string>{"DB"});
  CHECK(r.pairs[0].sharedTags.empty());
  CHECK_FALSE(r.pairs[0].knownUnfixed);
  CHECK(r.pairs[1].laterId == "pm-e");
  CHECK(r.pairs[1].earlierId == "pm-c");
  CHECK(r.pairs[1].knownUnfixed);
  CHECK(r.pairs[1].openActionIds == std::vector<Id>{"c1", "c2", "c3"});

  CHECK(*r.repeats.value == 2);
  CHECK(r.repeats.postMortemIds == std::vector<Id>{"pm-c", "pm-e"});
  CHECK(*r.knownUnfixed.value == 1);
  CHECK(r.knownUnfixed.postMortemIds == std::vector<Id>{"pm-e"});
}

TEST_CASE("analysis: an action created after the repeat was not known at its date") {
  std::vector<PostMortem> lib = sampleLibrary();
  for (ActionItem& a : lib[2].actions) a.created = at("2026-03-06T00:00:00Z");
  RepeatFigures r = repeatIncidents(lib);
  CHECK(r.pairs[1].laterId == "pm-e");
  CHECK_FALSE(r.pairs[1].knownUnfixed);
  CHECK(*r.knownUnfixed.value == 0);
}

TEST_CASE("analysis: same-day incidents are not repeats of each other") {
  PostMortem x = postMortem("x", "x", at("2026-01-01T00:00:00Z"));
  PostMortem y = postMortem("y", "y", at("2026-01-01T00:00:00Z"));
  x.tags = y.tags = {"net"};
  CHECK(findRepeatIncidents({x, y}).empty());
}

TEST_CASE("analysis: median time to detect and resolve per severity") {
  auto m = mediansBySeverity(sampleLibrary());
  // Sev1: TTD {0, 5 min} -> 2.5 min; TTR {60, 90 min} -> 75 min.
  CHECK(m[0].severity == Severity::Sev1);
  CHECK(m[0].timeToDetect.key == "median_ttd_sev1");
  CHECK(*m[0].timeToDetect.value == 2.5 * kMinute);
  CHECK(m[0].timeToDetect.numerator == 2);
  CHECK(m[0].timeToDetect.postMortemIds == std::vector<Id>{"pm-b", "pm-e"});
  CHECK(*m[0].timeToResolve.value == 75 * kMinute);
  // Sev2: TTD {20, 40} -> 30 min; TTR {120, 240} -> 180 min.
  CHECK(*m[1].timeToDetect.value == 30 * kMinute);
  CHECK(*m[1].timeToResolve.value == 180 * kMinute);
  // Sev3: pm-d has no timeline; Sev4: nothing.
  CHECK_FALSE(m[2].timeToDetect.value);
  CHECK(m[2].timeToDetect.numerator == 0);
  CHECK_FALSE(m[3].timeToResolve.value);
}

TEST_CASE("analysis: odd count median is the middle value") {
  std::vector<PostMortem> lib;
  int minutes[] = {30, 10, 20};
  for (int i = 0; i < 3; ++i) {
    PostMortem pm = postMortem(("p" + std::to_string(i)).c_str(), "t", at("2026-01-01T00:00:00Z"),
                               Severity::Sev4);
    pm.events = {event("e1", pm.incidentDate, EventKind::ImpactStarted),
                 event("e2", pm.incidentDate + minutes[i] * kMinute, EventKind::Detected)};
    lib.push_back(pm);
  }
  CHECK(*mediansBySeverity(lib)[3].timeToDetect.value == 20 * kMinute);
}

TEST_CASE("analysis: incidents per month by severity") {
  auto months = incidentsPerMonth(sampleLibrary());
  REQUIRE(months.size() == 3);
  CHECK(months[0].month == "2026-01");
  CHECK(months[0].total == 2);
  CHECK(months[0].bySeverity == std::array<int, 4>{1, 1, 0, 0});
  CHECK(months[0].postMortemIds == std::vector<Id>{"pm-a", "pm-b"});
  CHECK(months[1].month == "2026-02");
  CHECK(months[1].bySeverity == std::array<int, 4>{0, 1, 0, 0});
  CHECK(months[2].month == "2026-03");
  CHECK(months[2].bySeverity == std::array<int, 4>{1, 0, 1, 0});
  CHECK(incidentsPerMonth(std::vector<PostMortem>{}).empty());
}

TEST_CASE("analysis: incidents per month fills empty months across a year end") {
  std::vector<PostMortem> lib = {postMortem("late", "t", at("2026-02-28T23:59:59Z")),
                                 postMortem("early", "t", at("2025-11-01T00:00:00Z"))};
  auto months = incidentsPerMonth(lib);
  REQUIRE(months.size() == 4);
  CHECK(months[0].month == "2025-11");
  CHECK(months[1].month == "2025-12");
  CHECK(months[1].total == 0);
  CHECK(months[2].month == "2026-01");
  CHECK(months[3].month == "2026-02");
  CHECK(months[3].postMortemIds == std::vector<Id>{"late"});
}

TEST_CASE("analysis: contributing factors by category") {
  auto f = factorsByCategory(sampleLibrary());
  CHECK(f[0].category == FactorCategory::Technical);
  CHECK(f[0].count == 3);
  CHECK(f[0].postMortemIds == std::vector<Id>{"pm-a", "pm-c"});
  CHECK(f[1].count == 3);
  CHECK(f[1].postMortemIds == std::vector<Id>{"pm-a", "pm-d"});
  CHECK(f[2].count == 1);
  CHECK(f[2].postMortemIds == std::vector<Id>{"pm-b"});
}
