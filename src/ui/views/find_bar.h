// Ctrl+F in a post-mortem: a bar above the tabs that finds text anywhere in the
// open post-mortem (core/library/document_find.h) and goes to each match in turn:
// its tab, with the event, why or action selected and scrolled into view.
#pragma once

#include "core/model/postmortem.h"

namespace hs::ui {
class AppState;

// Opens the bar on Ctrl+F and draws it while open; call above the tab bar.
void drawFindBar(AppState& state, const PostMortem& doc);

}  // namespace hs::ui
