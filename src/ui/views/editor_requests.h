// Small cross-tab requests of the document editor (e.g. the Factors tab's
// "New action" asks the Actions tab to focus the new row's title).
#pragma once

#include "core/model/types.h"

namespace hs::ui {
class AppState;
}

namespace hs::ui {

// The Actions tab scrolls to this action and puts the caret in its title (once).
void requestActionFocus(AppState& state, const Id& actionId);
// The Actions tab highlights this action's row and scrolls to it (a find match).
void requestActionReveal(AppState& state, const Id& actionId);

}  // namespace hs::ui
