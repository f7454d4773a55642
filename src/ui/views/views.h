// One function per screen or tab; each draws into the current window region.
#pragma once

#include "ui/app_state.h"

namespace hs::ui {

void drawLibraryView(AppState& state);
void drawDocumentView(AppState& state);
void drawOverviewTab(AppState& state, PostMortem& doc);

}  // namespace hs::ui
