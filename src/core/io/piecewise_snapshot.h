// Autosave of a document in pieces: a head record (the list of pieces and the
// header without its element lists) plus pieces of about kTargetPieceSize
// elements. Only the pieces that changed since the last save are encoded and
// written, so an edit of a 15,000-element document blocks a frame for a fraction
// of a whole-document snapshot.
//
// Piece boundaries follow the content: a piece ends after an element whose id
// hashes to 0 modulo kTargetPieceSize (or at kMaxPieceSize), and a piece is named
// after its first element. Inserting or deleting an element therefore changes
// one piece, not every piece after it.
//
// A piece has changed when the ids or `updated` stamps of its elements have. Every
// edit stamps the elements it changes (the rule merging across teammates relies on
// too); the one change that keeps outside stamps, replacing a document with an
// imported file, calls invalidate(). Hashing every element's content instead was
// measured at 3.5 ms a save in the browser for 15,000 elements, over the 2 ms budget.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct SnapshotPiece {
  std::string key;    // "ev.<16 hex digits>": the collection and a name from its first element
  std::string bytes;  // a checksummed snapshot holding that run of elements
};

struct PiecewiseSave {
  std::string head;                    // list of pieces + header snapshot
  std::vector<SnapshotPiece> changed;  // pieces to (re)write
  std::vector<std::string> stale;      // piece keys the document no longer has
  std::unordered_map<std::string, std::uint64_t> fingerprints;  // every piece of the document
};

class PiecewiseSnapshotWriter {
 public:
  static constexpr std::size_t kTargetPieceSize = 128;
  static constexpr std::size_t kMaxPieceSize = 4 * kTargetPieceSize;

  // Encodes the head and the pieces that differ from what the store holds (as of
  // the last confirm() or remember()).
  // `doc` is taken by reference only to encode its header without copying its
  // element lists (they are swapped out and back); it is unchanged on return.
  PiecewiseSave prepare(PostMortem& doc);
  // The store holds exactly `doc` in pieces (it was just loaded from there):
  // the next prepare() writes only what changes after this.
  void remember(const PostMortem& doc);
  // The document was replaced wholesale (its elements keep stamps from elsewhere):
  // the next prepare() rewrites every piece, and still deletes the stale ones.
  void invalidate();
  // The store wrote `save` (head, pieces and deletions in one transaction). Until
  // then, and after a failed write, prepare() keeps diffing against the older state.
  void confirm(const PiecewiseSave& save) { stored_ = save.fingerprints; }

 private:
  std::unordered_map<std::string, std::uint64_t> stored_;  // piece key -> fingerprint of ids and stamps
};

bool isPiecewiseHead(std::string_view bytes);

// Rebuilds a document from its head and a lookup of its pieces (nullptr when
// missing). On failure returns nullopt and says which piece was missing or bad.
// Never throws (the browser's library load runs it on every record).
std::optional<PostMortem> assemblePiecewise(
    std::string_view head, const std::function<const std::string*(const std::string& key)>& piece,
    std::string* error) noexcept;

}  // namespace hs
