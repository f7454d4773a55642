// Library figures grow with the library, never with the span of its dates: two
// incidents dated 0000-01-01 and 9999-12-31 once gave 120,000 month buckets (a
// 15 MB `stats --json`, a dashboard loop of 120,000 bars a frame).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/analysis/metrics.h"
#include "core/analysis/stats_json.h"
#include "core/analysis/stats_report.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {
std::vector<PostMortem> tenThousandYears() {
  return {postMortem("pm-first", "t", at("0000-01-01T00:00:00Z"), Severity::Sev1),
          postMortem("pm-last", "t", at("9999-12-31T23:59:59Z"), Severity::Sev2)};
}
}  // namespace

TEST_CASE("bounds: incidents per month over 10,000 years lists only months with incidents") {
  auto months = incidentsPerMonth(tenThousandYears());
  REQUIRE(months.size() == 2);
  CHECK(months[0].month == "0000-01");
  CHECK(months[0].bySeverity == std::array<int, 4>{1, 0, 0, 0});
  CHECK(months[0].postMortemIds == std::vector<Id>{"pm-first"});
  CHECK(months[1].month == "9999-12");
  CHECK(months[1].bySeverity == std::array<int, 4>{0, 1, 0, 0});

  // Up to ten years apart, the empty months in between are still listed.
  std::vector<PostMortem> decade = {postMortem("a", "t", at("2016-01-05T00:00:00Z")),
                                    postMortem("b", "t", at("2025-12-20T00:00:00Z")),
                                    postMortem("c", "t", at("2016-01-31T00:00:00Z"))};
  months = incidentsPerMonth(decade);
  REQUIRE(months.size() == 120);
  CHECK(months[0].month == "2016-01");
  CHECK(months[0].postMortemIds == std::vector<Id>{"a", "c"});
  CHECK(months[1].total == 0);
  CHECK(months[119].month == "2025-12");
  // One month more and only the two months with incidents remain.
  decade[1].incidentDate = at("2026-01-01T00:00:00Z");
  months = incidentsPerMonth(decade);
  REQUIRE(months.size() == 2);
  CHECK(months[1].month == "2026-01");
}

TEST_CASE("bounds: stats of incidents 10,000 years apart stay small") {
  const TimeMs now = at("2026-03-01T00:00:00Z");
  const std::string json = statsReportJson(tenThousandYears(), now);
  CHECK(json.size() < 3000);
  auto j = nlohmann::json::parse(json);
  REQUIRE(j["incidents_per_month"].size() == 2);
  CHECK(j["incidents_per_month"][0]["month"] == "0000-01");
  CHECK(j["incidents_per_month"][1]["month"] == "9999-12");
  CHECK(j["incidents_per_month"][1]["sev2"] == 1);

  const std::string text = formatStatsReport(tenThousandYears(), now);
  CHECK(text.size() < 2000);
  CHECK(text.find("incidents_month: 0000-01 total=1 sev1=1 sev2=0 sev3=0 sev4=0\n"
                  "incidents_month: 9999-12 total=1 sev1=0 sev2=1 sev3=0 sev4=0\n") != std::string::npos);
}
