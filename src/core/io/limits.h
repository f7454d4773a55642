// Limits applied when reading files from outside (everything a teammate sends is untrusted).
#pragma once

#include <cstddef>

#include "core/model/types.h"
#include "core/model/value_rules.h"  // kEarliestTime, kLatestTime and the other value limits

namespace hs {

struct ReadLimits {
  std::size_t maxFileBytes = 20u * 1024u * 1024u;  // whole file
  int maxDepth = 64;                                // nesting of arrays/objects
  std::size_t maxStringBytes = 100'000;             // one string value or key, UTF-8 bytes
  std::size_t maxItems = 50'000;                    // elements of one array / members of one object
  std::size_t maxErrors = 100;                      // errors reported before giving up
};

}  // namespace hs
