#include "core/model/ids.h"

#include <random>

namespace hs {
namespace {

std::mt19937_64& generator() {
  static std::mt19937_64 engine{std::random_device{}() ^
                                (static_cast<std::uint64_t>(std::random_device{}()) << 32)};
  return engine;
}

}  // namespace

Id newId(std::string_view prefix) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t bits = generator()();
  Id id(prefix);
  id += '-';
  for (int shift = 60; shift >= 0; shift -= 4) id += kHex[(bits >> shift) & 0xF];
  return id;
}

void seedIds(std::uint64_t seed) { generator().seed(seed); }

bool isValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace hs
