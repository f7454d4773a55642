// Resolving the conflicts a merge left: keep mine (the document already holds it),
// take theirs, or a text of one's own.
#pragma once

#include <string>

#include "core/model/postmortem.h"

namespace hs {

enum class ConflictChoice { KeepMine, TakeTheirs, Edited };

// Applies `choice` for `conflict` to `doc` and removes the conflict from
// doc.conflicts. TakeTheirs sets the field to the `theirs` value (a whole element:
// puts theirs' version back, or deletes it with the links to it when theirs deleted
// it); Edited sets a text field to `edited`. False, with `why` and `doc` unchanged,
// when the value cannot stand (not a text field, a move that would loop the tree,
// an unreadable value).
bool resolveConflict(PostMortem& doc, const MergeConflict& conflict, ConflictChoice choice,
                     const std::string& edited, std::string* why);

}  // namespace hs
