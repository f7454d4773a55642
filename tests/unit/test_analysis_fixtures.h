// Small builders shared by the analysis and library tests.
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"
#include "core/model/time_format.h"

namespace hs::testfx {

inline TimeMs at(const char* rfc3339) { return *parseRfc3339(rfc3339); }

inline ActionItem action(const char* id, const char* title, ActionStatus status,
                         std::optional<TimeMs> due = std::nullopt, const char* owner = "") {
  ActionItem a;
  a.id = id;
  a.title = title;
  a.status = status;
  a.due = due;
  a.owner = owner;
  return a;
}

inline ActionItem closedAction(const char* id, ActionStatus status, TimeMs created,
                               std::optional<TimeMs> completed) {
  ActionItem a;
  a.id = id;
  a.title = id;
  a.status = status;
  a.created = created;
  a.completed = completed;
  return a;
}

inline PostMortem postMortem(const char* id, const char* title, TimeMs incident,
                             Severity severity = Severity::Sev3) {
  PostMortem pm;
  pm.id = id;
  pm.title = title;
  pm.incidentDate = incident;
  pm.created = incident;
  pm.updated = incident;
  pm.severity = severity;
  return pm;
}

inline TimelineEvent event(const char* id, TimeMs time, EventKind kind) {
  TimelineEvent e;
  e.id = id;
  e.time = time;
  e.kind = kind;
  return e;
}

inline Factor factor(const char* id, FactorCategory category) {
  Factor f;
  f.id = id;
  f.category = category;
  f.text = id;
  return f;
}

// The library the metrics and stats tests share; every expected number is worked out in
// test_analysis_metrics.cpp. "Now" for it is kSampleNow.
inline const char* kSampleNowText = "2026-03-10T12:00:00Z";

inline std::vector<PostMortem> sampleLibrary() {
  using S = ActionStatus;
  using K = EventKind;
  std::vector<PostMortem> lib;

  PostMortem a = postMortem("pm-a", "DB disk full", at("2026-01-05T10:00:00Z"), Severity::Sev2);
  a.created = at("2026-01-06T00:00:00Z");
  a.services = {"db"};
  a.tags = {"disk"};
  a.actions = {closedAction("a1", S::Done, a.created, at("2026-01-16T00:00:00Z")),
               closedAction("a2", S::WontDo, a.created, at("2026-01-11T12:00:00Z"))};
  a.events = {event("ea1", at("2026-01-05T10:00:00Z"), K::ImpactStarted),
              event("ea2", at("2026-01-05T10:20:00Z"), K::Detected),
              event("ea3", at("2026-01-05T12:00:00Z"), K::Resolved)};
  a.factors = {factor("fa1", FactorCategory::Technical), factor("fa2", FactorCategory::Technical),
               factor("fa3", FactorCategory::Process)};
  lib.push_back(a);

  PostMortem b = postMortem("pm-b", "Checkout latency", at("2026-01-20T08:00:00Z"), Severity::Sev1);
  b.created = at("2026-01-21T00:00:00Z");
  b.services = {"checkout"};
  b.tags = {"latency"};
  b.actions = {closedAction("b1", S::Done, b.created, at("2026-01-26T00:00:00Z")),
               closedAction("b2", S::Done, b.created, at("2026-01-26T12:00:00Z"))};
  b.events = {event("eb1", at("2026-01-20T08:00:00Z"), K::ImpactStarted),
              event("eb2", at("2026-01-20T08:05:00Z"), K::Alert),
              event("eb3", at("2026-01-20T09:00:00Z"), K::Resolved)};
  b.factors = {factor("fb1", FactorCategory::Environmental)};
  lib.push_back(b);

  PostMortem c = postMortem("pm-c", "DB disk full again", at("2026-02-10T14:00:00Z"), Severity::Sev2);
  c.created = at("2026-02-11T00:00:00Z");
  c.services = {"DB"};
  c.tags = {"storage"};
  c.actions = {action("c1", "Add disk alert", S::InProgress, at("2026-03-01T00:00:00Z"), "ana"),
               closedAction("c2", S::Done, c.created, at("2026-03-07T00:00:00Z")),
               action("c3", "Rotate logs", S::NotStarted, at("2026-03-10T00:00:00Z"), "bo")};
  c.actions[0].created = c.created;
  c.actions[2].created = c.created;
  c.events = {event("ec1", at("2026-02-10T14:00:00Z"), K::ImpactStarted),
              event("ec2", at("2026-02-10T14:40:00Z"), K::Detected),
              event("ec3", at("2026-02-10T18:00:00Z"), K::Resolved)};
  c.factors = {factor("fc1", FactorCategory::Technical)};
  lib.push_back(c);

  PostMortem d = postMortem("pm-d", "Disk alert noise", at("2026-03-02T09:00:00Z"), Severity::Sev3);
  d.created = at("2026-03-02T12:00:00Z");
  d.services = {"monitoring"};
  d.tags = {"disk"};
  d.factors = {factor("fd1", FactorCategory::Process), factor("fd2", FactorCategory::Process)};
  lib.push_back(d);

  PostMortem e = postMortem("pm-e", "DB failover", at("2026-03-05T00:00:00Z"), Severity::Sev1);
  e.services = {"db", "api"};
  e.actions = {action("e1", "Failover drill", S::NotStarted),
               closedAction("e2", S::Done, e.created, at("2026-03-08T00:00:00Z")),
               closedAction("e3", S::WontDo, e.created, std::nullopt)};
  e.actions[0].created = e.created;
  e.events = {event("ee1", at("2026-03-05T00:30:00Z"), K::Detected),
              event("ee2", at("2026-03-05T02:00:00Z"), K::Resolved)};
  lib.push_back(e);
  return lib;
}

}  // namespace hs::testfx
