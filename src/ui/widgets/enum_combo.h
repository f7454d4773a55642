// Combos over the model's enumerations, showing their human labels.
#pragma once

#include <imgui.h>

#include "core/model/types.h"

namespace hs::ui {

// `id` is an ImGui label ("##status"). Offers every value of E (EnumTraits);
// returns true with the new value.
template <class E>
bool enumCombo(const char* id, E& value) {
  bool changed = false;
  if (ImGui::BeginCombo(id, label(value).data())) {
    for (E v : enumValues<E>()) {
      bool selected = v == value;
      if (ImGui::Selectable(label(v).data(), selected) && !selected) {
        value = v;
        changed = true;
      }
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace hs::ui
