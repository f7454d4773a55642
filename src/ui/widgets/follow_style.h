// Colours and small drawing helpers shared by the actions hub, dashboard and meeting mode.
#pragma once

#include <imgui.h>

#include "core/model/types.h"
#include "ui/theme.h"

namespace hs::ui::follow {

// Same hues as the document header's severity badge.

inline ImU32 severityColor(Severity s) {
  switch (s) {
    case Severity::Sev1: return colors::kDanger;
    case Severity::Sev2: return colors::kWarning;
    case Severity::Sev3: return colors::kAccent;
    case Severity::Sev4: return colors::kMutedText;
  }
  return colors::kMutedText;
}

inline ImU32 statusColor(ActionStatus s) {
  switch (s) {
    case ActionStatus::NotStarted: return IM_COL32(134, 142, 150, 255);
    case ActionStatus::InProgress: return colors::kAccent;
    case ActionStatus::Done: return colors::kSuccess;
    case ActionStatus::WontDo: return IM_COL32(173, 181, 189, 255);
  }
  return colors::kMutedText;
}

inline ImU32 categoryColor(FactorCategory c) {
  switch (c) {
    case FactorCategory::Technical: return colors::kTechnical;
    case FactorCategory::Process: return colors::kProcess;
    case FactorCategory::Environmental: return colors::kEnvironmental;
  }
  return colors::kAccent;
}

// A coloured dot followed by text, on the current line.
inline void dotLabel(const char* text, ImU32 color) {
  ImVec2 pos = ImGui::GetCursorPos();
  float r = ImGui::GetTextLineHeight() * 0.22f;
  ImGui::SetCursorPos(ImVec2(pos.x + r * 2 + 6 * uiScale(), pos.y));
  ImGui::TextUnformatted(text);
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(min.x - 6 * uiScale() - r, (min.y + max.y) * 0.5f), r, color);
}

}  // namespace hs::ui::follow
