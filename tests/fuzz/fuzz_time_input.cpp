// libFuzzer target: a date or date-time typed into a form field; the first byte picks date-only.
// Property (fuzz_properties.h): within the value rules, and what the field shows parses back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto why = size == 0 ? std::string() : hs::fuzz::timeInputProperty(text.substr(1), (data[0] & 1) != 0);
  if (!why.empty()) {
    std::fprintf(stderr, "property broken: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
