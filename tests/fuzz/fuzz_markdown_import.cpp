// libFuzzer target: Markdown post-mortems from other teams are outside data.
// The property (what must hold for any input) is markdownImportProperty in
// fuzz_properties.h, shared with the unit test that replays kept crashers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!hs::fuzz::markdownImportProperty(text).empty()) __builtin_trap();
  return 0;
}
