// Gentle hints on the 5-whys tree. They never block anything: the view shows
// them as a small marker with a tooltip, and the author is free to ignore them.
#pragma once

#include <string_view>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

enum class WhyHintKind {
  RootCauseWithoutAction,  // marked root cause; no action item (other than won't-do) links it
  EndsInBlame,             // a leaf that ends in "human error" or names a person
  ChainTooDeep,            // the first node more than kMaxUsefulWhyDepth whys below the root
};

constexpr int kMaxUsefulWhyDepth = 7;  // the root (problem statement) is depth 0

struct WhyHint {
  WhyHintKind kind;
  const char* message;     // one sentence: what was noticed
  const char* suggestion;  // one sentence: what might help
};

struct WhyNodeHints {
  Id nodeId;
  std::vector<WhyHint> hints;
};

// Hints for every node that has any, in doc.whyNodes order. Nodes on a parent
// cycle or under a missing parent get no depth hint.
void computeWhyHints(const PostMortem& doc, std::vector<WhyNodeHints>& out);

// The blame rule used for leaves, conservative on purpose (case-insensitive
// phrases, case-sensitive names):
//  - the phrases "human error", "operator error", "user error", "someone forgot",
//    "somebody forgot", "someone didn't", "someone did not", "someone failed to",
//    "someone should have", "forgot to", "was careless", "carelessness";
//  - an @mention ("@bob"; not an e-mail address such as ops@example.com);
//  - <Name> followed by forgot | didn't | did not | failed to | should have | missed,
//    where Name is a capitalised word of letters only (Bob, Priya; not DNS or
//    PostgreSQL), not a common sentence start or system word (The, We, It,
//    Monitoring, Redis, ...), and not preceded by an article or possessive
//    ("the Scheduler missed").
bool soundsLikeBlame(std::string_view text);

}  // namespace hs
