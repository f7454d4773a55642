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

}  // namespace hs::testfx
