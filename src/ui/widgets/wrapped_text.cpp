#include "ui/widgets/wrapped_text.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/theme.h"
#include "ui/item_registry.h"
#include "ui/widgets/focus.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {
namespace {

struct EditingState {
  ImGuiID id = 0;           // the box being edited, 0 when none
  int openedFrame = 0;
  bool focusPending = false;
  bool caretToEnd = false;  // opened by a click: put the caret after the text, select nothing
  bool wasActive = false;
};

}  // namespace

bool wrappedTextEditor(AppState& state, const char* name, std::string& text, const char* hint,
                       float minLines, bool startEditing) {
  EditingState& editing = state.ui().shared<EditingState>();  // one box is edited at a time
  ImGui::PushID(name);
  const ImGuiID boxId = ImGui::GetID("box");
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float lineHeight = ImGui::GetTextLineHeight();
  bool changed = false;

  if (startEditing) editing = {boxId, ImGui::GetFrameCount(), true, false, false};

  if (editing.id == boxId) {
    int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    float height = std::max(minLines + 1.0f, lines + 1.0f) * lineHeight + style.FramePadding.y * 2;
    changed = ImGui::InputTextMultiline("##edit", &text, ImVec2(width, height));
    nameLastItem(name);
    setLastItemValue(text);
    ImGuiID inputId = ImGui::GetItemID();
    if (editing.focusPending && !ImGui::IsItemActive()) activateInputNextFrame(inputId);
    if (ImGui::IsItemActive()) {
      editing.focusPending = false;
      if (!editing.wasActive && editing.caretToEnd) {
        if (ImGuiInputTextState* input = ImGui::GetInputTextState(inputId)) {
          input->ReloadUserBufAndMoveToEnd();  // caret at the end from the next frame on
        }
      }
      editing.wasActive = true;
    }
    // Left: deactivated, or never activated within a few frames (focus went elsewhere).
    bool left = ImGui::IsItemDeactivated() ||
                (!ImGui::IsItemActive() && ImGui::GetFrameCount() - editing.openedFrame > 10);
    if (left) {
      state.endTypingRun();
      editing = {};
    }
  } else {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float wrapWidth = width - style.FramePadding.x * 2;
    float textHeight = text.empty() ? lineHeight
                                    : ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth).y;
    float height = std::max(textHeight, minLines * lineHeight) + style.FramePadding.y * 2;
    bool clicked = ImGui::InvisibleButton("##read", ImVec2(width, height));
    nameLastItem(name);
    setLastItemRole(ItemRole::TextBox);  // it reads as the field it becomes on a click
    setLastItemValue(text);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 max(pos.x + width, pos.y + height);
    draw->AddRectFilled(pos, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                        style.FrameRounding);
    draw->AddRect(pos, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0,
                  style.FrameBorderSize);
    ImVec2 textPos(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);
    if (text.empty()) {
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos,
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), hint ? hint : "", nullptr, wrapWidth);
    } else {
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos, ImGui::GetColorU32(ImGuiCol_Text),
                    text.c_str(), text.c_str() + text.size(), wrapWidth);
    }
    if (clicked) editing = {boxId, ImGui::GetFrameCount(), true, true, false};
  }
  ImGui::PopID();
  return changed;
}

}  // namespace hs::ui
