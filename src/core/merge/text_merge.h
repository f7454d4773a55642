// Three-way merge of a long text (summary, sections, notes): line by line, or word
// by word when every version is a single paragraph (no line break inside).
#pragma once

#include <string>
#include <string_view>

namespace hs {

struct TextMerge {
  std::string text;       // the merged text; `ours` when the changes overlap
  bool conflict = false;  // both sides changed the same lines (or words) differently
};

// Changes of one side that the other left alone are taken; the same change on both
// sides is taken once; changes that touch the same or adjacent lines (words) and
// differ are a conflict. merge(b, a, b) == a, merge(b, b, a) == a, merge(x, x, x) == x,
// and a clean merge does not depend on which side is `ours`.
TextMerge mergeText(std::string_view base, std::string_view ours, std::string_view theirs);

}  // namespace hs
