#include "core/model/merge_conflict.h"

#include <array>

namespace hs {
namespace {
constexpr std::array<std::string_view, kConflictElementCount> kWire = {
    "document", "impact", "sections", "event", "why_node", "factor", "action"};
}

std::string_view wireName(ConflictElement v) { return kWire[static_cast<int>(v)]; }

std::optional<ConflictElement> parseConflictElement(std::string_view wire) {
  for (int i = 0; i < kConflictElementCount; ++i)
    if (kWire[i] == wire) return static_cast<ConflictElement>(i);
  return std::nullopt;
}

}  // namespace hs
