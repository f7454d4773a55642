// `hindsight generate-library --count N [--seed S] -o DIR`: writes N varied post-mortem files
// (core/model/generated_library.h) into DIR, for benchmarks and tests at library scale.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hs::platform {

// Files are named "pm-00001.postmortem.json" ... (zero-padded, so name order is index order).
// DIR is created when missing; an existing file is overwritten. Exit 0, 1 when a file cannot be
// written (named on `err`), 2 on a usage error.
int runGenerateLibrary(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace hs::platform
