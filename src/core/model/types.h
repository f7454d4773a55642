// Basic vocabulary of the model: time, ids and the enumerations with their
// stable wire names (the strings written to JSON files).
#pragma once

#include <array>
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

// The names of each enumeration, in value order: `names` are the wire names
// written to files ("sev1", "impact_started"), `labels` what the UI shows
// ("SEV-1 Critical"); `first` is the value of the first name (severities count
// from 1). Everything that lists, counts or parses the values goes through here.
template <class E> struct EnumTraits;

template <> struct EnumTraits<Severity> {
  static constexpr int first = 1;
  static constexpr std::array<std::string_view, 4> names{"sev1", "sev2", "sev3", "sev4"};
  static constexpr std::array<std::string_view, 4> labels{"SEV-1 Critical", "SEV-2 Major", "SEV-3 Minor",
                                                          "SEV-4 Low"};
};
template <> struct EnumTraits<DocStatus> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 3> names{"draft", "reviewed", "closed"};
  static constexpr std::array<std::string_view, 3> labels{"Draft", "Reviewed", "Closed"};
};
template <> struct EnumTraits<EventKind> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 12> names{
      "impact_started", "alert", "detected", "acknowledged", "investigating", "cause_identified",
      "mitigated", "fix_deployed", "resolved", "communication", "decision", "other"};
  static constexpr std::array<std::string_view, 12> labels{
      "Impact started", "Alert", "Detected", "Acknowledged", "Investigating", "Cause identified",
      "Mitigated", "Fix deployed", "Resolved", "Communication", "Decision", "Other"};
};
template <> struct EnumTraits<FactorCategory> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 3> names{"technical", "process", "environmental"};
  static constexpr std::array<std::string_view, 3> labels{"Technical", "Process", "Environmental"};
};
template <> struct EnumTraits<ActionStatus> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 4> names{"not_started", "in_progress", "done", "wont_do"};
  static constexpr std::array<std::string_view, 4> labels{"Not started", "In progress", "Done", "Won't do"};
};
template <> struct EnumTraits<ActionKind> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 4> names{"prevent_recurrence", "improve_detection",
                                                         "speed_up_recovery", "other"};
  static constexpr std::array<std::string_view, 4> labels{"Prevent recurrence", "Improve detection",
                                                          "Speed up recovery", "Other"};
};
template <> struct EnumTraits<Trigger> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 9> names{
      "production_outage", "data_loss_or_breach", "significant_user_impact", "missed_sla",
      "security_incident", "near_miss", "process_failure", "missed_deadline", "bug_in_production"};
  static constexpr std::array<std::string_view, 9> labels{
      "Production outage", "Data loss or breach", "Significant user impact", "Missed SLA",
      "Security incident", "Near miss", "Process failure", "Missed deadline", "Bug in production"};
};

// Only enumerations with EnumTraits take part in the helpers below.
template <class E> using IfNamedEnum = decltype(EnumTraits<E>::first, void());

// How many values E has.
template <class E> constexpr int enumCount() { return static_cast<int>(EnumTraits<E>::names.size()); }
// Position of a value in the name lists (0 for the first value).
template <class E> constexpr std::size_t enumIndex(E v) {
  return static_cast<std::size_t>(static_cast<int>(v) - EnumTraits<E>::first);
}
// The value at a position of the name lists.
template <class E> constexpr E enumAt(std::size_t i) {
  return static_cast<E>(static_cast<int>(i) + EnumTraits<E>::first);
}
// Every value in order, for loops and pickers: for (EventKind k : enumValues<EventKind>()).
template <class E> constexpr std::array<E, EnumTraits<E>::names.size()> enumValues() {
  std::array<E, EnumTraits<E>::names.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = enumAt<E>(i);
  return out;
}

// Wire name ("sev1", "impact_started") and human label ("SEV-1 Critical"); empty
// for a value outside the enumeration.
template <class E, class = IfNamedEnum<E>> constexpr std::string_view wireName(E v) {
  const std::size_t i = enumIndex(v);
  return i < EnumTraits<E>::names.size() ? EnumTraits<E>::names[i] : std::string_view();
}
template <class E, class = IfNamedEnum<E>> constexpr std::string_view label(E v) {
  const std::size_t i = enumIndex(v);
  return i < EnumTraits<E>::labels.size() ? EnumTraits<E>::labels[i] : std::string_view();
}

// Parse a wire name; nullopt when unknown.
template <class E> constexpr std::optional<E> parseWire(std::string_view name) {
  for (std::size_t i = 0; i < EnumTraits<E>::names.size(); ++i)
    if (EnumTraits<E>::names[i] == name) return enumAt<E>(i);
  return std::nullopt;
}

// What the level means and which review it calls for (shown by the severity picker).
std::string_view definition(Severity v);
std::string_view reviewRequirement(Severity v);

}  // namespace hs
