#include "ui/widgets/text_hover.h"

#include <imgui.h>

#include <string>

#include "ui/item_registry.h"

namespace hs::ui {

void tooltipIfTruncated(std::string_view text, float shownWidth) {
  if (text.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal | ImGuiHoveredFlags_AllowWhenDisabled))
    return;
  if (ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= shownWidth) return;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  registerCustomItem("tooltip: ", text, min, max);
}

void copyMenuOnRightClick(std::string_view text) {
  // One popup per text (plain text items have no id of their own).
  ImGui::PushID(text.data(), text.data() + text.size());
  if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) ImGui::OpenPopup("##copy-menu");
  if (ImGui::BeginPopup("##copy-menu")) {
    if (ImGui::MenuItem("Copy")) ImGui::SetClipboardText(std::string(text).c_str());
    registerCustomItem("Copy", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::EndPopup();
  }
  ImGui::PopID();
}

}  // namespace hs::ui
