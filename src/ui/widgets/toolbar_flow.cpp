#include "ui/widgets/toolbar_flow.h"

#include <imgui.h>

namespace hs::ui {

void sameLineIfFits(float nextWidth, float spacing) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = spacing < 0 ? style.ItemSpacing.x : spacing;
  // Right after an item the cursor is at the start of the next line: from there the
  // available width reaches the right edge of the content region.
  const float lineEnd = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  if (ImGui::GetItemRectMax().x + gap + nextWidth <= lineEnd) ImGui::SameLine(0, gap);
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

}  // namespace hs::ui

namespace hs::ui {

TableWidth readableTableWidth(float readableWidth) {
  TableWidth w;
  if (ImGui::GetContentRegionAvail().x >= readableWidth) return w;
  w.extraFlags = ImGuiTableFlags_ScrollX;
  w.innerWidth = readableWidth;
  return w;
}

}  // namespace hs::ui
