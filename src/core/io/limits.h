// Limits applied when reading files from outside (everything a teammate sends is untrusted).
#pragma once

#include <cstddef>

#include "core/model/types.h"

namespace hs {

struct ReadLimits {
  std::size_t maxFileBytes = 20u * 1024u * 1024u;  // whole file
  int maxDepth = 64;                                // nesting of arrays/objects
  std::size_t maxStringBytes = 100'000;             // one string value or key, UTF-8 bytes
  std::size_t maxItems = 50'000;                    // elements of one array / members of one object
  std::size_t maxErrors = 100;                      // errors reported before giving up
};

// Times we read must be writable back as RFC 3339 with a 4-digit year (UTC).
inline constexpr TimeMs kEarliestTime = -62167219200000;  // 0000-01-01T00:00:00Z
inline constexpr TimeMs kLatestTime = 253402300799999;    // 9999-12-31T23:59:59.999Z

}  // namespace hs
