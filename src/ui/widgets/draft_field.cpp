#include "ui/widgets/draft_field.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "core/analysis/duration_input.h"
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

std::unordered_map<ImGuiID, Draft>& drafts() {
  static std::unordered_map<ImGuiID, Draft> all;
  return all;
}

std::string trimmed(const std::string& text) {
  auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  auto end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

std::optional<double> parseAmount(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (c != ',' && c != ' ' && c != '_') digits += c;
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(value) || value < 0)
    return std::nullopt;
  return value;
}

std::optional<std::int64_t> parseCount(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (c != ',' && c != ' ' && c != '_') digits += c;
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  std::int64_t value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool draftField(const char* name, const std::string& shown, const char* hint,
                const std::function<std::string(const std::string&)>& validate,
                std::string& committed, float width) {
  std::string label = std::string("##") + name;
  Draft& draft = drafts()[ImGui::GetID(label.c_str())];
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
    std::string text = trimmed(draft.text);
    draft.error = text == trimmed(shown) ? std::string() : validate(text);
    if (draft.error.empty() && text != trimmed(shown)) {
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

bool timeField(const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
               bool dateOnly, bool allowEmpty, float width) {
  std::string shown = value ? (dateOnly ? formatDate(*value) : formatDateTime(*value)) : "";
  const char* hint = dateOnly ? "YYYY-MM-DD" : "YYYY-MM-DD HH:MM (UTC)";
  auto parse = [dateOnly](const std::string& text) -> std::optional<TimeMs> {
    if (auto t = parseDateTime(text)) return dateOnly ? startOfDayUtc(*t) : *t;
    return parseRfc3339(text);
  };
  std::string committed;
  bool changed = draftField(
      name, shown, hint,
      [&](const std::string& text) -> std::string {
        if (text.empty()) return allowEmpty ? "" : "A date is required; nothing changed.";
        if (parse(text)) return "";
        return dateOnly ? "\"" + text + "\" is not a date: use YYYY-MM-DD. Nothing changed."
                        : "\"" + text + "\" is not a date and time: use YYYY-MM-DD HH:MM (UTC). Nothing changed.";
      },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parse(committed);
  return out != value;
}

bool durationField(const char* name, std::optional<TimeMs> value, std::optional<TimeMs>& out,
                   const char* hint, float width) {
  std::string shown = value ? formatDuration(*value) : "";
  std::string committed;
  bool changed = draftField(
      name, shown, hint,
      [](const std::string& text) -> std::string {
        if (text.empty() || parseDurationInput(text)) return "";
        return "\"" + text + "\" is not a duration: try \"1 h 30 min\", \"90 min\" or \"1:30\". Nothing changed.";
      },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseDurationInput(committed);
  return out != value;
}

bool countField(const char* name, std::optional<std::int64_t> value,
                std::optional<std::int64_t>& out, float width) {
  std::string shown = value ? std::to_string(*value) : "";
  std::string committed;
  bool changed = draftField(
      name, shown, "not known",
      [](const std::string& text) -> std::string {
        if (text.empty() || parseCount(text)) return "";
        return "\"" + text + "\" is not a whole number. Nothing changed.";
      },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseCount(committed);
  return out != value;
}

bool amountField(const char* name, std::optional<double> value, std::optional<double>& out,
                 float width) {
  std::string shown = value ? formatAmount(*value) : "";
  std::string committed;
  bool changed = draftField(
      name, shown, "not known",
      [](const std::string& text) -> std::string {
        if (text.empty() || parseAmount(text)) return "";
        return "\"" + text + "\" is not an amount (e.g. 12500 or 12,500.50). Nothing changed.";
      },
      committed, width);
  if (!changed) return false;
  out = committed.empty() ? std::nullopt : parseAmount(committed);
  return out != value;
}

std::string formatAmount(double amount) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", amount);
  std::string text = buffer;
  if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0) text.resize(text.size() - 3);
  return text;
}

}  // namespace hs::ui
