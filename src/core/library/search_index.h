// Search over all the text of every post-mortem of a library (search_text.h: title, sections,
// events, why nodes, factors, actions, people, services, tags), Unicode case-folded
// (core/text/text_fold.h). A query is whitespace-separated words; a post-mortem matches when
// every word occurs, folded, inside a word of its text (so "disk" finds "Disks" and "diskette",
// "東京" finds "東京都庁"). Words are split at ASCII spaces and punctuation.
//
// Inverted index: each distinct folded word of the library keeps the sorted list of post-mortems
// that contain it. A query scans the vocabulary (distinct words, far fewer than the text) for
// words containing each query word and intersects their lists, so a query costs
// O(vocabulary + matches), not O(text). One post-mortem is added, replaced or removed without
// rebuilding the rest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/types.h"

namespace hs {

struct SearchHit {
  Id id;
  std::string where;    // the field that matched: "title", "why", "action", ... (search_text.h)
  std::string snippet;  // the matching text around the first query word, verbatim, "…" where cut
  std::size_t matchStart = 0;   // the matched word's bytes within `snippet`
  std::size_t matchLength = 0;
};

class SearchIndex {
 public:
  // Adds the post-mortem, or replaces what was indexed for the same id.
  void set(const Id& id, std::string searchText);
  void remove(const Id& id);
  void clear();
  std::size_t size() const { return live_; }

  // Ids of every matching post-mortem, in the order they were first added. An empty query
  // (only spaces) matches nothing.
  std::vector<Id> matchingIds(std::string_view query) const;
  // The first `limit` matches with where and a snippet.
  std::vector<SearchHit> search(std::string_view query, std::size_t limit = 50) const;
  // The snippet of one post-mortem for a query; `where` empty when nothing matches.
  SearchHit snippetFor(const Id& id, std::string_view query) const;

 private:
  struct Doc {
    Id id;
    std::string text;  // the search text, verbatim
    bool live = false;
  };
  std::vector<std::uint32_t> matchingSlots(std::string_view query) const;
  SearchHit snippetOf(const Doc& doc, const std::vector<std::string>& words) const;

  std::vector<Doc> docs_;                                    // slots; a replaced doc leaves a dead slot
  std::unordered_map<std::string, std::uint32_t> slotOf_;    // live slot per id
  std::unordered_map<std::string, std::uint32_t> wordId_;
  std::vector<std::string> vocabulary_;                      // folded words by word id
  std::vector<std::vector<std::uint32_t>> postings_;         // slots per word id, ascending
  std::size_t live_ = 0;
  mutable std::vector<std::uint64_t> stamp_;  // per-slot scratch of a query
  mutable std::uint64_t query_ = 0;
};

// Splits folded text into its words (see above); exposed for tests.
std::vector<std::string_view> searchWords(std::string_view folded);

}  // namespace hs
