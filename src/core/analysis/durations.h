// Incident durations derived from the timeline's milestones (never stored).
#pragma once

#include <optional>

#include "core/model/postmortem.h"

namespace hs {

// The first event of each milestone kind, with fallbacks documented in durations.cpp.
struct Milestones {
  std::optional<TimeMs> impactStarted;
  std::optional<TimeMs> detected;
  std::optional<TimeMs> acknowledged;
  std::optional<TimeMs> mitigated;
  std::optional<TimeMs> resolved;
};

struct IncidentDurations {
  std::optional<TimeMs> timeToDetect;       // detected - impact started
  std::optional<TimeMs> timeToAcknowledge;  // acknowledged - detected
  std::optional<TimeMs> timeToMitigate;     // mitigated - impact started
  std::optional<TimeMs> timeToResolve;      // resolved - impact started
  std::optional<TimeMs> duration;           // the user's override, else time to resolve
};

Milestones findMilestones(const PostMortem& doc);
IncidentDurations deriveDurations(const PostMortem& doc);

// One-sentence definitions shown in tooltips and exports.
const char* definitionTimeToDetect();
const char* definitionTimeToAcknowledge();
const char* definitionTimeToMitigate();
const char* definitionTimeToResolve();

}  // namespace hs
