// Canonical JSON of a post-mortem (exchange format v1).
#pragma once

#include <string>

#include "core/model/postmortem.h"

namespace hs {

// Deterministic: fixed key order, 2-space indent, one trailing newline, UTF-8
// (invalid bytes replaced by U+FFFD), times in RFC 3339 UTC, enums by wire name.
// Omitted when empty: optional strings, lists, false booleans, absent optionals.
// Always written: ids, times, enums, numbers, title/text. Unknown fields follow
// the known keys of their object in sorted key order. Two calls on the same
// document return the same bytes.
std::string toJson(const PostMortem& doc);

}  // namespace hs
