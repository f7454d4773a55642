// Combos over the model's enumerations, showing their human labels.
#pragma once

#include <imgui.h>

#include "core/model/types.h"

namespace hs::ui {

constexpr ActionStatus kActionStatuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress,
                                            ActionStatus::Done, ActionStatus::WontDo};
constexpr ActionKind kActionKinds[] = {ActionKind::PreventRecurrence, ActionKind::ImproveDetection,
                                       ActionKind::SpeedUpRecovery, ActionKind::Other};
constexpr FactorCategory kFactorCategories[] = {FactorCategory::Technical, FactorCategory::Process,
                                                FactorCategory::Environmental};
constexpr Trigger kTriggers[] = {Trigger::ProductionOutage, Trigger::DataLossOrBreach,
                                 Trigger::SignificantUserImpact, Trigger::MissedSla,
                                 Trigger::SecurityIncident, Trigger::NearMiss,
                                 Trigger::ProcessFailure, Trigger::MissedDeadline,
                                 Trigger::BugInProduction};

// `id` is an ImGui label ("##status"). Returns true with the new value.
template <class E, std::size_t N>
bool enumCombo(const char* id, E& value, const E (&values)[N]) {
  bool changed = false;
  if (ImGui::BeginCombo(id, label(value).data())) {
    for (E v : values) {
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
