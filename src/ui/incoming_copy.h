// A file (or link) holding a post-mortem the library already has: already up to
// date, update to the newer copy, or merge the two (views/merge_view.h); and the
// conflicts a merged file carries, offered for resolution.
#pragma once

#include <string>

#include "core/merge/revision_log.h"
#include "ui/app_state.h"

namespace hs::ui {

// The revisions this app has seen this session (imported, downloaded, merged).
RevisionLog& revisionLog(AppState& state);

// Keeps a stamped revision as a merge base, in memory and in the store.
void keepRevision(AppState& state, const PostMortem& doc);
// Stamps the library's copy of `id` with its revision (before a download) and keeps it.
void keepRevisionOf(AppState& state, const Id& id);

// `incoming` has the id of a post-mortem in the library: decides what to offer.
void receiveCopy(AppState& state, PostMortem incoming, const std::string& fileName);

// Opens the resolution of the conflicts the post-mortem `id` carries.
void resolveCarriedConflicts(AppState& state, const Id& id);

// The dialog; call once per frame inside the main window.
void drawIncomingCopyDialog(AppState& state);
bool incomingCopyDialogOpen(AppState& state);

}  // namespace hs::ui
