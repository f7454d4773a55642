// The post-mortem's status workflow Draft → Reviewed → Closed as a row of
// buttons. Closing is refused while actions are open (core/analysis/close_rule.h);
// the refusal names them below the buttons, with a way to the Actions tab.
#pragma once

#include "ui/app_state.h"

namespace hs::ui {

void docStatusControl(AppState& state, const PostMortem& doc);

}  // namespace hs::ui
