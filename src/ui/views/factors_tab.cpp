#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawFactorsTab(AppState&, PostMortem&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
