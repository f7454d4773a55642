// `hindsight merge BASE OURS THEIRS [-o OUT]`: git's merge-driver contract.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hs::platform {

// Merges THEIRS into OURS against their common version BASE (an empty BASE file, as
// git passes when there is none, merges two-way) and writes the result to OUT, or
// over OURS without -o. The result is always a valid post-mortem; conflicts are in
// its `conflicts` list and named on `err`. Exit 0 clean, 1 with conflicts, 2 when a
// file cannot be read or the two are different post-mortems (nothing written).
int runMergeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace hs::platform
