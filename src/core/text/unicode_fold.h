// The Unicode part of folding (text_fold.h), behind a link-time seam: the native
// build folds with utf8proc (unicode_fold_utf8proc.cpp); the browser build asks the
// browser's own Unicode tables (src/platform/web/unicode_fold_browser.cpp), which
// cost no download, where utf8proc's tables cost 38 KB of the 450 KB budget.
#pragma once

#include <string>
#include <string_view>

namespace hs {

// Full case folding of the canonical composition (NFC) of `text`, valid UTF-8
// without NUL; with `stripMarks`, combining marks (Mn, Mc, Me) are dropped first.
// False when the text cannot be folded (the caller then folds ASCII letters only).
bool foldUnicode(std::string_view text, bool stripMarks, std::string& folded);

}  // namespace hs
