// Case-insensitive (ASCII) text helpers shared by the library list and the actions hub.
#pragma once

#include <string>
#include <string_view>

namespace hs {

std::string lowerAscii(std::string_view s);
std::string_view trimmed(std::string_view s);
// a and b equal after trimming, ignoring ASCII case.
bool equalsIgnoreCase(std::string_view a, std::string_view b);
// `needle` (already lower-cased) occurs in `haystack`, ignoring ASCII case.
bool containsLower(std::string_view haystack, std::string_view lowerNeedle);
// True when `phrase` occurs in `text` with a non-alphanumeric character (or the
// text's edge) on both sides: "human error" in "it was human error." but not in "inhuman errors".
bool hasPhrase(std::string_view text, std::string_view phrase);

}  // namespace hs
