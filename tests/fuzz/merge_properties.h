// The properties of merging (core/merge/document_merge.h), checked by the fuzz
// target tests/fuzz/fuzz_merge.cpp on random edit pairs and by the unit tests on
// seeded ones. Each returns an empty string when they hold, else what broke.
#pragma once

#include <algorithm>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/document_merge.h"
#include "core/merge/merge_fields.h"
#include "core/merge/text_merge.h"

namespace hs::fuzz {

namespace mergecheck {

inline bool listed(const MergeResult& r, ConflictElement el, const Id& id, const std::string& field) {
  return std::any_of(r.conflicts.begin(), r.conflicts.end(), [&](const MergeConflict& c) {
    return c.element == el && c.id == id && c.field == field;
  });
}

template <class T> bool same(const T& x, const T& y) {
  bool s = true;
  MergeFields<T>::each([&](const MergeFieldSpec&, auto m) { s = s && x.*m == y.*m; });
  return s;
}

template <class T> const T* find(const std::vector<T>& v, const Id& id) {
  for (const T& e : v)
    if (e.id == id) return &e;
  return nullptr;
}

// Fields both sides changed differently are listed (texts: when their changes overlap).
template <class T>
std::string fieldsListed(const MergeResult& r, ConflictElement el, const Id& id, const T& b, const T& o, const T& t) {
  std::string why;
  MergeFields<T>::each([&](const MergeFieldSpec& spec, auto m) {
    using V = std::decay_t<decltype(o.*m)>;
    if (!why.empty() || spec.rule == MergeRule::Identity || spec.rule == MergeRule::Stamp ||
        spec.rule == MergeRule::Set || spec.rule == MergeRule::ReferenceList || spec.rule == MergeRule::OrderKey)
      return;
    if (o.*m == t.*m || o.*m == b.*m || t.*m == b.*m) return;
    bool overlap = true;
    if constexpr (std::is_same_v<V, std::string>)
      if (spec.rule == MergeRule::Text) overlap = mergeText(b.*m, o.*m, t.*m).conflict;
    if (overlap && !listed(r, el, id, std::string(spec.name)))
      why = std::string("a conflict not listed: ") + std::string(wireName(el)) + " " + id + " " + std::string(spec.name);
  });
  return why;
}

// Every string the side wrote is in the result, or in a conflict of that field.
template <class T>
std::string textsKept(const MergeResult& r, ConflictElement el, const Id& id, const T* b, const T& side,
                      const T& result) {
  std::string why;
  MergeFields<T>::each([&](const MergeFieldSpec& spec, auto m) {
    using V = std::decay_t<decltype(side.*m)>;
    if constexpr (std::is_same_v<V, std::string>) {
      if (!why.empty() || spec.value != MergeValue::String || spec.rule == MergeRule::Text) return;
      if (side.*m == result.*m || (b && side.*m == b->*m)) return;
      if (!listed(r, el, id, std::string(spec.name)))
        why = std::string("a text of one side is lost: ") + std::string(wireName(el)) + " " + id + " " + std::string(spec.name);
    }
  });
  return why;
}

template <class T>
std::string elementsChecked(const MergeResult& r, ConflictElement el, const std::vector<T>& base,
                            const std::vector<T>& a, const std::vector<T>& b, const std::vector<T>& result) {
  for (const auto* side : {&a, &b}) {
    const auto& other = side == &a ? b : a;
    for (const T& e : *side) {
      const T* inBase = find(base, e.id);
      const T* inResult = find(result, e.id);
      const T* inOther = find(other, e.id);
      if (!inResult) {
        if (inBase && !inOther && same(*inBase, e)) continue;  // deleted by the other side, unchanged here
        return "an element of one side is lost: " + std::string(wireName(el)) + " " + e.id;
      }
      if (inBase && !inOther && !same(*inBase, e) && !listed(r, el, e.id, ""))
        return "deleted versus edited not listed: " + std::string(wireName(el)) + " " + e.id;
      if (auto why = textsKept(r, el, e.id, inBase, e, *inResult); !why.empty()) return why;
      if (side == &a && inBase && inOther)
        if (auto why = fieldsListed(r, el, e.id, *inBase, e, *inOther); !why.empty()) return why;
    }
  }
  return {};
}

inline std::string valid(const PostMortem& doc, const char* what) {
  LoadResult again = loadPostMortemJson(toJson(doc), "merged.json");
  if (!again.ok()) return std::string(what) + " is not a valid file: " + again.errors.front().format();
  return {};
}

}  // namespace mergecheck

inline std::string mergeProperties(const PostMortem& base, const PostMortem& a, const PostMortem& b) {
  using namespace mergecheck;
  for (const PostMortem* x : {&base, &a, &b}) {
    MergeResult same = mergePostMortems(*x, *x, *x);
    if (!same.clean() || toJson(same.doc) != toJson(*x)) return "merge(x, x, x) != x";
  }
  const std::string aJson = toJson(a);
  MergeResult left = mergePostMortems(base, a, base);
  if (!left.clean() || toJson(left.doc) != aJson) return "merge(base, a, base) != a";
  MergeResult right = mergePostMortems(base, base, a);
  if (!right.clean() || toJson(right.doc) != aJson) return "merge(base, base, a) != a";

  MergeResult r = mergePostMortems(base, a, b);
  if (auto why = valid(r.doc, "merge(base, a, b)"); !why.empty()) return why;
  MergeResult swapped = mergePostMortems(base, b, a);
  if (auto why = valid(swapped.doc, "merge(base, b, a)"); !why.empty()) return why;
  if (r.clean() != swapped.clean()) return "a conflict on one side order only";
  if (r.clean() && toJson(r.doc) != toJson(swapped.doc)) return "merge(base, a, b) != merge(base, b, a) without conflicts";
  for (const MergeConflict& c : r.conflicts)
    if (c.ours == c.theirs) return "a conflict between equal values: " + c.id + " " + c.field;

  if (auto why = fieldsListed(r, ConflictElement::Document, Id(), base, a, b); !why.empty()) return why;
  if (auto why = fieldsListed(r, ConflictElement::Impact, Id(), base.impact, a.impact, b.impact); !why.empty())
    return why;
  if (auto why = fieldsListed(r, ConflictElement::Sections, Id(), base.sections, a.sections, b.sections);
      !why.empty())
    return why;
  for (const PostMortem* side : {&a, &b}) {
    if (auto why = textsKept(r, ConflictElement::Document, Id(), &base, *side, r.doc); !why.empty()) return why;
    for (const auto& list : {&PostMortem::tags, &PostMortem::services, &PostMortem::authors})
      for (const std::string& item : (*side).*list) {
        const auto& other = side == &a ? b.*list : a.*list;
        const bool deleted = std::count((base.*list).begin(), (base.*list).end(), item) &&
                             !std::count(other.begin(), other.end(), item);
        if (!deleted && !std::count((r.doc.*list).begin(), (r.doc.*list).end(), item)) return "a list item is lost: " + item;
      }
  }
  if (auto why = elementsChecked(r, ConflictElement::Event, base.events, a.events, b.events, r.doc.events); !why.empty())
    return why;
  if (auto why = elementsChecked(r, ConflictElement::WhyNode, base.whyNodes, a.whyNodes, b.whyNodes, r.doc.whyNodes);
      !why.empty())
    return why;
  if (auto why = elementsChecked(r, ConflictElement::Factor, base.factors, a.factors, b.factors, r.doc.factors);
      !why.empty())
    return why;
  if (auto why = elementsChecked(r, ConflictElement::Action, base.actions, a.actions, b.actions, r.doc.actions);
      !why.empty())
    return why;

  MergeResult two = mergePostMortemsTwoWay(a, b);
  if (auto why = valid(two.doc, "the two-way merge"); !why.empty()) return why;
  return {};
}

}  // namespace hs::fuzz
