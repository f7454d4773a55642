#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawDashboardView(AppState&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
