#include "ui/widgets/severity_picker.h"

#include <imgui.h>

#include <string>

#include "ui/theme.h"
#include "ui/widgets/form.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {

bool severityPicker(const char* name, Severity& value, float width) {
  constexpr Severity kLevels[] = {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
  const float scale = uiScale();
  const ImGuiStyle& style = ImGui::GetStyle();
  bool changed = false;
  std::string id = std::string("##") + name;
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(severityColor(value)));
  ImGui::SetNextWindowSizeConstraints(ImVec2(460 * scale, 0), ImVec2(FLT_MAX, FLT_MAX));
  bool open = ImGui::BeginCombo(id.c_str(), label(value).data());
  ImGui::PopStyleColor();
  nameLastItem(name);
  if (!open) return false;
  const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
  for (Severity level : kLevels) {
    ImGui::PushID(static_cast<int>(level));
    bool selected = level == value;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(severityColor(level)));
    pushFont(fonts().bold);
    if (ImGui::Selectable(label(level).data(), selected, 0, ImVec2(0, lineHeight * 3))) {
      value = level;
      changed = !selected;
    }
    ImGui::PopFont();
    ImGui::PopStyleColor();
    if (selected) ImGui::SetItemDefaultFocus();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ImVec2(pos.x, pos.y + lineHeight), ImGui::GetColorU32(ImGuiCol_Text),
                  definition(level).data());
    draw->AddText(ImVec2(pos.x, pos.y + lineHeight * 2), colors::kMutedText,
                  reviewRequirement(level).data());
    (void)style;
    ImGui::PopID();
  }
  ImGui::EndCombo();
  return changed;
}

}  // namespace hs::ui
