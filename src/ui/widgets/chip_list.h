// A list of short strings (authors, tags, services) shown as removable chips,
// followed by an input that adds one on Enter.
#pragma once

#include <string>
#include <vector>

#include "ui/ui_state.h"

namespace hs::ui {

// `addName` names the input for users and tests ("Add author"). Returns true
// with the new list in `values` when a value was added or removed. Blank and
// duplicate entries are ignored.
bool chipListEditor(UiState& ui, const char* addName, std::vector<std::string>& values, const char* hint);

}  // namespace hs::ui
