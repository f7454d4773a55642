// An error found while reading a file: where (JSON Pointer) and what was expected.
#pragma once

#include <string>
#include <vector>

namespace hs {

struct LoadError {
  std::string file;
  std::string pointer;  // RFC 6901 JSON Pointer, e.g. "/actions/3/due"; "" = the whole document
  std::string message;  // what was expected, what was found

  // "FILE: /json/pointer: message"; the whole document shows as "FILE: (document): message".
  std::string format() const;
};

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(const std::string& token);

}  // namespace hs
