#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawTimelineTab(AppState&, PostMortem&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
