// Flags blame-flavoured phrasing as people type, with a reframing question.
// Heuristic by design: it prefers missing a hint to nagging about "the test should have
// caught this". Pure function of the text; the UI underlines [offset, offset+length).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// The root-cause field additionally flags @mentions (a person named as the cause).
enum class HintField { Text, RootCause };

struct BlamelessHint {
  std::string ruleId;       // "who-did-it", "person-should-have", "person-forgot", "loaded-word",
                            // "human-error", "fault", "mention-in-root-cause", "blame"
  std::size_t offset = 0;   // byte offset of the match in the UTF-8 text
  std::size_t length = 0;   // byte length of the match
  std::string message;      // why it reads as blame
  std::string suggestion;   // a reframing question, e.g. "What in our system allowed this?"
  std::string key;          // blamelessHintKey(ruleId, matched text): store it to dismiss
};

// Every hit, ordered by offset (then rule id). Rules:
//  who-did-it           "who pushed|broke|merged|deployed|caused"
//  person-should-have   person subject + "should have" / "should've" / "shouldn't have" /
//                       "should not have" (one adverb like "really" may sit between). A person is
//                       he/she/they/someone/somebody or a capitalised word ("Bob") that is not a
//                       common sentence starter or system noun ("The", "Monitoring", "Alert"...)
//                       and not after a determiner ("the Deploy should have")
//  person-forgot        person subject (as above) + "forgot"
//  loaded-word          careless(ly|ness), negligent(ly)/negligence, sloppy/sloppily/sloppiness
//  human-error          "human|operator|pilot error(s)" (also hyphenated)
//  fault                "<word>'s fault" (not nobody's / no one's), his/her/their/my/your/whose
//                       fault, "fault of", "at fault"; never "faultless" or "fault tolerance"
//  mention-in-root-cause  "@name" in HintField::RootCause (not inside an e-mail address)
//  blame                blame/blamed/blames/blaming (not "blameless")
std::vector<BlamelessHint> findBlamelessHints(std::string_view text,
                                              HintField field = HintField::Text);

// Stable dismissal key: ruleId + ":" + the matched text lower-cased (ASCII), with curly
// apostrophes made straight and whitespace runs collapsed to one space, e.g.
// "person-should-have:bob should have". Independent of offsets, so it survives edits.
std::string blamelessHintKey(std::string_view ruleId, std::string_view matchedText);

// The hits whose key is not in `dismissedKeys` (PostMortem::dismissedHints).
std::vector<BlamelessHint> activeBlamelessHints(std::string_view text, HintField field,
                                                const std::vector<std::string>& dismissedKeys);

}  // namespace hs
