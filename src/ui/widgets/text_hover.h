// What text on screen offers under the mouse: the whole text in a tooltip when
// the item shows only part of it (a narrow column), and Copy on right-click for
// text that cannot be selected (titles in lists, labels).
#pragma once

#include <string_view>

namespace hs::ui {

// After an item showing `text` in `shownWidth` pixels: a tooltip with the whole
// text when it is wider than that and the item is hovered.
void tooltipIfTruncated(std::string_view text, float shownWidth);

// After an item showing read-only `text`: right-click opens a menu with Copy.
void copyMenuOnRightClick(std::string_view text);

}  // namespace hs::ui
