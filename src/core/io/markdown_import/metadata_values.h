// Values of post-mortem details in the spellings teams use.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace hs {

// "SEV-1", "Sev 2", "S3", "P1", "P0", "Priority 2", "Severity: 1", "Critical",
// "High", "Major", "Medium", "Minor", "Low", "SEV-2 Major".
std::optional<Severity> severityFromText(std::string_view text);
// "Draft", "In review", "Reviewed", "Final", "Complete", "Published", "Closed".
std::optional<DocStatus> docStatusFromText(std::string_view text);
// "Done", "Complete", "Fixed", "In progress", "WIP", "Won't do", "TODO", "Open", ✅.
std::optional<ActionStatus> actionStatusFromText(std::string_view text);
// "prevent", "detect", "mitigate", "Prevent recurrence", "Improve detection".
std::optional<ActionKind> actionKindFromText(std::string_view text);
// "Ana, Bo and Cy", "@ana; @bo" -> {"Ana", "Bo", "Cy"} / {"ana", "bo"}.
std::vector<std::string> peopleFromText(std::string_view text);
// "8 minutes", "2 hours 30 minutes", "~6 h", "1h 05m", "90 min", "3 days".
std::optional<TimeMs> durationFromText(std::string_view text);

}  // namespace hs
