// JSON text -> nlohmann DOM with the read limits enforced while parsing, so that
// hostile input (deep nesting, huge strings, huge arrays) is refused before a
// large or deep DOM exists. nlohmann's SAX parser is iterative, so depth never
// touches the C++ stack; no exceptions are thrown.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/io/limits.h"

namespace hs {

struct ParseFailure {
  std::string pointer;  // where the parser was, as a JSON Pointer
  std::string message;
};

// Fills `out` and returns nullopt on success; otherwise returns what went wrong.
// The file-size limit is checked by the caller (it knows the size before reading).
std::optional<ParseFailure> parseJsonLimited(std::string_view text, const ReadLimits& limits,
                                             nlohmann::json& out);

}  // namespace hs
