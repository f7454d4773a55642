#include "ui/widgets/blameless_hints_ui.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/edit/commands.h"
#include "ui/item_registry.h"
#include "ui/theme.h"

namespace hs::ui {
namespace {

constexpr ImU32 kHintBg = IM_COL32(255, 246, 224, 255);
constexpr ImU32 kHintBar = IM_COL32(230, 150, 20, 255);
constexpr ImU32 kHintText = IM_COL32(110, 72, 6, 255);

void dismiss(AppState& state, const std::string& key) {
  PostMortem* doc = state.openDocument();
  if (!doc) return;
  std::vector<std::string> keys = doc->dismissedHints;
  auto at = std::lower_bound(keys.begin(), keys.end(), key);
  if (at != keys.end() && *at == key) return;
  keys.insert(at, key);
  state.apply(setDocValue<std::vector<std::string>>(
      "Dismiss hint", "", [](PostMortem& d) -> std::vector<std::string>& { return d.dismissedHints; },
      std::move(keys), *doc));
}

// One hint: tinted box with an amber bar, wrapped text, Dismiss at the right of the first line.
// Returns true when dismissed.
bool drawHint(const BlamelessHint& hint, std::string_view text) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float scale = uiScale();
  const float pad = 6.0f * scale;
  const float bar = 3.0f * scale;
  const char* kDismiss = "Dismiss";
  const float buttonW = ImGui::CalcTextSize(kDismiss).x + style.FramePadding.x * 2;
  const float width = ImGui::GetContentRegionAvail().x;
  const float textX = bar + pad * 2;
  const float wrap = std::max(80.0f * scale, width - textX - buttonW - pad * 2);

  std::string phrase(text.substr(hint.offset, hint.length));
  std::string line = "\"" + phrase + "\" " + hint.message + " " + hint.suggestion;
  ImVec2 textSize = ImGui::CalcTextSize(line.c_str(), nullptr, false, wrap);
  float height = std::max(textSize.y, ImGui::GetFrameHeight() - style.FramePadding.y) + pad * 2;

  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 max(origin.x + width, origin.y + height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, max, kHintBg, 4.0f * scale);
  dl->AddRectFilled(origin, ImVec2(origin.x + bar, max.y), kHintBar, 4.0f * scale,
                    ImDrawFlags_RoundCornersLeft);

  ImGui::SetCursorScreenPos(ImVec2(origin.x + textX, origin.y + pad));
  ImGui::PushTextWrapPos(origin.x + textX + wrap - ImGui::GetWindowPos().x + ImGui::GetScrollX());
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(kHintText));
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  registerCustomItem("hint: ", phrase, origin, max);

  ImGui::SetCursorScreenPos(ImVec2(max.x - buttonW - pad, origin.y + (pad - style.FramePadding.y * 0.5f)));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, style.FramePadding.y * 0.5f));
  bool dismissed = ImGui::Button(kDismiss);
  ImGui::PopStyleVar();
  registerCustomItem("Dismiss hint: ", phrase, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide this hint for this phrase in this post-mortem");

  ImGui::SetCursorScreenPos(ImVec2(origin.x, max.y));
  ImGui::Dummy(ImVec2(width, 0.0f));
  return dismissed;
}

}  // namespace

void drawBlamelessHints(AppState& state, std::string_view text, HintField field) {
  const PostMortem* doc = state.openDocument();
  if (!doc || text.empty()) return;
  std::vector<BlamelessHint> hints = activeBlamelessHints(text, field, doc->dismissedHints);
  if (hints.empty()) return;
  ImGui::PushID("blameless-hints");
  std::string dismissKey;
  for (const BlamelessHint& hint : hints) {
    ImGui::PushID(hint.key.c_str());
    if (drawHint(hint, text)) dismissKey = hint.key;
    ImGui::PopID();
  }
  ImGui::PopID();
  if (!dismissKey.empty()) dismiss(state, dismissKey);
}

}  // namespace hs::ui
