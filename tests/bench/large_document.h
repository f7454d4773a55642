// A large, valid post-mortem for benchmarks: 5,000 why-nodes, 10,000 timeline
// events, factors and actions — about 15,000 elements.
#pragma once

#include "core/model/postmortem.h"

hs::PostMortem makeLargeDocument(int whyNodes = 5000, int events = 10000, unsigned seed = 7);
