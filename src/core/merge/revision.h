// Revisions: a content hash that names one version of a post-mortem, and the
// versions it was made from, so that copies can tell which is newer and find the
// common version to merge against.
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// SHA-256 (hex) of the canonical content: the writer's deterministic JSON of the
// document with `revision` and `edited_from` left out. Two documents with the same
// content have the same revision whatever their history.
std::string canonicalRevision(const PostMortem& doc);

// Before a save or an export: when the content is no longer the revision the
// document carries, the carried one becomes what it was edited from and the
// revision is recomputed. A merge passes both sides' revisions as `editedFrom`.
void stampRevision(PostMortem& doc);
void stampRevision(PostMortem& doc, std::vector<std::string> editedFrom);

}  // namespace hs
