#include "ui/widgets/draft_field.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <unordered_map>

#include "core/analysis/duration_input.h"
#include "core/analysis/number_input.h"
#include "core/analysis/time_input.h"
#include "core/library/text_match.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {
namespace {

struct Draft {
  std::string text;
  std::string error;
  bool editing = false;
};

struct Drafts {
  std::unordered_map<ImGuiID, Draft> byId;
};

}  // namespace

bool draftField(UiState& ui, const char* name, const std::string& shown, const char* hint,
                const std::function<std::string(const std::string&)>& validate,
                std::string& committed, float width) {
  std::string label = std::string("##") + name;
  Draft& draft = ui.shared<Drafts>().byId[ImGui::GetID(label.c_str())];
  if (!draft.editing && draft.error.empty()) draft.text = shown;

  ImGui::BeginGroup();
  ImGui::SetNextItemWidth(width);
  if (!draft.error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, toVec4(colors::kDanger));
  ImGui::InputTextWithHint(label.c_str(), hint ? hint : "", &draft.text);
  if (!draft.error.empty()) ImGui::PopStyleColor();
  nameLastItem(name);
  bool result = false;
  if (ImGui::IsItemActivated()) draft.editing = true;
  if (ImGui::IsItemDeactivated()) {
    draft.editing = false;
    std::string text(trimmed(draft.text));
    const std::string_view shownText = trimmed(shown);
    draft.error = text == shownText ? std::string() : validate(text);
    if (draft.error.empty() && text != shownText) {
      committed = text;
      result = true;
    }
  }
  if (!draft.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
    ImGui::TextWrapped("%s", draft.error.c_str());
    ImGui::PopStyleColor();
    registerCustomItem(draft.error, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  ImGui::EndGroup();
  return result;
}

bool timeField(UiState& ui, const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
               bool dateOnly, bool allowEmpty, float width) {
  std::string shown = value ? (dateOnly ? formatDate(*value) : formatDateTime(*value)) : "";
  const char* hint = dateOnly ? "YYYY-MM-DD" : "YYYY-MM-DD HH:MM (UTC)";
  std::string committed;
  bool changed = draftField(
      ui, name, shown, hint,
      [&](const std::string& text) -> std::string {
        if (text.empty()) return allowEmpty ? "" : "A date is required; nothing changed.";
        return parseTimeInput(text, dateOnly).error;
      },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseTimeInput(committed, dateOnly).value;
  return out != value;
}

bool durationField(UiState& ui, const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
                   const char* hint, float width) {
  std::string shown = value ? formatDuration(*value) : "";
  std::string committed;
  bool changed = draftField(
      ui, name, shown, hint,
      [](const std::string& text) { return readDurationInput(text).error; },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseDurationInput(committed);
  return out != value;
}

bool countField(UiState& ui, const char* name, std::optional<std::int64_t> value,
                std::optional<std::int64_t>& out, float width) {
  std::string shown = value ? std::to_string(*value) : "";
  std::string committed;
  bool changed = draftField(
      ui, name, shown, "not known",
      [](const std::string& text) { return parseCountInput(text).error; },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseCountInput(committed).value;
  return out != value;
}

bool amountField(UiState& ui, const char* name, std::optional<double> value, std::optional<double>& out,
                 float width) {
  std::string shown = value ? formatAmount(*value) : "";
  std::string committed;
  bool changed = draftField(
      ui, name, shown, "not known",
      [](const std::string& text) { return parseAmountInput(text).error; },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseAmountInput(committed).value;
  return out != value;
}

std::string formatAmount(double amount) { return formatAmountInput(amount); }

}  // namespace hs::ui
