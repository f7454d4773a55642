// Shows one find hit: its tab, and the element it is in selected and revealed.
#pragma once

#include "core/library/document_find.h"

namespace hs::ui {
class AppState;

void showFindHit(AppState& state, const PostMortem& doc, const FindHit& hit);

}  // namespace hs::ui
