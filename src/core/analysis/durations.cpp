#include "core/analysis/durations.h"

namespace hs {
namespace {

// Earliest time among events of the given kind(s); no assumption on event order.
std::optional<TimeMs> firstOf(const PostMortem& doc, EventKind a, EventKind b) {
  std::optional<TimeMs> best;
  for (const TimelineEvent& e : doc.events)
    if ((e.kind == a || e.kind == b) && (!best || e.time < *best)) best = e.time;
  return best;
}

std::optional<TimeMs> firstOf(const PostMortem& doc, EventKind kind) {
  return firstOf(doc, kind, kind);
}

std::optional<TimeMs> earliestEvent(const PostMortem& doc) {
  std::optional<TimeMs> best;
  for (const TimelineEvent& e : doc.events)
    if (!best || e.time < *best) best = e.time;
  return best;
}

std::optional<TimeMs> difference(std::optional<TimeMs> later, std::optional<TimeMs> earlier) {
  if (!later || !earlier) return std::nullopt;
  return *later - *earlier;
}

}  // namespace

Milestones findMilestones(const PostMortem& doc) {
  Milestones m;
  m.impactStarted = firstOf(doc, EventKind::ImpactStarted);
  if (!m.impactStarted) m.impactStarted = firstOf(doc, EventKind::Alert, EventKind::Detected);
  if (!m.impactStarted) m.impactStarted = earliestEvent(doc);

  m.detected = firstOf(doc, EventKind::Detected);
  if (!m.detected) m.detected = firstOf(doc, EventKind::Alert);

  m.acknowledged = firstOf(doc, EventKind::Acknowledged);

  m.mitigated = firstOf(doc, EventKind::Mitigated);
  if (!m.mitigated) m.mitigated = firstOf(doc, EventKind::FixDeployed);
  if (!m.mitigated) m.mitigated = firstOf(doc, EventKind::Resolved);

  m.resolved = firstOf(doc, EventKind::Resolved);
  return m;
}

IncidentDurations deriveDurations(const PostMortem& doc) {
  Milestones m = findMilestones(doc);
  IncidentDurations d;
  d.timeToDetect = difference(m.detected, m.impactStarted);
  d.timeToAcknowledge = difference(m.acknowledged, m.detected);
  d.timeToMitigate = difference(m.mitigated, m.impactStarted);
  d.timeToResolve = difference(m.resolved, m.impactStarted);
  d.duration = doc.durationOverride ? doc.durationOverride : d.timeToResolve;
  return d;
}

const char* definitionTimeToDetect() {
  return "Time to detect: from the start of impact (the first 'impact started' event, else the "
         "first alert or detection, else the first event) to the first 'detected' event, else "
         "the first alert.";
}

const char* definitionTimeToAcknowledge() {
  return "Time to acknowledge: from detection (the first 'detected' event, else the first alert) "
         "to the first 'acknowledged' event.";
}

const char* definitionTimeToMitigate() {
  return "Time to mitigate: from the start of impact to the first 'mitigated' event, else the "
         "first 'fix deployed', else the first 'resolved' event.";
}

const char* definitionTimeToResolve() {
  return "Time to resolve: from the start of impact (the first 'impact started' event, else the "
         "first alert or detection, else the first event) to the first 'resolved' event.";
}

}  // namespace hs
