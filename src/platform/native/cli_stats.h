// `hindsight stats [--json] [--repeat-window DAYS] DIR_OR_FILE...`: the library figures,
// streamed: each file is read, checked and reduced to its summary before the next one, so time
// and memory grow with the number of files and never hold the documents.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hs::platform {

// Copies of one post-mortem id (teammates' copies, an old export next to the new one) count
// once: the newest (greatest `updated`, then latest edit of any element, then the last file in
// name order), with a "note:" line on `err` naming the files. An invalid file is reported on
// `err` and skipped; the figures of the rest are still printed and the exit code is 1.
int runStats(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace hs::platform
