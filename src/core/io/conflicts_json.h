// The `conflicts` list of the exchange format (see docs/FORMAT.md, "Revisions and
// merging"): reading it from a parsed JSON array and writing it.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/io/json_text_writer.h"
#include "core/model/merge_conflict.h"

namespace hs {

// Appends the list as a JSON array (the caller wrote its key).
void writeConflicts(JsonTextWriter& w, const std::vector<MergeConflict>& conflicts);

// Reads the list; on a problem returns what is wrong ("/3/element: expected one of
// ...", relative to the list) and leaves `out` unchanged.
std::string readConflicts(const nlohmann::json& list, std::vector<MergeConflict>& out);

// A revision as the format writes it: 64 lowercase hex digits.
bool isRevisionText(const std::string& text);

}  // namespace hs
