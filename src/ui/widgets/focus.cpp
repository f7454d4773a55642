#include "ui/widgets/focus.h"

#include <imgui_internal.h>

namespace hs::ui {

void activateInputNextFrame(ImGuiID inputId) {
  ImGuiContext& g = *GImGui;
  g.NavNextActivateId = inputId;
  g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
}

}  // namespace hs::ui
