// Where a case-folded needle occurs in text as written: the byte spans of the
// original text, so a caller can highlight, select or quote them. Folding is
// text_fold.h's, so "ŁUKASZ" finds "Łukasz" and a search here agrees with the
// library's search.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

struct TextSpan {
  std::size_t begin = 0, end = 0;  // bytes [begin, end) of the original text
};

// Every non-overlapping occurrence of `foldedNeedle` (already passed through foldCase)
// in `text`, in order; `limit` caps how many are returned.
std::vector<TextSpan> findFolded(std::string_view text, std::string_view foldedNeedle, std::size_t limit = 1000);

// The text around `span`: up to `before` bytes before it and `after` bytes after,
// cut at code point boundaries, "…" where cut, line breaks as spaces.
// `matchStart` receives the span's offset within the snippet.
std::string snippetAround(std::string_view text, TextSpan span, std::size_t* matchStart = nullptr,
                          std::size_t before = 40, std::size_t after = 80);

// Moves `pos` back to the start of the UTF-8 code point it is in.
std::size_t codePointStart(std::string_view s, std::size_t pos);

}  // namespace hs
