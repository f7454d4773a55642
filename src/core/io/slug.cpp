#include "core/io/slug.h"

namespace hs {

std::string slugify(std::string_view title) {
  constexpr std::size_t kMax = 60;
  std::string slug;
  bool pendingDash = false;
  for (char raw : title) {
    auto c = static_cast<unsigned char>(raw);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (c >= 0x80) continue;  // non-ASCII bytes are dropped without splitting the word
    if (!alnum) {
      pendingDash = !slug.empty();
      continue;
    }
    if (pendingDash) {
      if (slug.size() + 1 >= kMax) break;
      slug += '-';
      pendingDash = false;
    }
    if (slug.size() >= kMax) {
      // Too long: cut back to the last word boundary if that keeps something useful.
      auto dash = slug.rfind('-');
      if (dash != std::string::npos && dash >= kMax / 2) slug.resize(dash);
      break;
    }
    slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "postmortem" : slug;
}

std::string downloadFileName(const PostMortem& doc) { return slugify(doc.title) + ".postmortem.json"; }

std::string markdownFileName(const PostMortem& doc) { return slugify(doc.title) + ".md"; }

}  // namespace hs
