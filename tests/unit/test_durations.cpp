#include <doctest/doctest.h>

#include "core/analysis/durations.h"

using namespace hs;

namespace {
constexpr TimeMs kDay0 = 1768435200000;  // 2026-01-15T00:00:00Z

TimeMs at(int h, int m) { return kDay0 + h * kHour + m * kMinute; }

void add(PostMortem& doc, int h, int m, EventKind kind) {
  TimelineEvent e;
  e.id = "ev-" + std::to_string(doc.events.size());
  e.time = at(h, m);
  e.kind = kind;
  doc.events.push_back(e);
}

PostMortem checkoutIncident() {
  PostMortem doc;
  add(doc, 14, 32, EventKind::Alert);
  add(doc, 14, 35, EventKind::Acknowledged);
  add(doc, 14, 40, EventKind::CauseIdentified);
  add(doc, 15, 15, EventKind::FixDeployed);
  add(doc, 15, 20, EventKind::Resolved);
  return doc;
}
}  // namespace

TEST_CASE("durations: checkout incident (acceptance example)") {
  PostMortem doc = checkoutIncident();
  Milestones m = findMilestones(doc);
  CHECK(m.impactStarted == at(14, 32));  // no ImpactStarted: falls back to the alert
  CHECK(m.detected == at(14, 32));       // no Detected: falls back to the alert
  CHECK(m.acknowledged == at(14, 35));
  CHECK(m.mitigated == at(15, 15));  // no Mitigated: falls back to FixDeployed
  CHECK(m.resolved == at(15, 20));

  IncidentDurations d = deriveDurations(doc);
  CHECK(d.timeToDetect == 0);
  CHECK(d.timeToAcknowledge == 3 * kMinute);
  CHECK(d.timeToMitigate == 43 * kMinute);
  CHECK(d.timeToResolve == 48 * kMinute);
  CHECK(d.duration == 48 * kMinute);
}

TEST_CASE("durations: explicit milestones win over fallbacks") {
  PostMortem doc;
  add(doc, 9, 0, EventKind::Communication);
  add(doc, 10, 0, EventKind::ImpactStarted);
  add(doc, 10, 20, EventKind::Alert);
  add(doc, 10, 25, EventKind::Detected);
  add(doc, 10, 31, EventKind::Acknowledged);
  add(doc, 11, 0, EventKind::FixDeployed);
  add(doc, 11, 10, EventKind::Mitigated);
  add(doc, 12, 0, EventKind::Resolved);
  add(doc, 12, 30, EventKind::Resolved);  // only the first counts
  IncidentDurations d = deriveDurations(doc);
  CHECK(d.timeToDetect == 25 * kMinute);
  CHECK(d.timeToAcknowledge == 6 * kMinute);
  CHECK(d.timeToMitigate == 70 * kMinute);
  CHECK(d.timeToResolve == 2 * kHour);
  CHECK(d.duration == 2 * kHour);
}

TEST_CASE("durations: impact start falls back to earliest of alert/detected, then any event") {
  PostMortem doc;
  add(doc, 8, 0, EventKind::Other);
  add(doc, 8, 50, EventKind::Detected);
  add(doc, 8, 45, EventKind::Alert);  // out of order on purpose: earliest wins
  CHECK(findMilestones(doc).impactStarted == at(8, 45));
  CHECK(findMilestones(doc).detected == at(8, 50));
  CHECK(deriveDurations(doc).timeToDetect == 5 * kMinute);

  PostMortem plain;
  add(plain, 7, 0, EventKind::Investigating);
  add(plain, 6, 0, EventKind::Other);
  add(plain, 9, 30, EventKind::Resolved);
  Milestones m = findMilestones(plain);
  CHECK(m.impactStarted == at(6, 0));
  CHECK_FALSE(m.detected.has_value());
  CHECK(m.mitigated == at(9, 30));  // resolution also counts as mitigation
  IncidentDurations d = deriveDurations(plain);
  CHECK_FALSE(d.timeToDetect.has_value());
  CHECK_FALSE(d.timeToAcknowledge.has_value());
  CHECK(d.timeToResolve == 3 * kHour + 30 * kMinute);
}

TEST_CASE("durations: override, empty timeline and unresolved incident") {
  PostMortem empty;
  IncidentDurations none = deriveDurations(empty);
  CHECK_FALSE(none.timeToResolve.has_value());
  CHECK_FALSE(none.duration.has_value());
  empty.durationOverride = 90 * kMinute;
  CHECK(deriveDurations(empty).duration == 90 * kMinute);

  PostMortem doc = checkoutIncident();
  doc.durationOverride = 2 * kHour;
  IncidentDurations d = deriveDurations(doc);
  CHECK(d.timeToResolve == 48 * kMinute);
  CHECK(d.duration == 2 * kHour);

  PostMortem open;
  add(open, 14, 0, EventKind::Alert);
  add(open, 14, 10, EventKind::Mitigated);
  IncidentDurations o = deriveDurations(open);
  CHECK(o.timeToMitigate == 10 * kMinute);
  CHECK_FALSE(o.timeToResolve.has_value());
  CHECK_FALSE(o.duration.has_value());
}

TEST_CASE("durations: definitions are single non-empty sentences") {
  for (const char* def : {definitionTimeToDetect(), definitionTimeToAcknowledge(),
                          definitionTimeToMitigate(), definitionTimeToResolve()}) {
    std::string s = def;
    CHECK(!s.empty());
    CHECK(s.back() == '.');
  }
}
