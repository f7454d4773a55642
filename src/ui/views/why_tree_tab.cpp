#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawWhyTreeTab(AppState&, PostMortem&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
