#pragma once

#include "core/edit/document_copy.h"
#include "ui/app_state.h"

namespace hs::ui {

// A blank post-mortem (Draft, SEV-3, dated now) added to the library and opened.
PostMortem& createAndOpenNewDocument(AppState& state);

// Adds a copy of `id` with new ids and " (copy)" after the title; returns it, or
// nullptr when there is no such post-mortem.
PostMortem* duplicateDocument(AppState& state, const Id& id);

}  // namespace hs::ui
