// A realistic, varied library of post-mortems generated from a seed: for benchmarks at scale
// and `hindsight generate-library --count N`. Three years of incidents over a few dozen
// services and tags, every severity and status, people with names in several scripts,
// timelines, why trees, factors and actions in every state (about 9 KB of JSON each).
// The same (index, count, seed) always gives the same document.
#pragma once

#include "core/model/postmortem.h"

namespace hs {

// The index-th post-mortem (0-based) of a library of `count`; incident dates spread over the
// three years before 2026-11-30, later indexes later.
PostMortem generateLibraryPostMortem(int index, int count, unsigned seed = 1);

}  // namespace hs
