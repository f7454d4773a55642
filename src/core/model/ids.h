// Stable random ids for post-mortems and their elements.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs {

// "<prefix>-" followed by 16 lowercase hex digits, e.g. "ev-9f86d081884c7d65".
Id newId(std::string_view prefix);

// Makes newId deterministic (tests and benchmarks only).
void seedIds(std::uint64_t seed);

// Ids are 1..64 characters of [A-Za-z0-9_-]; anything else is refused on load.
bool isValidId(std::string_view id);

}  // namespace hs
