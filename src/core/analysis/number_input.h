// Parsers of numbers typed into form fields, checked against the value rules
// (core/model/value_rules.h) so a typed value is always one the file and the
// snapshot formats accept.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/analysis/parsed_input.h"

namespace hs {

// An amount of money >= 0: "12500", "12,500.50", "12 500", "1_000"; at most kMaxAmount.
ParsedInput<double> parseAmountInput(std::string_view text);
// A whole number >= 0: "1200", "1,200"; at most kMaxCount.
ParsedInput<std::int64_t> parseCountInput(std::string_view text);

// The amount as typed back into a field: "12500", "12500.50".
std::string formatAmountInput(double amount);

}  // namespace hs
