// How each field of each object of a post-mortem merges: read from the format
// tables (core/io/format_table.h), so a field's JSON name and merge rule are
// written down once, next to its reader and writer.
#pragma once

#include <optional>

#include "core/io/format_table.h"
#include "core/model/postmortem.h"

namespace hs {

enum class MergeRule {
  Identity,  // the id: what elements are matched by
  Scalar,    // one value: a change of one side is taken; different changes conflict
  Text,      // long text: merged line by line / word by word (text_merge.h)
  Set,       // list of unique values: merged as a set, deletions honoured
  ReferenceList,  // ids of other elements: as Set, then ids of elements no longer there are dropped
  OrderKey,  // position among siblings: never a conflict, the later-updated side wins
  Stamp,     // `updated`: the later of the two
};

// How a value is written as JSON (the C++ type alone cannot say: a time and a count
// are both int64).
enum class MergeValue { String, Reference, Time, Integer, Amount, Boolean, Enum, List, RawObject };

struct MergeFieldSpec {
  const char* name;
  MergeRule rule;
  MergeValue value;
};

namespace merge_detail {

// The table's merge rule as the field merge sees it; none for the rows merged
// apart (nested objects, element lists) or never merged (header, revisions, conflicts).
constexpr std::optional<MergeRule> ruleOf(format::Merge merge) {
  switch (merge) {
    case format::Merge::Id: return MergeRule::Identity;
    case format::Merge::Scalar: return MergeRule::Scalar;
    case format::Merge::LongText: return MergeRule::Text;
    case format::Merge::Set: return MergeRule::Set;
    case format::Merge::ReferenceList: return MergeRule::ReferenceList;
    case format::Merge::OrderKey: return MergeRule::OrderKey;
    case format::Merge::UpdatedStamp: return MergeRule::Stamp;
    case format::Merge::Fixed:
    case format::Merge::Object:
    case format::Merge::Elements: return std::nullopt;
  }
  return std::nullopt;
}

constexpr MergeValue valueOf(format::Rule rule) {
  switch (rule) {
    case format::Rule::Reference:
    case format::Rule::Parent: return MergeValue::Reference;
    case format::Rule::Time: return MergeValue::Time;
    case format::Rule::Bool: return MergeValue::Boolean;
    case format::Rule::Enum: return MergeValue::Enum;
    case format::Rule::Integer: return MergeValue::Integer;
    case format::Rule::Amount: return MergeValue::Amount;
    case format::Rule::TextList:
    case format::Rule::EnumList:
    case format::Rule::IdList: return MergeValue::List;
    default: return MergeValue::String;
  }
}

}  // namespace merge_detail

// fn(spec, memberPointer) for every field of T that merges field by field, in the
// order of the format, then for the fields a newer version wrote that this one
// does not know (kept whole, merged as one value).
template <class T> struct MergeFields {
  template <class Fn> static void each(Fn&& fn) {
    // Chosen at compile time: the rows merged apart hold types the field merge cannot take.
    format::forEachRank<T>([&](auto rank) {
      constexpr const auto& row = format::kRow<T, decltype(rank)::value>;
      if constexpr (format::kHasMember<decltype(row)>) {
        constexpr std::optional<MergeRule> rule = merge_detail::ruleOf(row.merge);
        if constexpr (rule.has_value())
          fn(MergeFieldSpec{row.name.data(), *rule, merge_detail::valueOf(row.rule)}, row.member);
      }
    });
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &T::unknown);
  }
};

}  // namespace hs
