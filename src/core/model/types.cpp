#include "core/model/types.h"

#include <array>

namespace hs {
namespace {

template <class Enum, std::size_t N>
struct NameTable {
  std::array<std::string_view, N> wire;
  std::array<std::string_view, N> human;
};

constexpr NameTable<Severity, 4> kSeverity{
    {"sev1", "sev2", "sev3", "sev4"},
    {"SEV-1 Critical", "SEV-2 Major", "SEV-3 Minor", "SEV-4 Low"}};
constexpr NameTable<DocStatus, kDocStatusCount> kDocStatus{
    {"draft", "reviewed", "closed"}, {"Draft", "Reviewed", "Closed"}};
constexpr NameTable<EventKind, kEventKindCount> kEventKind{
    {"impact_started", "alert", "detected", "acknowledged", "investigating", "cause_identified",
     "mitigated", "fix_deployed", "resolved", "communication", "decision", "other"},
    {"Impact started", "Alert", "Detected", "Acknowledged", "Investigating", "Cause identified",
     "Mitigated", "Fix deployed", "Resolved", "Communication", "Decision", "Other"}};
constexpr NameTable<FactorCategory, kFactorCategoryCount> kFactorCategory{
    {"technical", "process", "environmental"}, {"Technical", "Process", "Environmental"}};
constexpr NameTable<ActionStatus, kActionStatusCount> kActionStatus{
    {"not_started", "in_progress", "done", "wont_do"},
    {"Not started", "In progress", "Done", "Won't do"}};
constexpr NameTable<ActionKind, kActionKindCount> kActionKind{
    {"prevent_recurrence", "improve_detection", "speed_up_recovery", "other"},
    {"Prevent recurrence", "Improve detection", "Speed up recovery", "Other"}};
constexpr NameTable<Trigger, kTriggerCount> kTrigger{
    {"production_outage", "data_loss_or_breach", "significant_user_impact", "missed_sla",
     "security_incident", "near_miss", "process_failure", "missed_deadline", "bug_in_production"},
    {"Production outage", "Data loss or breach", "Significant user impact", "Missed SLA",
     "Security incident", "Near miss", "Process failure", "Missed deadline", "Bug in production"}};

std::size_t indexOf(Severity v) { return static_cast<std::size_t>(v) - 1; }
template <class Enum> std::size_t indexOf(Enum v) { return static_cast<std::size_t>(v); }

template <class Enum> Enum fromIndex(std::size_t i) { return static_cast<Enum>(i); }
template <> Severity fromIndex<Severity>(std::size_t i) { return static_cast<Severity>(i + 1); }

template <class Enum, std::size_t N>
std::optional<Enum> parseWith(const NameTable<Enum, N>& table, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (table.wire[i] == name) return fromIndex<Enum>(i);
  return std::nullopt;
}

}  // namespace

#define HS_ENUM_NAMES(Enum, table)                                                   \
  std::string_view wireName(Enum v) { return table.wire.at(indexOf(v)); }           \
  std::string_view label(Enum v) { return table.human.at(indexOf(v)); }             \
  template <> std::optional<Enum> parseWire<Enum>(std::string_view name) {           \
    return parseWith(table, name);                                                   \
  }

HS_ENUM_NAMES(Severity, kSeverity)
HS_ENUM_NAMES(DocStatus, kDocStatus)
HS_ENUM_NAMES(EventKind, kEventKind)
HS_ENUM_NAMES(FactorCategory, kFactorCategory)
HS_ENUM_NAMES(ActionStatus, kActionStatus)
HS_ENUM_NAMES(ActionKind, kActionKind)
HS_ENUM_NAMES(Trigger, kTrigger)
#undef HS_ENUM_NAMES

std::string_view definition(Severity v) {
  switch (v) {
    case Severity::Sev1: return "Critical: system down, data loss, major impact.";
    case Severity::Sev2: return "Major: partial outage, significant user impact.";
    case Severity::Sev3: return "Minor: small impact, quick recovery.";
    case Severity::Sev4: return "Low: minimal impact, mostly internal.";
  }
  return {};
}

std::string_view reviewRequirement(Severity v) {
  switch (v) {
    case Severity::Sev1: return "Full post-mortem required.";
    case Severity::Sev2: return "Post-mortem recommended.";
    case Severity::Sev3: return "Brief review.";
    case Severity::Sev4: return "Review optional.";
  }
  return {};
}

}  // namespace hs
