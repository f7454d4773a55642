#pragma once

#include "ui/app_state.h"

namespace hs::ui {

// A blank post-mortem (Draft, SEV-3, dated now) added to the library and opened.
PostMortem& createAndOpenNewDocument(AppState& state);

}  // namespace hs::ui
