#include "core/text/text_fold.h"

#include <vector>

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
  // One decomposition into a reused buffer: utf8proc_map decomposes twice and allocates,
  // which made a search of 10,000 non-ASCII summaries about twice as slow.
  thread_local std::vector<utf8proc_int32_t> buffer;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  const auto opts = static_cast<utf8proc_option_t>(options);
  if (buffer.size() < text.size() + 8) buffer.resize(text.size() * 2 + 8);
  utf8proc_ssize_t n = utf8proc_decompose(bytes, size, buffer.data(), static_cast<utf8proc_ssize_t>(buffer.size()), opts);
  if (n > static_cast<utf8proc_ssize_t>(buffer.size())) {
    buffer.resize(static_cast<std::size_t>(n));
    n = utf8proc_decompose(bytes, size, buffer.data(), n, opts);
  }
  if (n >= 0) n = utf8proc_reencode(buffer.data(), n, opts);  // UTF-8 into the same buffer
  if (n < 0) return lowerAscii(text);
  return std::string(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
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
