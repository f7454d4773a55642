// Scoped Dear ImGui style changes: whatever a scope pushes is popped when it ends,
// on every path out of it (an early return included), so pushes and pops cannot drift.
//   StyleScope style;
//   style.color(ImGuiCol_Button, colors::kAccent).var(ImGuiStyleVar_FrameRounding, 4.0f);
#pragma once

#include <imgui.h>

namespace hs::ui {

class StyleScope {
 public:
  StyleScope() = default;
  StyleScope(const StyleScope&) = delete;
  StyleScope& operator=(const StyleScope&) = delete;
  ~StyleScope() {
    if (colors_) ImGui::PopStyleColor(colors_);
    if (vars_) ImGui::PopStyleVar(vars_);
  }

  StyleScope& color(ImGuiCol which, ImU32 value) {
    ImGui::PushStyleColor(which, value);
    ++colors_;
    return *this;
  }
  StyleScope& color(ImGuiCol which, const ImVec4& value) {
    ImGui::PushStyleColor(which, value);
    ++colors_;
    return *this;
  }
  StyleScope& var(ImGuiStyleVar which, float value) {
    ImGui::PushStyleVar(which, value);
    ++vars_;
    return *this;
  }
  StyleScope& var(ImGuiStyleVar which, const ImVec2& value) {
    ImGui::PushStyleVar(which, value);
    ++vars_;
    return *this;
  }

 private:
  int colors_ = 0;
  int vars_ = 0;
};

}  // namespace hs::ui
