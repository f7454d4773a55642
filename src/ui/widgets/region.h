// Where the current content region ends, in window coordinates (what
// ImGui::GetContentRegionMax().x gave before Dear ImGui 1.92 removed it).
#pragma once

#include <imgui.h>

namespace hs::ui {

inline float contentRegionMaxX() { return ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x; }

}  // namespace hs::ui
