// A conflict left by merging two copies of a post-mortem: kept inside the document
// (and its file, as the `conflicts` list) until someone resolves it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs {

// Where a conflicting value lives.
enum class ConflictElement { Document, Impact, Sections, Event, WhyNode, Factor, Action };
template <> struct EnumTraits<ConflictElement> {
  static constexpr int first = 0;
  static constexpr std::array<std::string_view, 7> names{"document", "impact", "sections", "event",
                                                         "why_node", "factor", "action"};
  static constexpr std::array<std::string_view, 7> labels{"Document", "Impact", "Sections", "Event",
                                                          "Why node", "Factor", "Action"};
};
inline std::optional<ConflictElement> parseConflictElement(std::string_view wire) {
  return parseWire<ConflictElement>(wire);
}

struct MergeConflict {
  ConflictElement element = ConflictElement::Document;
  Id id;              // the element's id; empty for document, impact and sections
  std::string field;  // JSON key of the field; empty: the whole element (deleted on one side, edited on the other)
  // Each version's value as JSON text ("\"Disk full\"", "[\"db\"]", "null", or a whole
  // element object); nullopt: that version has no such element (deleted, or no common
  // version was known for `base`). The document holds `ours` until resolved.
  std::optional<std::string> base, ours, theirs;

  bool operator==(const MergeConflict& o) const {
    return element == o.element && id == o.id && field == o.field && base == o.base && ours == o.ours &&
           theirs == o.theirs;
  }
  bool operator!=(const MergeConflict& o) const { return !(*this == o); }
};

}  // namespace hs
