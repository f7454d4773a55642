// Long text (a summary, a factor) shown wrapped in a framed box; a click, or
// Enter when it has keyboard focus, turns it into a multi-line input sized to
// its content, and leaving the input shows the wrapped text again. (Dear ImGui
// 1.90's multi-line input does not wrap, so reading happens in the box.)
#pragma once

#include <string>

#include "ui/app_state.h"

namespace hs::ui {

// Edits `text` in place; returns true when it changed this frame. `name` is the
// label tests and users know the field by; `startEditing` opens it for typing
// at once (e.g. a factor just added). Ends the typing run when left.
bool wrappedTextEditor(AppState& state, const char* name, std::string& text, const char* hint,
                       float minLines = 2.0f, bool startEditing = false);

}  // namespace hs::ui
