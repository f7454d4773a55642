// Merging two copies of a post-mortem, three-way against their common version when
// one is known, two-way with the `updated` stamps when none is.
#pragma once

#include <string>
#include <vector>

#include "core/model/merge_conflict.h"
#include "core/model/postmortem.h"

namespace hs {

enum class MergeSide { Ours, Theirs, Both };
enum class MergeChangeKind { Added, Removed, Edited };

// What the merge took from a side: an element added, removed, or a field edited.
struct MergeChange {
  ConflictElement element = ConflictElement::Document;
  Id id;              // empty for document, impact and sections
  std::string field;  // the edited field; empty for Added and Removed
  MergeChangeKind kind = MergeChangeKind::Edited;
  MergeSide from = MergeSide::Ours;
};

struct MergeResult {
  // A valid post-mortem: every reference resolves, one tree without cycles. Where
  // the sides conflict it holds `ours` (or the element a side edited and the other
  // deleted); the conflicts are listed, never written as text markers.
  // Its `conflicts` list holds those the copies already carried (unless a side
  // resolved one) and the new ones; revision fields are ours' (see revision.h).
  PostMortem doc;
  std::vector<MergeConflict> conflicts;  // the new ones
  std::vector<MergeChange> changes;  // in the order of the format
  bool clean() const { return conflicts.empty(); }
};

// Three-way: fields changed on one side take that side; changed alike on both, once;
// changed differently on both, a conflict (long texts merge line by line or word by
// word and conflict only where the changes overlap; sets never conflict; a why node's
// order key moved on both sides takes the later edit). An element deleted on one side
// and edited on the other (for a why node: or given a new child) is a conflict and
// stays; links to an element that is gone are dropped. Elements are matched by id.
MergeResult mergePostMortems(const PostMortem& base, const PostMortem& ours, const PostMortem& theirs);

// Two-way, when no common version is known: an element only one copy has is kept
// (a deletion cannot be told from an addition); a field that differs is a conflict,
// holding the version of the element (or document) with the later `updated` stamp,
// `ours` on a tie; sets are united.
MergeResult mergePostMortemsTwoWay(const PostMortem& ours, const PostMortem& theirs);

}  // namespace hs
