#include "core/io/format_table.h"

#include <limits>

#include "core/io/format_version.h"

namespace hs::format {

int FieldList::find(std::string_view name, int guess) const {
  // Files are usually canonical: the field after the previous one is tried first.
  if (guess >= 0 && static_cast<std::size_t>(guess) < count && rows[guess].name == name) return guess;
  for (std::size_t i = 0; i < count; ++i)
    if (rows[i].name == name) return static_cast<int>(i);
  return -1;
}

FieldList fieldsOf(ObjectKind kind) {
  FieldList list;
  withKind(kind, [&](auto type) {
    using Owner = typename decltype(type)::type;
    list = {kFieldInfos<Owner>.data(), kFieldInfos<Owner>.size()};
  });
  return list;
}

std::string expectedInteger(std::int64_t min, std::int64_t max) {
  if (max == std::numeric_limits<std::int64_t>::max()) return min == 0 ? "a non-negative integer" : "an integer";
  return "an integer from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string expectedHeader(Rule rule) {
  switch (rule) {
    case Rule::FormatTag: return std::string("\"") + kFormatTag + "\"";
    case Rule::FormatVersion: return "the integer " + std::to_string(kFormatVersion);
    case Rule::MinorVersion: return expectedInteger(0, std::numeric_limits<std::int64_t>::max());
    default: return {};
  }
}

std::string expectedText(ObjectKind kind, std::size_t rank) {
  std::string text;
  withKind(kind, [&](auto type) {
    withRow<typename decltype(type)::type>(rank, [&](const auto& row) { text = expectedText(row); });
  });
  return text;
}

}  // namespace hs::format
