#pragma once

#include "ui/app_state.h"

namespace hs::ui {

// A blank post-mortem (Draft, SEV-3, dated now) added to the library and opened.
PostMortem& createAndOpenNewDocument(AppState& state);

// The same post-mortem with fresh ids for the document and every element, and
// every reference (tree parents, event/factor/action links) pointing at the new ids.
PostMortem withNewIds(PostMortem doc);

// Adds a copy of `id` with new ids and " (copy)" after the title; returns it, or
// nullptr when there is no such post-mortem.
PostMortem* duplicateDocument(AppState& state, const Id& id);

}  // namespace hs::ui
