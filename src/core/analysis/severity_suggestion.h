// Which severity the ticked triggers suggest. The rule, most severe first:
//   SEV-1  data loss or breach, a security incident, or a production outage
//          with significant user impact;
//   SEV-2  a production outage, significant user impact or a missed SLA;
//   SEV-3  a bug in production, a process failure or a missed deadline;
//   SEV-4  a near miss (nothing reached users).
// No trigger ticked: no suggestion.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/types.h"

namespace hs {

struct SeveritySuggestion {
  Severity severity = Severity::Sev3;
  // Why, naming the triggers that set the level: "Data loss or breach, Security incident".
  std::string because;
};

std::optional<SeveritySuggestion> suggestSeverity(const std::vector<Trigger>& triggers);

}  // namespace hs
