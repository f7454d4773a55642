// A Dear ImGui font loader (1.92 ImFontLoader) that asks the platform for any
// glyph the embedded fonts lack, at the size it is drawn. Merged last into each
// UI font, so Inter keeps every glyph it has.
#pragma once

#include <imgui.h>

namespace hs::ui {

// Adds the system-glyph source to the font added last (MergeMode).
void mergeSystemGlyphs(ImFontAtlas& atlas, bool bold);

}  // namespace hs::ui
