// Basic vocabulary of the model: time, ids and the enumerations with their
// stable wire names (the strings written to JSON files).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs {

// Milliseconds since the Unix epoch, UTC. The only representation of time in core.
using TimeMs = std::int64_t;
constexpr TimeMs kMinute = 60'000;
constexpr TimeMs kHour = 60 * kMinute;
constexpr TimeMs kDay = 24 * kHour;

// Stable element id ("ev-1a2b3c4d..."), unique within a post-mortem; post-mortem
// ids are unique within a library. Random so that teammates' copies merge.
using Id = std::string;

enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3, Sev4 = 4 };
enum class DocStatus { Draft, Reviewed, Closed };
enum class EventKind {
  ImpactStarted, Alert, Detected, Acknowledged, Investigating, CauseIdentified,
  Mitigated, FixDeployed, Resolved, Communication, Decision, Other
};
enum class FactorCategory { Technical, Process, Environmental };
enum class ActionStatus { NotStarted, InProgress, Done, WontDo };
enum class ActionKind { PreventRecurrence, ImproveDetection, SpeedUpRecovery, Other };
enum class Trigger {
  ProductionOutage, DataLossOrBreach, SignificantUserImpact, MissedSla,
  SecurityIncident, NearMiss, ProcessFailure, MissedDeadline, BugInProduction
};

constexpr int kEventKindCount = 12;
constexpr int kFactorCategoryCount = 3;
constexpr int kActionStatusCount = 4;
constexpr int kActionKindCount = 4;
constexpr int kTriggerCount = 9;
constexpr int kDocStatusCount = 3;

// Wire names ("sev1", "impact_started", ...) and human labels ("SEV-1 Critical").
std::string_view wireName(Severity v);
std::string_view wireName(DocStatus v);
std::string_view wireName(EventKind v);
std::string_view wireName(FactorCategory v);
std::string_view wireName(ActionStatus v);
std::string_view wireName(ActionKind v);
std::string_view wireName(Trigger v);

std::string_view label(Severity v);
std::string_view label(DocStatus v);
std::string_view label(EventKind v);
std::string_view label(FactorCategory v);
std::string_view label(ActionStatus v);
std::string_view label(ActionKind v);
std::string_view label(Trigger v);

// What the level means and which review it calls for (shown by the severity picker).
std::string_view definition(Severity v);
std::string_view reviewRequirement(Severity v);

// Parse a wire name; nullopt when unknown.
template <class Enum> std::optional<Enum> parseWire(std::string_view name);

}  // namespace hs
