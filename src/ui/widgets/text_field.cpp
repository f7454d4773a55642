#include "ui/widgets/text_field.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/edit/commands.h"
#include "ui/item_registry.h"
#include "ui/widgets/blameless_hints_ui.h"

namespace hs::ui {
namespace {

bool commitIfChanged(AppState& state, const char* name, const char* mergeKey,
                     const StringField& field, const std::string& edited, bool changed) {
  PostMortem* doc = state.openDocument();
  if (!changed || !doc) return false;
  state.apply(setDocValue<std::string>(std::string("Edit ") + name, mergeKey, field, edited, *doc));
  return true;
}

std::string hiddenLabel(const char* name) { return std::string("##") + name; }

}  // namespace

void nameLastItem(const char* name) {
  registerCustomItem(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void nameLastItem(std::string_view prefix, std::string_view text) {
  registerCustomItem(prefix, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

bool docTextField(AppState& state, const char* name, const char* mergeKey, StringField field,
                  const char* hint, float width) {
  PostMortem* doc = state.openDocument();
  if (!doc) return false;
  std::string value = field(*doc);
  ImGui::SetNextItemWidth(width);
  std::string label = hiddenLabel(name);
  bool changed = hint ? ImGui::InputTextWithHint(label.c_str(), hint, &value)
                      : ImGui::InputText(label.c_str(), &value);
  nameLastItem(name);
  setLastItemValue(value);
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  return commitIfChanged(state, name, mergeKey, field, value, changed);
}

bool docTextArea(AppState& state, const char* name, const char* mergeKey, StringField field,
                 float lines, HintField hints) {
  PostMortem* doc = state.openDocument();
  if (!doc) return false;
  std::string value = field(*doc);
  ImVec2 size(-1.0f, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
  std::string label = hiddenLabel(name);
  bool changed = ImGui::InputTextMultiline(label.c_str(), &value, size);
  nameLastItem(name);
  setLastItemValue(value);
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  bool committed = commitIfChanged(state, name, mergeKey, field, value, changed);
  drawBlamelessHints(state, value, hints);
  return committed;
}

}  // namespace hs::ui
