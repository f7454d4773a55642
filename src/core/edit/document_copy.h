// Copies of whole post-mortems.
#pragma once

#include "core/model/postmortem.h"

namespace hs {

// The same post-mortem with fresh ids for the document and every element, and
// every reference (tree parents, event/factor/action links) pointing at the new
// ids. A reference to an id the document does not hold is kept as it is.
PostMortem withNewIds(PostMortem doc);

}  // namespace hs
