// A large, valid post-mortem generated from a seed: for benchmarks, fuzzing seeds
// and `hindsight generate --nodes N --events M`. The same arguments always give
// the same document.
#pragma once

#include "core/model/postmortem.h"

namespace hs {

// `whyNodes` nodes in one tree with several branches, `events` timeline events nine
// seconds apart, 60 factors and 40 actions of every status.
PostMortem generatePostMortem(int whyNodes = 5000, int events = 10000, unsigned seed = 7);

}  // namespace hs
