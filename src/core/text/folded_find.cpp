#include "core/text/folded_find.h"

#include <algorithm>

#include "core/text/text_fold.h"

namespace hs {
namespace {

std::size_t codePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

std::size_t codePointStart(std::string_view s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::vector<TextSpan> findFolded(std::string_view text, std::string_view foldedNeedle, std::size_t limit) {
  std::vector<TextSpan> spans;
  if (foldedNeedle.empty() || limit == 0) return spans;
  // The cheap test first: most texts do not contain the needle at all.
  const std::string wholeFolded = foldCase(text);
  if (wholeFolded.find(foldedNeedle) == std::string::npos) return spans;
  // Fold code point by code point to map each folded byte back to the text as written.
  std::string folded;
  std::vector<std::size_t> origin;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = std::min(codePointLength(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::string f = foldCase(text.substr(i, n));
    origin.insert(origin.end(), f.size(), i);
    folded += f;
    i += n;
  }
  for (std::size_t at = folded.find(foldedNeedle); at != std::string::npos && spans.size() < limit;
       at = folded.find(foldedNeedle, at + foldedNeedle.size())) {
    TextSpan span;
    span.begin = origin[at];
    const std::size_t last = origin[at + foldedNeedle.size() - 1];
    span.end = last + std::min(codePointLength(static_cast<unsigned char>(text[last])), text.size() - last);
    spans.push_back(span);
  }
  return spans;
}

std::string snippetAround(std::string_view text, TextSpan span, std::size_t* matchStart, std::size_t before,
                          std::size_t after) {
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  const std::size_t from = span.begin > before ? codePointStart(text, span.begin - before) : 0;
  const std::size_t to = span.end + after < text.size() ? codePointStart(text, span.end + after) : text.size();
  std::string out;
  if (from > 0) out += kEllipsis;
  if (matchStart) *matchStart = out.size() + (span.begin - from);
  for (char c : text.substr(from, to - from)) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (to < text.size()) out += kEllipsis;
  return out;
}

}  // namespace hs
