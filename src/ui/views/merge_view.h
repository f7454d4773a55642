// The merge view: what came from each copy, and each conflict side by side with
// "Keep mine", "Take theirs" and "Edit".
#pragma once

#include <string>
#include <vector>

#include "core/merge/conflict_resolution.h"
#include "core/merge/document_merge.h"

namespace hs::ui {

struct MergeSession {
  Id docId;
  std::string fileName;     // where theirs came from; empty: conflicts carried by the document
  bool threeWay = false;    // a common version was known
  PostMortem ours;          // the library's copy before the merge
  PostMortem theirs;
  MergeResult result;       // result.doc.conflicts: every conflict to resolve
  std::vector<ConflictChoice> choices;  // one per result.doc.conflicts
  std::vector<std::string> edits;       // the text being edited, per conflict
  std::string error;        // why the last "Apply" was refused
};

enum class MergeAction { None, Apply, KeepBoth, Replace, Cancel };

// Draws the view into the current window; returns what the user asked for.
MergeAction drawMergeView(MergeSession& session);

// "event 14:35 \"Alert fired\"", "action \"Validate config\"" ("" for the document).
std::string describeElement(const PostMortem& doc, ConflictElement element, const Id& id);
// "event 14:35 \"Alert fired\" text", "summary".
std::string describeConflictPlace(const PostMortem& doc, const MergeConflict& c);
std::string describeChange(const PostMortem& doc, const MergeChange& c);

}  // namespace hs::ui
