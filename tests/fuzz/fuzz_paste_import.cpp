// libFuzzer target: pasted timeline text is outside data too. Every row is
// counted once, and the span read as the time lies inside the row's source.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/io/paste_import.h"

namespace {
void check(const hs::PastePreview& p) {
  if (p.acceptedCount + p.rejectedCount + p.contextCount != static_cast<int>(p.rows.size())) __builtin_trap();
  for (const hs::PasteRow& r : p.rows) {
    if (r.timeBegin > r.timeEnd || r.timeEnd > r.source.size()) __builtin_trap();
    if (!r.accepted && !r.context && r.reason.empty()) __builtin_trap();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  check(hs::previewPastedTimeline(text, 1768435200000));  // 2026-01-15
  hs::PasteOptions options;
  options.incidentDate = 1485820800000;  // 2017-01-31
  options.zone = "Europe/Berlin";
  options.dateOrder = hs::DateOrder::DayFirst;
  check(hs::previewPastedTimeline(text, options));
  return 0;
}
