// Shared fixtures for the io tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/model/postmortem.h"
#include "core/model/time_format.h"

namespace hs::testing {

// The text of a file of the source tree ("assets/schema/postmortem.schema.json").
inline std::string sourceFile(const std::string& path) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline TimeMs at(const char* rfc3339) { return *parseRfc3339(rfc3339); }

// A small but complete document touching every field.
inline PostMortem sampleDoc() {
  PostMortem d;
  d.id = "pm-0000000000000001";
  d.title = "Checkout outage: 5xx!";
  d.incidentDate = at("2026-01-15T14:30:00Z");
  d.severity = Severity::Sev2;
  d.impact.text = "Checkout failed for | some users";
  d.impact.usersAffected = 1200;
  d.impact.revenueLost = 5400.5;
  d.authors = {"Ana", "Bo"};
  d.status = DocStatus::Draft;
  d.tags = {"config"};
  d.services = {"checkout", "payments"};
  d.triggers = {Trigger::ProductionOutage, Trigger::SignificantUserImpact};
  d.created = at("2026-01-16T09:00:00Z");
  d.updated = at("2026-01-16T10:00:00.250Z");
  d.sections.summary = "Checkout returned 5xx for 48 minutes.";
  d.sections.rootCause = "A config push removed the payments endpoint.";
  d.sections.lessonsLearned = "Validate configs.";
  d.sections.wentWell = "Fast rollback.";

  auto event = [&](const char* id, const char* time, EventKind kind, const char* text) {
    TimelineEvent e;
    e.id = id;
    e.time = at(time);
    e.kind = kind;
    e.text = text;
    e.updated = d.updated;
    d.events.push_back(e);
    return &d.events.back();
  };
  event("ev-1", "2026-01-15T14:32:00Z", EventKind::Alert, "Alert fired: high error rate");
  event("ev-2", "2026-01-15T14:35:00Z", EventKind::Acknowledged, "On-call acknowledged");
  event("ev-3", "2026-01-15T14:40:00Z", EventKind::CauseIdentified, "Bad config push found")
      ->decisionPoint = true;
  event("ev-4", "2026-01-15T15:20:00Z", EventKind::Resolved, "Error rate normal");
  d.events[2].whyNodeId = "wn-2";

  auto node = [&](const char* id, const char* parent, int order, const char* text) {
    WhyNode n;
    n.id = id;
    n.parentId = parent;
    n.order = order;
    n.text = text;
    n.updated = d.updated;
    d.whyNodes.push_back(n);
    return &d.whyNodes.back();
  };
  node("wn-1", "", 0, "Checkout returned 5xx");
  node("wn-2", "wn-1", 0, "Payments endpoint missing from config");
  auto* cause = node("wn-3", "wn-2", 0, "Config push not validated");
  cause->rootCause = true;
  cause->category = FactorCategory::Process;
  cause->notes = "See deploy log";
  node("wn-4", "wn-1", 1, "Alert only on error rate");

  Factor f;
  f.id = "fa-1";
  f.category = FactorCategory::Technical;
  f.text = "No schema check on config";
  f.whyNodeIds = {"wn-3"};
  f.updated = d.updated;
  d.factors.push_back(f);

  ActionItem a;
  a.id = "ac-1";
  a.title = "Validate config, before push";
  a.owner = "Ana";
  a.due = at("2026-02-01T00:00:00Z");
  a.status = ActionStatus::InProgress;
  a.kind = ActionKind::PreventRecurrence;
  a.link = "https://tracker.example/PM-1";
  a.progress = 40;
  a.created = d.created;
  a.whyNodeIds = {"wn-3"};
  a.factorIds = {"fa-1"};
  a.updated = d.updated;
  d.actions.push_back(a);
  ActionItem b;
  b.id = "ac-2";
  b.title = "Say \"hello\"\nto on-call";
  b.status = ActionStatus::Done;
  b.kind = ActionKind::ImproveDetection;
  b.progress = 100;
  b.created = d.created;
  b.completed = at("2026-01-20T12:00:00Z");
  b.updated = d.updated;
  d.actions.push_back(b);
  d.dismissedHints = {"person-should-have:bob should have"};
  return d;
}

}  // namespace hs::testing
