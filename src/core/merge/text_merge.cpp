#include "core/merge/text_merge.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/merge/diff3.h"

namespace hs {
namespace {

// Splits texts into tokens and numbers equal tokens alike across the three versions.
class TokenTable {
 public:
  TokenSeq add(std::string_view text, bool words, std::vector<std::string_view>& pieces) {
    TokenSeq seq;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = words ? wordEnd(text, start) : lineEnd(text, start);
      std::string_view piece = text.substr(start, end - start);
      pieces.push_back(piece);
      seq.push_back(ids_.emplace(piece, static_cast<int>(ids_.size())).first->second);
      start = end;
    }
    return seq;
  }

 private:
  static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  static std::size_t lineEnd(std::string_view t, std::size_t at) {
    std::size_t nl = t.find('\n', at);
    return nl == std::string_view::npos ? t.size() : nl + 1;
  }
  // A word and the spaces after it are separate tokens, so that edits of two
  // neighbouring words are two changes, not one.
  static std::size_t wordEnd(std::string_view t, std::size_t at) {
    const bool s = space(t[at]);
    std::size_t end = at + 1;
    while (end < t.size() && space(t[end]) == s) ++end;
    return end;
  }
  std::unordered_map<std::string_view, int> ids_;
};

bool singleParagraph(std::string_view t) {
  std::size_t nl = t.find('\n');
  return nl == std::string_view::npos || nl + 1 == t.size();
}

bool sameRange(const TokenSeq& a, std::size_t ab, std::size_t ae, const TokenSeq& b, std::size_t bb,
               std::size_t be) {
  if (ae - ab != be - bb) return false;
  for (std::size_t i = 0; i < ae - ab; ++i)
    if (a[ab + i] != b[bb + i]) return false;
  return true;
}

}  // namespace

TextMerge mergeText(std::string_view base, std::string_view ours, std::string_view theirs) {
  if (ours == theirs || theirs == base) return {std::string(ours), false};
  if (ours == base) return {std::string(theirs), false};
  const bool words = singleParagraph(base) && singleParagraph(ours) && singleParagraph(theirs);
  TokenTable table;
  std::vector<std::string_view> bp, op, tp;
  const TokenSeq b = table.add(base, words, bp);
  const TokenSeq o = table.add(ours, words, op);
  const TokenSeq t = table.add(theirs, words, tp);
  TextMerge result;
  auto append = [&](const std::vector<std::string_view>& pieces, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) result.text += pieces[i];
  };
  for (const Diff3Chunk& c : diff3(b, o, t)) {
    if (c.stable) {
      append(op, c.oursBegin, c.oursEnd);
    } else if (sameRange(o, c.oursBegin, c.oursEnd, b, c.baseBegin, c.baseEnd)) {
      append(tp, c.theirsBegin, c.theirsEnd);
    } else if (sameRange(t, c.theirsBegin, c.theirsEnd, b, c.baseBegin, c.baseEnd) ||
               sameRange(o, c.oursBegin, c.oursEnd, t, c.theirsBegin, c.theirsEnd)) {
      append(op, c.oursBegin, c.oursEnd);
    } else {
      return {std::string(ours), true};
    }
  }
  return result;
}

}  // namespace hs
