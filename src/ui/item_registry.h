// Every widget of the last frame with its label and rectangle, collected through
// Dear ImGui's test-engine hooks. Browser tests find widgets through it.
#pragma once

#include <string>
#include <vector>

struct ImVec2;

namespace hs::ui {

struct RegisteredItem {
  unsigned int id = 0;
  std::string label;  // as the user sees it (the part before "##")
  float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels
};

void enableItemRegistry();
// Call once per frame after ImGui::Render(): the items of that frame become "last".
void finishItemFrame();
const std::vector<RegisteredItem>& lastFrameItems();

// Registers a custom-drawn element (a tree node, a timeline marker) so tests can
// find it like a widget.
void registerCustomItem(const std::string& label, const ImVec2& min, const ImVec2& max);

// JSON array of {id,label,x,y,w,h}, rectangles divided by `scale` (CSS pixels).
std::string lastFrameItemsJson(float scale);

}  // namespace hs::ui
