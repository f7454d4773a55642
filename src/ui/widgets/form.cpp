#include "ui/widgets/form.h"

#include "ui/theme.h"
#include "ui/widgets/style_scope.h"

namespace hs::ui {

bool beginForm(const char* id, float labelWidth) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_None)) return false;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, labelWidth * uiScale());
  ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

void endForm() { ImGui::EndTable(); }

void formRow(const char* label) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::TableSetColumnIndex(1);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

void sectionHeading(const char* text) {
  ImGui::Dummy(ImVec2(0, 6.0f * uiScale()));
  pushFont(fonts().heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  float right = min.x + ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y + 3 * uiScale()),
                                      ImVec2(right, max.y + 3 * uiScale()), colors::kGrid,
                                      1.0f * uiScale());
  ImGui::Dummy(ImVec2(0, 4.0f * uiScale()));
}

void helpText(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void badge(const char* text, ImU32 color) {
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImVec2 textSize = ImGui::CalcTextSize(text);
  ImVec2 size(textSize.x + pad.x * 2, ImGui::GetFrameHeight());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), withAlpha(color, 0.14f),
                      size.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + (size.y - textSize.y) * 0.5f), color, text);
  ImGui::Dummy(size);
}

ImU32 severityColor(Severity severity) {
  switch (severity) {
    case Severity::Sev1: return colors::kDanger;
    case Severity::Sev2: return colors::kWarning;
    case Severity::Sev3: return colors::kAccent;
    case Severity::Sev4: return colors::kMutedText;
  }
  return colors::kMutedText;
}

ImU32 docStatusColor(DocStatus status) {
  switch (status) {
    case DocStatus::Draft: return colors::kMutedText;
    case DocStatus::Reviewed: return colors::kAccent;
    case DocStatus::Closed: return colors::kSuccess;
  }
  return colors::kMutedText;
}

ImU32 factorColor(FactorCategory category) {
  switch (category) {
    case FactorCategory::Technical: return colors::kTechnical;
    case FactorCategory::Process: return colors::kProcess;
    case FactorCategory::Environmental: return colors::kEnvironmental;
  }
  return colors::kAccent;
}

bool primaryButton(const char* label) {
  StyleScope style;
  style.color(ImGuiCol_Button, colors::kAccent)
      .color(ImGuiCol_ButtonHovered, colors::kAccentHovered)
      .color(ImGuiCol_ButtonActive, colors::kAccentPressed)
      .color(ImGuiCol_Text, colors::kOnAccent);
  return ImGui::Button(label);
}

ImU32 withAlpha(ImU32 color, float alpha) {
  auto a = static_cast<ImU32>(alpha * 255.0f + 0.5f);
  return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

}  // namespace hs::ui
