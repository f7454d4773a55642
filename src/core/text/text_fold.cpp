#include "core/text/text_fold.h"

#include "core/model/value_rules.h"
#include "core/text/unicode_fold.h"

namespace hs {
namespace {

bool isAscii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string mapText(std::string_view text, bool stripMarks) {
  // ASCII is its own NFC form and has no marks: only A-Z change.
  // Text that is not valid UTF-8, or holds NUL, gets its ASCII letters folded only.
  if (isAscii(text) || checkText(text)) return lowerAscii(text);
  std::string folded;
  if (!foldUnicode(text, stripMarks, folded)) return lowerAscii(text);
  return folded;
}

}  // namespace

std::string foldCase(std::string_view text) { return mapText(text, false); }

std::string sortKey(std::string_view text) {
  // NUL separates the levels; a NUL inside the text (refused by the reader) still gives a
  // total order, only not a pretty one.
  std::string key = mapText(text, true);
  key += '\0';
  key += foldCase(text);
  key += '\0';
  key.append(text);
  return key;
}

int compareForSort(std::string_view a, std::string_view b) {
  int c = sortKey(a).compare(sortKey(b));
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace hs
