#include <vector>

#include <utf8proc.h>

#include "core/text/unicode_fold.h"

namespace hs {

// Never COMPAT: compatibility forms stay apart, as the browser build folds them (text_fold.h).
bool foldUnicode(std::string_view text, bool stripMarks, std::string& folded) {
  const int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | (stripMarks ? UTF8PROC_STRIPMARK : 0);
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
  if (n < 0) return false;
  folded.assign(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
  return true;
}

}  // namespace hs
