#include "core/analysis/severity_suggestion.h"

#include <algorithm>

namespace hs {
namespace {

bool has(const std::vector<Trigger>& triggers, Trigger t) {
  return std::find(triggers.begin(), triggers.end(), t) != triggers.end();
}

std::string joinLabels(const std::vector<Trigger>& picked) {
  std::string out;
  for (Trigger t : picked) {
    if (!out.empty()) out += ", ";
    out += label(t);
  }
  return out;
}

}  // namespace

std::optional<SeveritySuggestion> suggestSeverity(const std::vector<Trigger>& triggers) {
  auto pick = [&](Severity level, std::initializer_list<Trigger> reasons)
      -> std::optional<SeveritySuggestion> {
    std::vector<Trigger> found;
    for (Trigger t : reasons)
      if (has(triggers, t)) found.push_back(t);
    if (found.empty()) return std::nullopt;
    return SeveritySuggestion{level, joinLabels(found)};
  };

  const bool outage = has(triggers, Trigger::ProductionOutage);
  const bool userImpact = has(triggers, Trigger::SignificantUserImpact);
  if (auto s = pick(Severity::Sev1, {Trigger::DataLossOrBreach, Trigger::SecurityIncident})) {
    if (outage && userImpact) s->because += ", Production outage with significant user impact";
    return s;
  }
  if (outage && userImpact)
    return SeveritySuggestion{Severity::Sev1, "Production outage with significant user impact"};
  if (auto s = pick(Severity::Sev2, {Trigger::ProductionOutage, Trigger::SignificantUserImpact,
                                     Trigger::MissedSla}))
    return s;
  if (auto s = pick(Severity::Sev3, {Trigger::BugInProduction, Trigger::ProcessFailure,
                                     Trigger::MissedDeadline}))
    return s;
  if (auto s = pick(Severity::Sev4, {Trigger::NearMiss})) return s;
  return std::nullopt;
}

}  // namespace hs
