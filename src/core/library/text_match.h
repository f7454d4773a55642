// Case-insensitive text helpers shared by the library list, the actions hub and their
// filters. Case folding is Unicode's (core/text/text_fold.h), so search, filters, lists of
// names and sorting agree in every script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hs {

std::string_view trimmed(std::string_view s);
// a and b equal after trimming and case folding: "ŁUKASZ " equals "łukasz".
bool equalsIgnoreCase(std::string_view a, std::string_view b);
// `foldedNeedle` (already passed through foldCase) occurs in `haystack` folded.
bool containsFolded(std::string_view haystack, std::string_view foldedNeedle);
// The distinct non-blank names of `items` as equalsIgnoreCase sees them, each spelled as it
// first appears, in sortKey order: the options of the owner, tag and service filters.
std::vector<std::string> distinctIgnoringCase(const std::vector<std::string>& items);
// True when `phrase` occurs in `text` with a non-alphanumeric character (or the
// text's edge) on both sides: "human error" in "it was human error." but not in "inhuman errors".
bool hasPhrase(std::string_view text, std::string_view phrase);

}  // namespace hs
