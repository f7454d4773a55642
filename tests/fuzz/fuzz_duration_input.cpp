// libFuzzer target: a duration typed into a form field ("1 h 30 min").
// Property (fuzz_properties.h): within the value rules, and what the field shows parses back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto why = hs::fuzz::durationInputProperty(text);
  if (!why.empty()) {
    std::fprintf(stderr, "property broken: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
