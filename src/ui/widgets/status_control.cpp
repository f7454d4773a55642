#include "ui/widgets/status_control.h"

#include <imgui.h>

#include <string>

#include "core/analysis/close_rule.h"
#include "core/edit/commands.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/widgets/form.h"

namespace hs::ui {
namespace {

// Per post-mortem, in UiState.
struct CloseAttempt {
  bool refused = false;  // the last attempt to close was refused: say why
};

void setStatus(AppState& state, const PostMortem& doc, DocStatus status) {
  state.apply(setDocValue<DocStatus>(std::string("Mark ") + std::string(label(status)), "",
                                     [](PostMortem& d) -> DocStatus& { return d.status; }, status,
                                     doc));
}

}  // namespace

void docStatusControl(AppState& state, const PostMortem& doc) {
  bool& refused = state.ui().of<CloseAttempt>(doc.id).refused;
  constexpr DocStatus kSteps[] = {DocStatus::Draft, DocStatus::Reviewed, DocStatus::Closed};
  ImGui::BeginGroup();
  for (DocStatus step : kSteps) {
    if (step != DocStatus::Draft) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("\xE2\x86\x92");  // →
      ImGui::SameLine();
    }
    bool current = doc.status == step;
    if (current) {
      ImU32 color = docStatusColor(step);
      ImGui::PushStyleColor(ImGuiCol_Button, toVec4(color));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toVec4(color));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, toVec4(color));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    bool clicked = ImGui::Button(label(step).data());
    if (current) ImGui::PopStyleColor(4);
    if (!clicked || current) continue;
    if (step == DocStatus::Closed) {
      CloseCheck check = canClose(doc);
      if (!check.allowed) {
        refused = true;
        continue;
      }
    }
    refused = false;
    setStatus(state, doc, step);
  }

  if (refused && doc.status != DocStatus::Closed) {
    CloseCheck check = canClose(doc);
    if (check.allowed) {
      refused = false;
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
      std::string message = "Can't close yet. " + check.reason + " Mark them Done or Won't do first.";
      ImGui::TextWrapped("%s", message.c_str());
      ImGui::PopStyleColor();
      registerCustomItem(message, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
      if (ImGui::SmallButton("Show actions")) state.showTab(DocTab::Actions);
      ImGui::SameLine();
      if (ImGui::SmallButton("Dismiss")) refused = false;
    }
  }
  ImGui::EndGroup();
}

}  // namespace hs::ui
