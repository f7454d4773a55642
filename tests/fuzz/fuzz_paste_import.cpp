// libFuzzer target: pasted timeline text is outside data too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/paste_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto preview = hs::previewPastedTimeline(text, 1768435200000);  // 2026-01-15
  if (preview.acceptedCount + preview.rejectedCount > static_cast<int>(preview.rows.size())) __builtin_trap();
  return 0;
}
