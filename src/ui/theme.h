// Fonts and colours of the app: one coherent light theme, scaled for the screen.
#pragma once

#include <imgui.h>

namespace hs::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
};

// Rebuilds the font atlas and the style for `scale` (device pixels per CSS pixel).
void applyTheme(float scale);
const Fonts& fonts();
// Makes `font` current at the size it was added with (ImGui::PopFont() ends it).
void pushFont(ImFont* font);
float uiScale();

// Palette shared by views and canvases.
namespace colors {
constexpr ImU32 kAccent = IM_COL32(51, 102, 214, 255);
constexpr ImU32 kAccentHovered = IM_COL32(40, 86, 190, 255);
constexpr ImU32 kAccentPressed = IM_COL32(33, 72, 160, 255);
constexpr ImU32 kOnAccent = IM_COL32(255, 255, 255, 255);  // text and marks on the accent
constexpr ImU32 kText = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMutedText = IM_COL32(108, 117, 125, 255);
constexpr ImU32 kCanvasBg = IM_COL32(250, 251, 253, 255);
constexpr ImU32 kGrid = IM_COL32(222, 226, 230, 255);
constexpr ImU32 kDanger = IM_COL32(201, 42, 42, 255);
constexpr ImU32 kWarning = IM_COL32(230, 150, 20, 255);
constexpr ImU32 kSuccess = IM_COL32(47, 158, 68, 255);
constexpr ImU32 kTechnical = IM_COL32(51, 102, 214, 255);
constexpr ImU32 kProcess = IM_COL32(174, 62, 201, 255);
constexpr ImU32 kEnvironmental = IM_COL32(12, 166, 120, 255);
}  // namespace colors

ImVec4 toVec4(ImU32 color);

}  // namespace hs::ui
