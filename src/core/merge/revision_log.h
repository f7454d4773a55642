// The recent revisions of each post-mortem this app has seen (saved, exported,
// imported, merged), kept as merge bases, and how an incoming copy relates to the
// one in the library.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

inline constexpr std::size_t kKeptRevisions = 20;  // per post-mortem

struct KeptRevision {
  std::string revision;
  std::vector<std::string> editedFrom;
  PostMortem doc;  // the content of that revision
};

enum class CopyRelation {
  Identical,       // the same content
  IncomingNewer,   // the library's copy is an ancestor of the incoming one: update
  LibraryNewer,    // the incoming copy is an ancestor of the library's: nothing new
  Diverged,        // both changed since a common version (or none is known): merge
};

struct CopyComparison {
  CopyRelation relation = CopyRelation::Diverged;
  std::optional<PostMortem> base;  // Diverged: the nearest common version known, if any
};

class RevisionLog {
 public:
  // Records `doc` as revision `doc.revision` (stamped beforehand); the oldest of its
  // post-mortem beyond kKeptRevisions are forgotten. A revision already kept moves
  // to the newest place.
  void keep(const PostMortem& doc);
  const KeptRevision* find(const Id& postMortemId, const std::string& revision) const;
  const std::vector<KeptRevision>& revisionsOf(const Id& postMortemId) const;
  void clear(const Id& postMortemId) { byDoc_.erase(postMortemId); }

  // Compares the library's copy (possibly edited since its last revision) with an
  // incoming copy of the same post-mortem, following `edited_from` links through
  // the kept revisions and the copies themselves.
  CopyComparison compare(const PostMortem& library, const PostMortem& incoming) const;

 private:
  // Every revision reachable from `start` through edited_from links (start first,
  // nearest first), using the kept revisions for the links.
  std::vector<std::string> ancestry(const Id& postMortemId, const std::vector<std::string>& start) const;

  std::map<Id, std::vector<KeptRevision>> byDoc_;  // oldest first
};

}  // namespace hs
