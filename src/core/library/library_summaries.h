// The summaries and the search index of a whole library, kept in step with the documents one
// post-mortem at a time: after an edit only the post-mortems that changed are summarized and
// re-indexed again, so lists, hub, dashboard and search stay cheap at 10,000 post-mortems.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/library/postmortem_summary.h"
#include "core/library/search_index.h"

namespace hs {

class LibrarySummaries {
 public:
  // Brings summaries and index in line with `library` (same order). A post-mortem is summarized
  // again when its fingerprint changed: the `updated` stamps of the document and its elements
  // (every edit sets them; an undo brings the older ones back) and its element counts. Returns
  // how many were summarized; `generation()` moves on when anything changed.
  std::size_t sync(const std::vector<PostMortem>& library);

  const std::vector<PostMortemSummary>& summaries() const { return summaries_; }
  const SearchIndex& search() const { return index_; }
  std::uint64_t generation() const { return generation_; }

 private:
  struct Fingerprint {
    TimeMs updated = 0;
    TimeMs lastEdit = 0;
    std::size_t counts = 0;  // events, nodes, factors, actions, tags, services mixed in one number
    std::size_t titleBytes = 0;
    bool operator==(const Fingerprint& o) const {
      return updated == o.updated && lastEdit == o.lastEdit && counts == o.counts && titleBytes == o.titleBytes;
    }
  };
  static Fingerprint fingerprintOf(const PostMortem& doc);

  std::vector<PostMortemSummary> summaries_;
  std::unordered_map<Id, Fingerprint> fingerprints_;
  SearchIndex index_;
  std::uint64_t generation_ = 0;
};

}  // namespace hs
