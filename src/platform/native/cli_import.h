// `hindsight import`: post-mortems written in Markdown (or Hindsight JSON) to
// Hindsight JSON, and a timeline file to a draft post-mortem.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hs::platform {

//   import FILE... [-o DIR]        one JSON per input: to `out` for a single FILE
//                                  without -o, else DIR/<title>.postmortem.json
//                                  (never replacing a file); a report per file on `err`
//   import --timeline FILE --date YYYY-MM-DD [--tz ZONE] [--day-first|--month-first]
//                                  a draft post-mortem holding the events read, to `out`;
//                                  each line not read on `err` as FILE:LINE: reason
// A file is Markdown by its content (markdown_import.h), whatever its name.
// Exit 0 when every input was imported, 1 when one was refused, 2 for usage errors.
int runImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace hs::platform
