// Colours and small drawing helpers shared by the actions hub, dashboard and meeting mode.
#pragma once

#include <imgui.h>

#include "core/model/types.h"
#include "ui/theme.h"

namespace hs::ui {

inline ImU32 severityColor(Severity s) {
  switch (s) {
    case Severity::Sev1: return IM_COL32(201, 42, 42, 255);
    case Severity::Sev2: return IM_COL32(232, 89, 12, 255);
    case Severity::Sev3: return IM_COL32(240, 160, 0, 255);
    case Severity::Sev4: return IM_COL32(92, 124, 250, 255);
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
inline void pill(const char* text, ImU32 color) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  float r = h * 0.22f;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + r + 1, pos.y + h * 0.5f), r, color);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + r * 2 + 6 * uiScale(), pos.y));
  ImGui::TextUnformatted(text);
}

}  // namespace hs::ui
