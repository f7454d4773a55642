// Parses a duration typed by a person: "90 min", "1 h 30 min", "2h5m", "1:30"
// (hours:minutes), "45 s", "3 d 4 h", or a bare number of minutes ("90").
// Also accepts what formatDuration writes, so a shown value parses back.
#pragma once

#include <optional>
#include <string_view>

#include "core/analysis/parsed_input.h"
#include "core/model/types.h"

namespace hs {

// The duration, or why the text is refused: not a duration (empty, negative,
// unknown units, trailing garbage) or longer than kMaxDurationMs (value_rules.h).
// The arithmetic is checked: a huge number is refused, never wrapped.
ParsedInput<TimeMs> readDurationInput(std::string_view text);

// The value of readDurationInput, nullopt for any refusal.
std::optional<TimeMs> parseDurationInput(std::string_view text);

}  // namespace hs
