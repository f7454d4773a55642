#include "core/io/markdown_unescape.h"

namespace hs {
namespace {

bool isAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool startsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string markdownUnescape(std::string_view text, bool brAsLineBreak) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size() && isAsciiPunct(text[i + 1])) {
      out += text[++i];
    } else if (c == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&#124;", '|'}};
      bool done = false;
      for (auto [entity, value] : kEntities)
        if (text.substr(i, entity.size()) == entity) {
          out += value;
          i += entity.size() - 1;
          done = true;
          break;
        }
      if (!done) out += c;
    } else if (brAsLineBreak && c == '<' &&
               (startsWithNoCase(text, i, "<br>") || startsWithNoCase(text, i, "<br/>") ||
                startsWithNoCase(text, i, "<br />"))) {
      out += '\n';
      i = text.find('>', i);
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view stripEmphasis(std::string_view text) {
  for (std::string_view mark : {"**", "__", "`", "*", "_"}) {
    if (text.size() > 2 * mark.size() && text.substr(0, mark.size()) == mark &&
        text.substr(text.size() - mark.size()) == mark)
      return text.substr(mark.size(), text.size() - 2 * mark.size());
  }
  return text;
}

}  // namespace hs
