#include <imgui.h>

#include "core/model/ids.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/new_document.h"

namespace hs::ui {

void drawLibraryView(AppState& state) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted("Post-mortems");
  ImGui::PopFont();
  ImGui::Spacing();
  if (ImGui::Button("New post-mortem")) createAndOpenNewDocument(state);
  ImGui::Spacing();
  for (const auto& doc : state.library()) {
    ImGui::PushID(doc.id.c_str());
    std::string label = doc.title.empty() ? std::string("(untitled)") : doc.title;
    if (ImGui::Selectable(label.c_str())) state.open(doc.id);
    ImGui::PopID();
  }
}

}  // namespace hs::ui
