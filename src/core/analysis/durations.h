// Incident durations derived from the timeline's milestones (never stored).
//
// Milestones are the earliest event of a kind ("first" = smallest time; ties
// keep the earlier position in doc.events):
//   impactStarted = first ImpactStarted; else the first Alert or Detected
//                   (whichever is earlier); else the earliest event of any kind.
//   detected      = first Detected; else first Alert.
//   acknowledged  = first Acknowledged.
//   mitigated     = first Mitigated; else first FixDeployed; else first Resolved
//                   (a recovery with no separate mitigation step mitigates too).
//   resolved      = first Resolved.
// A duration is present only when both of its milestones are. Durations are
// plain differences and may be negative when the timeline contradicts itself
// (e.g. an acknowledgement before the detection); the view may flag that.
#pragma once

#include <optional>

#include "core/model/postmortem.h"

namespace hs {

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
  std::optional<TimeMs> duration;           // doc.durationOverride if set, else time to resolve
};

Milestones findMilestones(const PostMortem& doc);
IncidentDurations deriveDurations(const PostMortem& doc);

// One-sentence definitions shown in tooltips and exports.
const char* definitionTimeToDetect();
const char* definitionTimeToAcknowledge();
const char* definitionTimeToMitigate();
const char* definitionTimeToResolve();

}  // namespace hs
