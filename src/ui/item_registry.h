// Every widget of the last frame with its label and rectangle, collected through
// Dear ImGui's test-engine hooks. Browser tests find widgets through it, and the
// web build mirrors it into DOM elements for screen readers (platform/web/a11y_mirror).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct ImVec2;

namespace hs::ui {

// What a screen reader should call the item (an ARIA role). The hooks tell most
// of them apart by ImGui's status flags; a view marks what they cannot see.
enum class ItemRole : std::uint8_t {
  Generic,   // an ImGui item the hooks know nothing about (a child window, a combo until named)
  Button,
  TextBox,
  CheckBox,
  ComboBox,
  Tab,
  MenuItem,
  Text,      // a custom-drawn element or a message: read, not operated
  Heading,
  Window,    // a window's own entry: not a widget
};

enum ItemState : std::uint8_t {
  kItemChecked = 1 << 0,
  kItemExpanded = 1 << 1,   // a menu, tree node or combo that is open
  kItemExpandable = 1 << 2,
  kItemSelected = 1 << 3,   // the tab shown
  kItemDisabled = 1 << 4,
};

struct RegisteredItem {
  unsigned int id = 0;
  std::string label;  // as the user sees it (the part before "##")
  float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels
  ItemRole role = ItemRole::Generic;
  std::uint8_t state = 0;  // ItemState bits
  bool custom = false;     // registered by registerCustomItem, not by ImGui
  // A custom item naming the ImGui item just before it (nameLastItem): the same
  // widget, so the mirror shows it once, under this name.
  bool namesItem = false;
  int nameIndex = -1;      // for an ImGui item: the custom item that names it
  std::string value;       // a text field's text (setLastItemValue)
};

// Off unless asked: a test (the browser bridge, the native test hooks) or, in the
// browser, the accessibility mirror. Steady frames reuse the registry's slots.
void enableItemRegistry();
bool itemRegistryActive();
// Call once per frame after ImGui::Render(): the items of that frame become "last".
void finishItemFrame();
const std::vector<RegisteredItem>& lastFrameItems();

// Registers a custom-drawn element (a tree node, a timeline marker) so tests can
// find it like a widget. Drawn over exactly the last ImGui item, it names that item.
// With the registry off this does nothing and allocates nothing; the two-part form
// joins `prefix` and `text` only when the registry is on.
void registerCustomItem(std::string_view label, const ImVec2& min, const ImVec2& max,
                        ItemRole role = ItemRole::Text);
void registerCustomItem(std::string_view prefix, std::string_view text, const ImVec2& min,
                        const ImVec2& max, ItemRole role = ItemRole::Text);

// Tell the registry what the item just drawn is, where the hooks cannot know:
// its role (a combo, a box that edits on click) and a text field's text.
void setLastItemRole(ItemRole role);
void setLastItemValue(std::string_view value);

// The accessible name of an item of the last frame: its naming item's label, or its own.
const std::string& accessibleName(const RegisteredItem& item);

// JSON array of {id,label,x,y,w,h}, rectangles divided by `scale` (CSS pixels).
std::string lastFrameItemsJson(float scale);

}  // namespace hs::ui
