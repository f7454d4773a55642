#include <doctest/doctest.h>

#include "core/analysis/duration_input.h"
#include "core/analysis/severity_suggestion.h"
#include "core/model/time_format.h"

using namespace hs;

TEST_CASE("editor: no trigger, no suggestion") {
  CHECK_FALSE(suggestSeverity({}).has_value());
}

TEST_CASE("editor: data loss or security suggests SEV-1 naming the triggers") {
  auto s = suggestSeverity({Trigger::DataLossOrBreach, Trigger::SecurityIncident, Trigger::NearMiss});
  REQUIRE(s);
  CHECK(s->severity == Severity::Sev1);
  CHECK(s->because == "Data loss or breach, Security incident");

  auto security = suggestSeverity({Trigger::SecurityIncident});
  REQUIRE(security);
  CHECK(security->severity == Severity::Sev1);
  CHECK(security->because == "Security incident");
}

TEST_CASE("editor: outage alone is SEV-2, outage with significant user impact SEV-1") {
  auto outage = suggestSeverity({Trigger::ProductionOutage});
  REQUIRE(outage);
  CHECK(outage->severity == Severity::Sev2);
  CHECK(outage->because == "Production outage");

  auto both = suggestSeverity({Trigger::ProductionOutage, Trigger::SignificantUserImpact});
  REQUIRE(both);
  CHECK(both->severity == Severity::Sev1);
  CHECK(both->because == "Production outage with significant user impact");

  auto all = suggestSeverity({Trigger::ProductionOutage, Trigger::DataLossOrBreach,
                              Trigger::SignificantUserImpact});
  REQUIRE(all);
  CHECK(all->because == "Data loss or breach, Production outage with significant user impact");
}

TEST_CASE("editor: missed SLA SEV-2, process and bugs SEV-3, near miss SEV-4") {
  CHECK(suggestSeverity({Trigger::MissedSla})->severity == Severity::Sev2);
  CHECK(suggestSeverity({Trigger::SignificantUserImpact})->severity == Severity::Sev2);
  auto three = suggestSeverity({Trigger::BugInProduction, Trigger::MissedDeadline, Trigger::NearMiss});
  REQUIRE(three);
  CHECK(three->severity == Severity::Sev3);
  CHECK(three->because == "Bug in production, Missed deadline");
  CHECK(suggestSeverity({Trigger::ProcessFailure})->severity == Severity::Sev3);
  auto near = suggestSeverity({Trigger::NearMiss});
  REQUIRE(near);
  CHECK(near->severity == Severity::Sev4);
  CHECK(near->because == "Near miss");
}

TEST_CASE("editor: duration input in people's notations") {
  CHECK(parseDurationInput("90 min") == 90 * kMinute);
  CHECK(parseDurationInput("90") == 90 * kMinute);
  CHECK(parseDurationInput("1 h 30 min") == 90 * kMinute);
  CHECK(parseDurationInput("2h5m") == 2 * kHour + 5 * kMinute);
  CHECK(parseDurationInput("1:30") == 90 * kMinute);
  CHECK(parseDurationInput("  45 s ") == 45'000);
  CHECK(parseDurationInput("3 d 4 h") == 3 * kDay + 4 * kHour);
  CHECK(parseDurationInput("2 Hours") == 2 * kHour);
}

TEST_CASE("editor: what formatDuration writes parses back") {
  for (TimeMs d : {TimeMs{45000}, 48 * kMinute, 2 * kHour + 5 * kMinute, 3 * kDay + 4 * kHour})
    CHECK(parseDurationInput(formatDuration(d)) == d);
}

TEST_CASE("editor: bad duration input is refused") {
  CHECK_FALSE(parseDurationInput(""));
  CHECK_FALSE(parseDurationInput("   "));
  CHECK_FALSE(parseDurationInput("abc"));
  CHECK_FALSE(parseDurationInput("-5 min"));
  CHECK_FALSE(parseDurationInput("5 weeks"));
  CHECK_FALSE(parseDurationInput("1:3"));
  CHECK_FALSE(parseDurationInput("1:75"));
  CHECK_FALSE(parseDurationInput("5 min 3"));
  CHECK_FALSE(parseDurationInput("10 min later"));
  CHECK_FALSE(parseDurationInput("99999999999999 h"));
}
