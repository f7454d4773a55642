// Every widget of the last frame with its label and rectangle, collected through
// Dear ImGui's test-engine hooks. Browser tests find widgets through it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct ImVec2;

namespace hs::ui {

struct RegisteredItem {
  unsigned int id = 0;
  std::string label;  // as the user sees it (the part before "##")
  float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels
};

// Off unless a test asks (the browser bridge, the native test hooks): then every
// frame collects its widgets, which allocates. Users' frames never do.
void enableItemRegistry();
bool itemRegistryActive();
// Call once per frame after ImGui::Render(): the items of that frame become "last".
void finishItemFrame();
const std::vector<RegisteredItem>& lastFrameItems();

// Registers a custom-drawn element (a tree node, a timeline marker) so tests can
// find it like a widget. With the registry off this does nothing and allocates nothing;
// the two-part form joins `prefix` and `text` only when the registry is on.
void registerCustomItem(std::string_view label, const ImVec2& min, const ImVec2& max);
void registerCustomItem(std::string_view prefix, std::string_view text, const ImVec2& min, const ImVec2& max);

// JSON array of {id,label,x,y,w,h}, rectangles divided by `scale` (CSS pixels).
std::string lastFrameItemsJson(float scale);

}  // namespace hs::ui
