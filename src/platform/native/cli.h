// The command line of the native build: `hindsight validate|export|stats|generate ...`.
#pragma once

#include <ostream>

namespace hs::platform {

// Runs a CLI command and returns its exit code, or -1 when argv is not a CLI
// command (then the app opens its window). Commands:
//   validate FILE...                              0 when all valid, 1 otherwise
//   export --format markdown|csv|json FILE        to `out`; json = canonical rewrite
//   stats [--json] DIR_OR_FILE...                 the dashboard figures as key: value lines
//                                                 (or one JSON object); a DIR means its *.json
//   generate [--nodes N] [--events M] [--seed S]  a large valid post-mortem (JSON) to `out`
//   --help | help                                 usage on `out`
// Errors go to `err` as "FILE: /json/pointer: message"; usage errors exit 2.
int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace hs::platform
