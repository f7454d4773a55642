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

void drawDocumentView(AppState& state) {
  PostMortem* doc = state.openDocument();
  if (!doc) return;
  if (ImGui::Button("< Library")) {
    state.closeDocument();
    return;
  }
  drawOverviewTab(state, *doc);
}

}  // namespace hs::ui
