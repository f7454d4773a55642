// libFuzzer target: the JSON reader on arbitrary bytes (property in fuzz_properties.h:
// anything it accepts is written, re-read and passed through a snapshot byte-identically).
// Run with json_reader.dict and the seeds in tests/fuzz/seeds/json_reader (scripts/fuzz).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto why = hs::fuzz::jsonReaderProperty(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!why.empty()) {
    std::fprintf(stderr, "property broken: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
