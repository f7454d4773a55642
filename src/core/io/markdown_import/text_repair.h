// Markdown from other teams' archives is not always UTF-8: older editors wrote
// Windows-1252 (Latin-1 with curly quotes and dashes), and a damaged file may hold
// NUL bytes. The exchange format accepts only UTF-8 without NUL (value_rules.h),
// so the importer reads such bytes rather than refusing the file or carrying them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hs {

struct RepairedText {
  std::string text;
  std::size_t windows1252Bytes = 0;  // bytes that were not UTF-8, read as Windows-1252
  std::size_t nulBytes = 0;          // NUL bytes left out
};

// Valid UTF-8 sequences are kept; each other byte is read as Windows-1252
// (0x81, 0x8D, 0x8F, 0x90 and 0x9D, undefined there, become U+FFFD); NULs are left out.
RepairedText repairText(std::string_view bytes);

}  // namespace hs
