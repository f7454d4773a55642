#include "core/io/markdown_import/text_repair.h"

#include <cstdint>

#include "core/model/value_rules.h"

namespace hs {
namespace {

// Windows-1252 0x80..0x9F; 0 where the code page defines nothing.
constexpr std::uint16_t kWindows1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

RepairedText repairText(std::string_view bytes) {
  RepairedText r;
  r.text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    if (bytes[i] == '\0') {
      ++r.nulBytes;
      ++i;
      continue;
    }
    if (std::size_t n = utf8SequenceLength(bytes, i)) {
      r.text.append(bytes.data() + i, n);
      i += n;
      continue;
    }
    const auto b = static_cast<unsigned char>(bytes[i]);
    std::uint32_t cp = b >= 0xA0 ? b : kWindows1252High[b - 0x80];
    appendUtf8(r.text, cp == 0 ? 0xFFFD : cp);
    ++r.windows1252Bytes;
    ++i;
  }
  return r;
}

}  // namespace hs
