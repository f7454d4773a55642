// Gentle inline hints on blame-flavoured phrasing, drawn under a text field: the phrase,
// why it reads as blame, a reframing question and a Dismiss button. Never blocks typing.
#pragma once

#include <string_view>

#include "core/analysis/blameless_hints.h"
#include "ui/app_state.h"

namespace hs::ui {

// Draws the active hints of `text` (those not in the open document's dismissedHints).
// Dismiss adds the hint's key to PostMortem::dismissedHints through an undoable command.
// Each hint registers as "hint: <matched phrase>" and its button as "Dismiss hint: <phrase>".
void drawBlamelessHints(AppState& state, std::string_view text, HintField field = HintField::Text);

}  // namespace hs::ui
