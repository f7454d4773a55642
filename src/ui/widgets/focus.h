// Puts the caret in a text input from code (a row just added, a box just
// clicked). SetKeyboardFocusHere is unreliable inside tables and the frame after
// a click, so this queues a direct activation of the item for the next frame.
#pragma once

#include <imgui.h>

namespace hs::ui {

void activateInputNextFrame(ImGuiID inputId);

}  // namespace hs::ui
