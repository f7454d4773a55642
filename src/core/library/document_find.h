// Find in one post-mortem (Ctrl+F in the editor): every place its text contains
// the query, case-folded as the library search folds, in the order a reader
// meets them: overview fields, then the timeline, the 5 whys, the factors and
// the actions. Each hit names the tab, the element and the field, so the editor
// can go there.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

enum class FindPlace { Overview, Timeline, WhyTree, Factors, Actions };

struct FindHit {
  FindPlace place = FindPlace::Overview;
  Id elementId;             // the event, why node, factor or action; empty for the document's own fields
  std::string field;        // "title", "summary", "event", "why notes", "action owner", ...
  std::string snippet;      // the text around the match, "…" where cut
  std::size_t matchStart = 0, matchLength = 0;  // the match's bytes within `snippet`
};

// At most `limit` hits; none for a blank query.
std::vector<FindHit> findInDocument(const PostMortem& doc, std::string_view query, std::size_t limit = 500);

}  // namespace hs
