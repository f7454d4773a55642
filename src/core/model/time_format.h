// The one place where times are formatted and parsed (RFC 3339, UTC).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs {

// "2026-01-15T14:32:00Z"; milliseconds are written only when non-zero ("...:00.250Z").
std::string formatRfc3339(TimeMs t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fff]Z" and numeric offsets ("+02:00"); nullopt otherwise.
std::optional<TimeMs> parseRfc3339(std::string_view text);

// "2026-01-15" and "14:32" / "14:32:05" in UTC, for display and exports.
std::string formatDate(TimeMs t);
std::string formatTimeOfDay(TimeMs t, bool withSeconds = false);
// "2026-01-15 14:32" in UTC.
std::string formatDateTime(TimeMs t);
// Parses "YYYY-MM-DD" (midnight UTC) or "YYYY-MM-DD HH:MM[:SS]".
std::optional<TimeMs> parseDateTime(std::string_view text);

// Human duration: "48 min", "2 h 05 min", "3 d 4 h", "45 s".
std::string formatDuration(TimeMs duration);

// Midnight UTC of the day containing t.
TimeMs startOfDayUtc(TimeMs t);

}  // namespace hs
