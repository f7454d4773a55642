#include <imgui.h>

#include "ui/views/views.h"

namespace hs::ui {

void drawMeetingView(AppState&) { ImGui::TextDisabled("Coming in this release."); }

}  // namespace hs::ui
