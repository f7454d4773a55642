// core/text/unicode_fold.h for the browser build: the browser's own Unicode tables
// (ICU in every engine) instead of utf8proc's 38 KB (gzip) of tables. Full case folding
// is upper-then-lower casing ("ß" → "SS" → "ss", "ς" → "Σ" → "σ", "ﬁ" → "fi"). Compared
// with utf8proc over every code point (2026-12-02, Chromium 156 / Node 20 ICU): 230 of
// 1,112,062 fold to another representative, and only three kinds of them change what
// a search finds: dotless ı also finds i, and letters newer than utf8proc's Unicode 15
// fold here (the rest is Cherokee, folded to lowercase, not uppercase: same matches).
// The e2e test "scripts: names and texts in every script ..." searches in Chromium.
#include <cstdlib>

#include "core/text/unicode_fold.h"

extern "C" char* hs_js_fold_unicode(const char* text, int length, int stripMarks);  // unicode_fold.js

namespace hs {

bool foldUnicode(std::string_view text, bool stripMarks, std::string& folded) {
  char* out = hs_js_fold_unicode(text.data(), static_cast<int>(text.size()), stripMarks ? 1 : 0);
  if (!out) return false;
  folded.assign(out);
  std::free(out);
  return true;
}

}  // namespace hs
