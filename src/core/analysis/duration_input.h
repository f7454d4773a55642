// Parses a duration typed by a person: "90 min", "1 h 30 min", "2h5m", "1:30"
// (hours:minutes), "45 s", "3 d 4 h", or a bare number of minutes ("90").
// Also accepts what formatDuration writes, so a shown value parses back.
#pragma once

#include <optional>
#include <string_view>

#include "core/model/types.h"

namespace hs {

// nullopt for empty, negative, unknown units or trailing garbage.
std::optional<TimeMs> parseDurationInput(std::string_view text);

}  // namespace hs
