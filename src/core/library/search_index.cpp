#include "core/library/search_index.h"

#include <algorithm>

#include "core/library/search_text.h"
#include "core/text/folded_find.h"
#include "core/text/text_fold.h"

namespace hs {
namespace {

bool separator(unsigned char c) {
  if (c >= 0x80) return false;  // part of a letter of another script
  return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_');
}

}  // namespace

std::vector<std::string_view> searchWords(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && separator(static_cast<unsigned char>(folded[i]))) ++i;
    std::size_t start = i;
    while (i < folded.size() && !separator(static_cast<unsigned char>(folded[i]))) ++i;
    if (i > start) words.push_back(folded.substr(start, i - start));
  }
  return words;
}

void SearchIndex::set(const Id& id, std::string searchText) {
  remove(id);
  const auto slot = static_cast<std::uint32_t>(docs_.size());
  std::string folded = foldCase(searchText);
  std::vector<std::string_view> words = searchWords(folded);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (std::string_view w : words) {
    auto [it, added] = wordId_.try_emplace(std::string(w), static_cast<std::uint32_t>(vocabulary_.size()));
    if (added) {
      vocabulary_.emplace_back(w);
      postings_.emplace_back();
    }
    postings_[it->second].push_back(slot);
  }
  docs_.push_back({id, std::move(searchText), true});
  slotOf_[id] = slot;
  ++live_;
}

void SearchIndex::remove(const Id& id) {
  auto it = slotOf_.find(id);
  if (it == slotOf_.end()) return;
  Doc& doc = docs_[it->second];
  doc.live = false;
  doc.text.clear();
  doc.text.shrink_to_fit();
  slotOf_.erase(it);
  --live_;
}

void SearchIndex::clear() { *this = SearchIndex(); }

std::vector<std::uint32_t> SearchIndex::matchingSlots(std::string_view query) const {
  std::string foldedQuery = foldCase(query);
  std::vector<std::string_view> words = searchWords(foldedQuery);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (words.empty()) return {};
  stamp_.resize(docs_.size(), 0);
  ++query_;
  // stamp_[slot] = the last (query, word) the slot matched; a slot matches word q only when it
  // matched word q - 1 of this query, so at the end the slots stamped with the last word matched
  // every word. One word reaching a slot through two vocabulary words counts once.
  auto mark = [&](std::size_t q) { return (static_cast<std::uint64_t>(query_) << 20) | q; };
  for (std::size_t q = 0; q < words.size(); ++q) {
    const std::uint64_t here = mark(q), before = q ? mark(q - 1) : 0;
    for (std::size_t w = 0; w < vocabulary_.size(); ++w) {
      if (vocabulary_[w].find(words[q]) == std::string::npos) continue;
      for (std::uint32_t slot : postings_[w]) {
        if (q > 0 && stamp_[slot] != before) continue;
        stamp_[slot] = here;
      }
    }
  }
  const std::uint64_t all = mark(words.size() - 1);
  std::vector<std::uint32_t> out;
  for (std::uint32_t slot = 0; slot < docs_.size(); ++slot)
    if (docs_[slot].live && stamp_[slot] == all) out.push_back(slot);
  return out;
}

std::vector<Id> SearchIndex::matchingIds(std::string_view query) const {
  std::vector<Id> ids;
  for (std::uint32_t slot : matchingSlots(query)) ids.push_back(docs_[slot].id);
  return ids;
}

SearchHit SearchIndex::snippetOf(const Doc& doc, const std::vector<std::string>& words) const {
  SearchHit hit;
  hit.id = doc.id;
  forEachSearchLine(doc.text, [&](std::string_view where, std::string_view text) {
    if (!hit.where.empty()) return;
    const std::string folded = foldCase(text);  // the cheap test before the mapping
    for (const std::string& word : words) {
      if (folded.find(word) == std::string::npos) continue;
      std::vector<TextSpan> spans = findFolded(text, word, 1);
      if (spans.empty()) continue;
      hit.where = std::string(where);
      hit.snippet = snippetAround(text, spans[0], &hit.matchStart);
      hit.matchLength = spans[0].end - spans[0].begin;
      return;
    }
  });
  return hit;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
  std::string foldedQuery = foldCase(query);
  std::vector<std::string> words;
  for (std::string_view w : searchWords(foldedQuery)) words.emplace_back(w);
  std::vector<SearchHit> hits;
  for (std::uint32_t slot : matchingSlots(query)) {
    if (hits.size() >= limit) break;
    hits.push_back(snippetOf(docs_[slot], words));
  }
  return hits;
}

SearchHit SearchIndex::snippetFor(const Id& id, std::string_view query) const {
  auto it = slotOf_.find(id);
  if (it == slotOf_.end()) return {};
  std::string foldedQuery = foldCase(query);
  std::vector<std::string> words;
  for (std::string_view w : searchWords(foldedQuery)) words.emplace_back(w);
  return snippetOf(docs_[it->second], words);
}

}  // namespace hs
