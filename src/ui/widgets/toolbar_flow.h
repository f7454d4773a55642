// Narrow windows. Toolbars that wrap: the next item goes on the same line when it fits the
// window's width, else on a new line, so every action stays reachable in a
// narrow window (800 px) instead of being cut off at the right edge.
#pragma once

namespace hs::ui {

// Call between two items instead of ImGui::SameLine(): `nextWidth` is the width
// of the item about to be drawn. `spacing` < 0 uses the style's item spacing.
void sameLineIfFits(float nextWidth, float spacing = -1.0f);

// The width ImGui::Button(label) will take (the text before "##", padding included).
float buttonWidth(const char* label);

}  // namespace hs::ui

namespace hs::ui {

// Tables in a narrow window: the flags and inner width that keep their text
// columns readable. Wider than the window, the table scrolls sideways instead of
// squeezing its stretch columns below `readableWidth`.
struct TableWidth {
  int extraFlags = 0;     // ImGuiTableFlags_ScrollX when the table must scroll
  float innerWidth = 0;   // BeginTable's inner_width
};
TableWidth readableTableWidth(float readableWidth);

}  // namespace hs::ui
