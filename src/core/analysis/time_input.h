// Parser of a date or date-time typed into a form field, checked against the
// time rule of core/model/value_rules.h (years 0000..9999 in UTC, after any offset).
#pragma once

#include <string_view>

#include "core/analysis/parsed_input.h"
#include "core/model/types.h"

namespace hs {

// "2026-01-15 14:32" (UTC), "2026-01-15", or RFC 3339 ("2026-01-15T14:32:00+02:00").
// With `dateOnly` the result is midnight UTC of that day.
ParsedInput<TimeMs> parseTimeInput(std::string_view text, bool dateOnly);

}  // namespace hs
