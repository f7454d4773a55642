// Three-way merge of lists whose items are unique values: tags, services, people,
// triggers, id links, and the order of the elements of a document.
#pragma once

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/merge/diff3.h"

namespace hs {

// The merged list: an item deleted on one side is gone (the other side kept it
// unchanged), an item added on either side is in; each item once. Items keep their
// place: a stretch only one side changed is taken from that side; where both sides
// changed the same stretch, both sides' items are kept, the stretch that sorts
// first coming first so that the result does not depend on which side is `ours`.
// `keep` items are in the result even when a side deleted them (elements kept
// because the other side edited them); `drop` items never are.
template <class T>
std::vector<T> mergeSequence(const std::vector<T>& base, const std::vector<T>& ours, const std::vector<T>& theirs,
                             const std::set<T>& keep = {}, const std::set<T>& drop = {}) {
  if (keep.empty() && drop.empty()) {
    if (ours == theirs || theirs == base) return ours;
    if (ours == base) return theirs;
  }
  std::unordered_map<T, int> ids;
  auto tokens = [&](const std::vector<T>& v) {
    TokenSeq seq;
    seq.reserve(v.size());
    for (const T& x : v) seq.push_back(ids.emplace(x, static_cast<int>(ids.size())).first->second);
    return seq;
  };
  const TokenSeq b = tokens(base), o = tokens(ours), t = tokens(theirs);
  const std::unordered_set<T> inBase(base.begin(), base.end()), inOurs(ours.begin(), ours.end()),
      inTheirs(theirs.begin(), theirs.end());
  auto wanted = [&](const T& x) {
    if (drop.count(x)) return false;
    if (keep.count(x)) return true;
    const bool o1 = inOurs.count(x) > 0, t1 = inTheirs.count(x) > 0;
    if (!inBase.count(x)) return o1 || t1;
    return o1 && t1;  // a deletion on either side is honoured
  };
  std::vector<T> out;
  std::unordered_set<T> placed;
  auto put = [&](const std::vector<T>& v, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
      if (wanted(v[i]) && placed.insert(v[i]).second) out.push_back(v[i]);
  };
  auto slice = [](const std::vector<T>& v, std::size_t from, std::size_t to) {
    return std::vector<T>(v.begin() + from, v.begin() + to);
  };
  for (const Diff3Chunk& c : diff3(b, o, t)) {
    const auto bs = slice(base, c.baseBegin, c.baseEnd);
    const auto os = slice(ours, c.oursBegin, c.oursEnd);
    const auto ts = slice(theirs, c.theirsBegin, c.theirsEnd);
    if (c.stable || os == ts || ts == bs) {
      put(ours, c.oursBegin, c.oursEnd);
    } else if (os == bs) {
      put(theirs, c.theirsBegin, c.theirsEnd);
    } else if (os < ts) {
      put(ours, c.oursBegin, c.oursEnd);
      put(theirs, c.theirsBegin, c.theirsEnd);
    } else {
      put(theirs, c.theirsBegin, c.theirsEnd);
      put(ours, c.oursBegin, c.oursEnd);
    }
  }
  // Rare leftovers (an item listed twice, a kept element the diff placed nowhere),
  // in sorted order so that the result stays the same with the sides swapped.
  std::set<T> rest;
  for (const auto* v : {&ours, &theirs, &base})
    for (const T& x : *v)
      if (wanted(x) && !placed.count(x)) rest.insert(x);
  for (const T& x : keep)
    if (!drop.count(x) && !placed.count(x)) rest.insert(x);
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

// Two copies with no common version: ours in its order, then what only theirs has.
template <class T>
std::vector<T> unionSequence(const std::vector<T>& ours, const std::vector<T>& theirs) {
  std::vector<T> out;
  std::set<T> placed;
  for (const auto* v : {&ours, &theirs})
    for (const T& x : *v)
      if (placed.insert(x).second) out.push_back(x);
  return out;
}

}  // namespace hs
