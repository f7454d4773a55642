#include <doctest/doctest.h>

#include "core/analysis/stats_report.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

// Numbers worked out by hand in test_analysis_metrics.cpp for the same sample library.
TEST_CASE("analysis: stats report of the sample library") {
  const std::string expected =
      "postmortems: 5\n"
      "postmortems_by_severity: sev1=2 sev2=2 sev3=1 sev4=0\n"
      "postmortems_by_status: draft=5 reviewed=0 closed=0\n"
      "actions_total: 10\n"
      "actions_open: 3\n"
      "actions_overdue: 1\n"
      "actions_done: 5\n"
      "actions_wont_do: 2\n"
      "completion_rate: 62.5% (5/8)\n"
      "avg_days_to_close_actions: 7.75 (n=2)\n"
      "overdue_actions: 1\n"
      "repeat_incidents: 2\n"
      "repeat_incidents_known_unfixed: 1\n"
      "repeat_incidents_definition: A later incident repeats the most recent earlier incident (at most 90 days "
      "before it) that shares a service with it, or a tag when the later incident lists no services; each "
      "incident counts once.\n"
      "repeat: later=pm-c earlier=pm-a known_unfixed=no open_actions= services=DB tags=\n"
      "repeat: later=pm-e earlier=pm-c known_unfixed=yes open_actions=c1,c2,c3 services=db tags=\n"
      "median_ttd_sev1: 2.5 min (n=2)\n"
      "median_ttd_sev2: 30.0 min (n=2)\n"
      "median_ttd_sev3: n/a (n=0)\n"
      "median_ttd_sev4: n/a (n=0)\n"
      "median_ttr_sev1: 75.0 min (n=2)\n"
      "median_ttr_sev2: 180.0 min (n=2)\n"
      "median_ttr_sev3: n/a (n=0)\n"
      "median_ttr_sev4: n/a (n=0)\n"
      "incidents_month: 2026-01 total=2 sev1=1 sev2=1 sev3=0 sev4=0\n"
      "incidents_month: 2026-02 total=1 sev1=0 sev2=1 sev3=0 sev4=0\n"
      "incidents_month: 2026-03 total=2 sev1=1 sev2=0 sev3=1 sev4=0\n"
      "factors_technical: 3\n"
      "factors_process: 3\n"
      "factors_environmental: 1\n";
  CHECK(formatStatsReport(sampleLibrary(), at(kSampleNowText)) == expected);
}

TEST_CASE("analysis: stats report of an empty library") {
  const std::string expected =
      "postmortems: 0\n"
      "postmortems_by_severity: sev1=0 sev2=0 sev3=0 sev4=0\n"
      "postmortems_by_status: draft=0 reviewed=0 closed=0\n"
      "actions_total: 0\n"
      "actions_open: 0\n"
      "actions_overdue: 0\n"
      "actions_done: 0\n"
      "actions_wont_do: 0\n"
      "completion_rate: n/a (0/0)\n"
      "avg_days_to_close_actions: n/a (n=0)\n"
      "overdue_actions: 0\n"
      "repeat_incidents: 0\n"
      "repeat_incidents_known_unfixed: 0\n"
      "repeat_incidents_definition: A later incident repeats the most recent earlier incident (at most 90 days "
      "before it) that shares a service with it, or a tag when the later incident lists no services; each "
      "incident counts once.\n"
      "median_ttd_sev1: n/a (n=0)\n"
      "median_ttd_sev2: n/a (n=0)\n"
      "median_ttd_sev3: n/a (n=0)\n"
      "median_ttd_sev4: n/a (n=0)\n"
      "median_ttr_sev1: n/a (n=0)\n"
      "median_ttr_sev2: n/a (n=0)\n"
      "median_ttr_sev3: n/a (n=0)\n"
      "median_ttr_sev4: n/a (n=0)\n"
      "factors_technical: 0\n"
      "factors_process: 0\n"
      "factors_environmental: 0\n";
  CHECK(formatStatsReport(std::vector<PostMortem>{}, at(kSampleNowText)) == expected);
}

TEST_CASE("analysis: stats report rounds a two-thirds rate to one decimal") {
  PostMortem pm = postMortem("p", "t", at("2026-01-01T00:00:00Z"));
  pm.actions = {action("a", "a", ActionStatus::Done), action("b", "b", ActionStatus::Done),
                action("c", "c", ActionStatus::NotStarted)};
  std::string report = formatStatsReport({pm}, at(kSampleNowText));
  CHECK(report.find("\ncompletion_rate: 66.7% (2/3)\n") != std::string::npos);
}

TEST_CASE("analysis: stats report counts post-mortems by status") {
  std::vector<PostMortem> library = sampleLibrary();
  library[0].status = DocStatus::Closed;
  library[2].status = DocStatus::Reviewed;
  library[4].status = DocStatus::Closed;
  std::string report = formatStatsReport(library, at(kSampleNowText));
  CHECK(report.find("\npostmortems_by_status: draft=2 reviewed=1 closed=2\n") != std::string::npos);
  CHECK(report.find("\npostmortems_by_severity: sev1=2 sev2=2 sev3=1 sev4=0\n") != std::string::npos);
}
