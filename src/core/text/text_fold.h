// The one place where text is folded for comparison: search, filters, lists of distinct
// names and sorting all go through these, so they agree with each other in every script.
//
// Folding is Unicode full case folding of the canonical composition (NFC), done by
// utf8proc natively and by the browser's own tables on the web (unicode_fold.h):
// "Łukasz" and "ŁUKASZ" fold to "łukasz", "Дмитрий" to "дмитрий", "STRASSE" and
// "straße" to "strasse", ΟΔΥΣΣΕΥΣ and οδυσσευς alike, and a decomposed "e + U+0301" equals
// the precomposed "é". Accents stay significant ("dvorak" does not find "Dvořák"): in
// Vietnamese, Thai, Hindi or Japanese (か/が) a mark makes another word. Compatibility
// forms (full-width letters, circled digits) are not folded, in either build. Text that is not valid UTF-8 has its ASCII letters folded only.
#pragma once

#include <string>
#include <string_view>

namespace hs {

std::string foldCase(std::string_view text);

// A key whose byte order is the display order of names and titles: letters with case
// and accents ignored first ("eclair" = "Éclair" < "ecole"), then accents, then case and
// spelling, so that the order is total and the same on every machine. Letters that are
// not a base letter plus accent (ł, ø, ß) sort by code point after the Latin alphabet.
std::string sortKey(std::string_view text);

// -1, 0 or 1 by sortKey.
int compareForSort(std::string_view a, std::string_view b);

}  // namespace hs
