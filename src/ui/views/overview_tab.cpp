#include <imgui.h>

#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {

void drawOverviewTab(AppState& state, PostMortem&) {
  ImGui::PushFont(fonts().heading);
  docTextField(state, "Title", "title", [](PostMortem& d) -> std::string& { return d.title; },
               "Title of the incident");
  ImGui::PopFont();
}

}  // namespace hs::ui
