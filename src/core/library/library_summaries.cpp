#include "core/library/library_summaries.h"

#include <algorithm>
#include <unordered_set>

namespace hs {

LibrarySummaries::Fingerprint LibrarySummaries::fingerprintOf(const PostMortem& doc) {
  Fingerprint f;
  f.updated = doc.updated;
  TimeMs t = doc.updated;
  for (const auto& e : doc.events) t = std::max(t, e.updated);
  for (const auto& n : doc.whyNodes) t = std::max(t, n.updated);
  for (const auto& x : doc.factors) t = std::max(t, x.updated);
  for (const auto& a : doc.actions) t = std::max(t, a.updated);
  f.lastEdit = t;
  f.counts = doc.events.size() * 1000003u + doc.whyNodes.size() * 10007u + doc.factors.size() * 101u +
             doc.actions.size() * 7u + doc.tags.size() * 3u + doc.services.size();
  f.titleBytes = doc.title.size();
  return f;
}

std::size_t LibrarySummaries::sync(const std::vector<PostMortem>& library) {
  std::size_t redone = 0;
  std::unordered_map<Id, std::size_t> oldSlot;
  oldSlot.reserve(summaries_.size());
  for (std::size_t i = 0; i < summaries_.size(); ++i) oldSlot.emplace(summaries_[i].id, i);

  std::vector<PostMortemSummary> next;
  next.reserve(library.size());
  std::unordered_set<Id> present;
  present.reserve(library.size());
  for (const PostMortem& doc : library) {
    present.insert(doc.id);
    const Fingerprint f = fingerprintOf(doc);
    auto known = fingerprints_.find(doc.id);
    auto slot = oldSlot.find(doc.id);
    if (known != fingerprints_.end() && known->second == f && slot != oldSlot.end()) {
      next.push_back(std::move(summaries_[slot->second]));
      continue;
    }
    PostMortemSummary s = summarize(doc);
    index_.set(s.id, s.searchText);
    s.searchText.clear();  // the index keeps the text; one copy is enough
    s.searchText.shrink_to_fit();
    fingerprints_[doc.id] = f;
    next.push_back(std::move(s));
    ++redone;
  }
  bool removed = false;
  for (auto it = fingerprints_.begin(); it != fingerprints_.end();) {
    if (present.count(it->first)) {
      ++it;
      continue;
    }
    index_.remove(it->first);
    it = fingerprints_.erase(it);
    removed = true;
  }
  const bool reordered = next.size() != summaries_.size() || removed;
  summaries_ = std::move(next);
  if (redone > 0 || reordered) ++generation_;
  return redone;
}

}  // namespace hs
