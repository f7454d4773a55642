#include "core/text/text_fold.h"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

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

// Never COMPAT: trim_utf8proc_data.py drops those tables (see text_fold.h).
constexpr int kFold = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
constexpr int kFoldStripMarks = kFold | UTF8PROC_STRIPMARK;

std::string mapText(std::string_view text, int options) {
  // ASCII is its own NFC form and has no marks: only A-Z change.
  if (isAscii(text)) return lowerAscii(text);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  if (n < 0) return lowerAscii(text);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

}  // namespace

std::string foldCase(std::string_view text) { return mapText(text, kFold); }

std::string sortKey(std::string_view text) {
  // NUL separates the levels; a NUL inside the text (refused by the reader) still gives a
  // total order, only not a pretty one.
  std::string key = mapText(text, kFoldStripMarks);
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
