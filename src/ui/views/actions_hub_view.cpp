#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawActionsHubView(AppState&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
