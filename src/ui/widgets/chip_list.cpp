#include "ui/widgets/chip_list.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

#include "core/library/text_match.h"
#include "ui/theme.h"
#include "ui/widgets/form.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {
namespace {

// Text typed in each add box (UiState).
struct PendingChips {
  std::unordered_map<ImGuiID, std::string> text;
};

}  // namespace

bool chipListEditor(UiState& ui, const char* addName, std::vector<std::string>& values, const char* hint) {
  auto& pending = ui.shared<PendingChips>().text;
  ImGui::PushID(addName);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  float lastRight = left;
  bool changed = false;
  int removeIndex = -1;

  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toVec4(withAlpha(colors::kDanger, 0.18f)));
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::string label = values[i] + "  \xC3\x97##chip" + std::to_string(i);  // "×"
    float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + style.FramePadding.x * 2;
    if (i > 0 && lastRight + style.ItemSpacing.x + w <= right) ImGui::SameLine();
    if (ImGui::Button(label.c_str())) removeIndex = static_cast<int>(i);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove %s", values[i].c_str());
    lastRight = ImGui::GetItemRectMax().x;
  }
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();

  float inputWidth = 200.0f * uiScale();
  if (!values.empty() && lastRight + style.ItemSpacing.x + inputWidth <= right) ImGui::SameLine();
  std::string& text = pending[ImGui::GetID("add")];
  ImGui::SetNextItemWidth(std::min(inputWidth, right - ImGui::GetCursorScreenPos().x));
  bool entered = ImGui::InputTextWithHint("##add", hint, &text, ImGuiInputTextFlags_EnterReturnsTrue);
  nameLastItem(addName);
  if (entered) {
    std::string value(trimmed(text));
    if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) {
      values.push_back(value);
      changed = true;
    }
    text.clear();
    ImGui::SetKeyboardFocusHere(-1);  // keep typing the next one
  }
  if (removeIndex >= 0) {
    values.erase(values.begin() + removeIndex);
    changed = true;
  }
  ImGui::PopID();
  return changed;
}

}  // namespace hs::ui
