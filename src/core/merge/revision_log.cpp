#include "core/merge/revision_log.h"

#include <algorithm>
#include <deque>
#include <set>

#include "core/merge/revision.h"

namespace hs {

void RevisionLog::keep(const PostMortem& doc) {
  if (doc.revision.empty()) return;
  auto& list = byDoc_[doc.id];
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const KeptRevision& k) { return k.revision == doc.revision; }),
             list.end());
  list.push_back({doc.revision, doc.editedFrom, doc});
  if (list.size() > kKeptRevisions) list.erase(list.begin(), list.end() - kKeptRevisions);
}

const KeptRevision* RevisionLog::find(const Id& postMortemId, const std::string& revision) const {
  auto it = byDoc_.find(postMortemId);
  if (it == byDoc_.end()) return nullptr;
  for (const KeptRevision& k : it->second)
    if (k.revision == revision) return &k;
  return nullptr;
}

const std::vector<KeptRevision>& RevisionLog::revisionsOf(const Id& postMortemId) const {
  static const std::vector<KeptRevision> none;
  auto it = byDoc_.find(postMortemId);
  return it == byDoc_.end() ? none : it->second;
}

std::vector<std::string> RevisionLog::ancestry(const Id& postMortemId, const std::vector<std::string>& start) const {
  std::vector<std::string> order;
  std::set<std::string> seen;
  std::deque<std::string> queue(start.begin(), start.end());
  while (!queue.empty()) {
    std::string r = std::move(queue.front());
    queue.pop_front();
    if (r.empty() || !seen.insert(r).second) continue;
    order.push_back(r);
    if (const KeptRevision* k = find(postMortemId, r))
      for (const std::string& parent : k->editedFrom) queue.push_back(parent);
  }
  return order;
}

CopyComparison RevisionLog::compare(const PostMortem& library, const PostMortem& incoming) const {
  CopyComparison out;
  const std::string mine = canonicalRevision(library);
  const std::string theirs = canonicalRevision(incoming);
  if (mine == theirs) {
    out.relation = CopyRelation::Identical;
    return out;
  }
  // Each copy: its content now, the revision it carries (older when edited since),
  // and what that revision was edited from.
  auto start = [](const std::string& now, const PostMortem& doc) {
    std::vector<std::string> s = {now, doc.revision};
    s.insert(s.end(), doc.editedFrom.begin(), doc.editedFrom.end());
    return s;
  };
  const std::vector<std::string> mineStart = start(mine, library);
  const std::vector<std::string> theirsStart = start(theirs, incoming);
  const std::vector<std::string> mineUp = ancestry(library.id, mineStart);
  const std::vector<std::string> theirsUp = ancestry(library.id, theirsStart);
  if (std::find(theirsUp.begin(), theirsUp.end(), mine) != theirsUp.end()) {
    out.relation = CopyRelation::IncomingNewer;
    return out;
  }
  if (std::find(mineUp.begin(), mineUp.end(), theirs) != mineUp.end()) {
    out.relation = CopyRelation::LibraryNewer;
    return out;
  }
  out.relation = CopyRelation::Diverged;
  const std::set<std::string> mineSet(mineUp.begin(), mineUp.end());
  for (const std::string& r : theirsUp)
    if (mineSet.count(r))
      if (const KeptRevision* k = find(library.id, r)) {
        out.base = k->doc;
        break;
      }
  return out;
}

}  // namespace hs
