#include "ui/views/merge_view.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>
#include <nlohmann/json.hpp>

#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/theme.h"

namespace hs::ui {
namespace {

std::string quoted(const std::string& text) {
  std::string t = text.size() > 48 ? text.substr(0, 45) + "..." : text;
  return "\"" + t + "\"";
}

std::string fieldLabel(const std::string& field) {
  std::string label = field;
  for (char& c : label)
    if (c == '_') c = ' ';
  return label;
}

// A side's value as a reader sees it: texts without quotes, lists joined, a whole
// element by its text or title.
std::string valueText(const std::optional<std::string>& json) {
  if (!json) return "(deleted)";
  nlohmann::json j = nlohmann::json::parse(*json, nullptr, false);
  if (j.is_discarded()) return *json;
  if (j.is_null()) return "(empty)";
  if (j.is_string()) return j.get<std::string>().empty() ? "(empty)" : j.get<std::string>();
  if (j.is_array()) {
    std::string out;
    for (const auto& x : j) out += (out.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : x.dump());
    return out.empty() ? "(none)" : out;
  }
  if (j.is_object()) {
    for (const char* key : {"text", "title"})
      if (j.contains(key) && j[key].is_string()) return "kept, edited: " + j[key].get<std::string>();
    return "kept, edited";
  }
  return j.dump();
}

// Shows a text and registers it for the browser tests as "merge: <role><text>".
void textItem(const std::string& text, ImU32 color = 0, const char* role = "") {
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(color));
  ImGui::TextWrapped("%s", text.c_str());
  if (color) ImGui::PopStyleColor();
  registerCustomItem("merge: " + std::string(role) + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

bool choiceButton(const char* label, bool selected, float width) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, toVec4(colors::kAccent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toVec4(colors::kAccent));
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(IM_COL32(255, 255, 255, 255)));
  }
  bool clicked = ImGui::Button(label, ImVec2(width, 0));
  if (selected) ImGui::PopStyleColor(3);
  return clicked;
}

void changeList(const MergeSession& s, MergeSide side, const char* heading) {
  std::vector<std::string> lines;
  for (const MergeChange& c : s.result.changes)
    if (c.from == side || c.from == MergeSide::Both)
      // A removed element is found in the copy that still has it.
      lines.push_back(describeChange((side == MergeSide::Theirs) != (c.kind == MergeChangeKind::Removed) ? s.theirs : s.ours, c) +
                      (c.from == MergeSide::Both ? " (both)" : ""));
  pushFont(fonts().bold);
  textItem(std::string(heading) + " (" + std::to_string(lines.size()) + ")");
  ImGui::PopFont();
  if (lines.empty()) ImGui::TextDisabled("No changes.");
  for (const std::string& line : lines) {
    ImGui::Bullet();
    ImGui::SameLine();
    textItem(line);
  }
}

}  // namespace

std::string describeElement(const PostMortem& doc, ConflictElement element, const Id& id) {
  switch (element) {
    case ConflictElement::Document: return "";
    case ConflictElement::Impact: return "impact";
    case ConflictElement::Sections: return "";
    case ConflictElement::Event:
      if (const TimelineEvent* e = doc.findEvent(id)) return "event " + formatTimeOfDay(e->time) + " " + quoted(e->text);
      return "event " + id;
    case ConflictElement::WhyNode:
      return "why " + (doc.findWhyNode(id) ? quoted(doc.findWhyNode(id)->text) : id);
    case ConflictElement::Factor:
      return "factor " + (doc.findFactor(id) ? quoted(doc.findFactor(id)->text) : id);
    case ConflictElement::Action:
      return "action " + (doc.findAction(id) ? quoted(doc.findAction(id)->title) : id);
  }
  return id;
}

std::string describeConflictPlace(const PostMortem& doc, const MergeConflict& c) {
  std::string where = describeElement(doc, c.element, c.id);
  if (c.field.empty()) return where + " (deleted in one copy, edited in the other)";
  return where.empty() ? fieldLabel(c.field) : where + " " + fieldLabel(c.field);
}

std::string describeChange(const PostMortem& doc, const MergeChange& c) {
  std::string where = describeElement(doc, c.element, c.id);
  switch (c.kind) {
    case MergeChangeKind::Added: return "Added " + where;
    case MergeChangeKind::Removed: return "Removed " + where;
    case MergeChangeKind::Edited: break;
  }
  return "Edited " + (where.empty() ? fieldLabel(c.field) : where + " " + fieldLabel(c.field));
}

MergeAction drawMergeView(MergeSession& s) {
  const float scale = uiScale();
  auto& conflicts = s.result.doc.conflicts;
  pushFont(fonts().heading);
  textItem(s.fileName.empty() ? "Resolve the conflicts of \"" + s.ours.title + "\""
                              : "Merge \"" + s.ours.title + "\" with " + s.fileName);
  ImGui::PopFont();
  if (!s.fileName.empty())
    ImGui::TextDisabled("%s", s.threeWay ? "Both copies changed since the last version you shared. "
                                           "Changes of one copy are taken; where both changed the same thing, choose."
                                         : "No common version is known: where the copies differ, choose.");
  ImGui::Spacing();
  const float footer = ImGui::GetFrameHeightWithSpacing() * 2.5f;
  ImGui::BeginChild("##merge-body", ImVec2(0, -footer), ImGuiChildFlags_Borders);
  if (!s.fileName.empty()) {
    changeList(s, MergeSide::Theirs, ("From " + s.fileName).c_str());
    ImGui::Spacing();
    changeList(s, MergeSide::Ours, "Kept from your copy");
    ImGui::Spacing();
  }
  pushFont(fonts().bold);
  textItem("Conflicts (" + std::to_string(conflicts.size()) + ")", conflicts.empty() ? 0 : colors::kDanger);
  ImGui::PopFont();
  if (conflicts.empty()) ImGui::TextDisabled("None: the copies merge cleanly.");
  const float column = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const MergeConflict& c = conflicts[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    pushFont(fonts().bold);
    textItem(describeConflictPlace(s.result.doc, c), 0, "conflict: ");
    ImGui::PopFont();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    ImGui::TextDisabled("Mine");
    textItem(valueText(c.ours), 0, "mine: ");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine(column + ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    ImGui::TextDisabled("Theirs");
    textItem(valueText(c.theirs), 0, "theirs: ");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float w = 120 * scale;
    if (choiceButton("Keep mine", s.choices[i] == ConflictChoice::KeepMine, w)) s.choices[i] = ConflictChoice::KeepMine;
    ImGui::SameLine();
    if (choiceButton("Take theirs", s.choices[i] == ConflictChoice::TakeTheirs, w))
      s.choices[i] = ConflictChoice::TakeTheirs;
    ImGui::SameLine();
    if (choiceButton("Edit", s.choices[i] == ConflictChoice::Edited, w)) {
      s.choices[i] = ConflictChoice::Edited;
      if (s.edits[i].empty()) s.edits[i] = valueText(c.ours);
    }
    if (s.choices[i] == ConflictChoice::Edited) {
      ImGui::InputTextMultiline("##edit", &s.edits[i], ImVec2(-1, ImGui::GetTextLineHeight() * 4));
      registerCustomItem("merge edit", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (!s.error.empty()) textItem(s.error, colors::kDanger);
  MergeAction action = MergeAction::None;
  ImGui::PushStyleColor(ImGuiCol_Button, toVec4(colors::kAccent));
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(IM_COL32(255, 255, 255, 255)));
  if (ImGui::Button(s.fileName.empty() ? "Apply choices" : "Apply merge", ImVec2(160 * scale, 0)))
    action = MergeAction::Apply;
  ImGui::PopStyleColor(2);
  if (!s.fileName.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("Keep both", ImVec2(120 * scale, 0))) action = MergeAction::KeepBoth;
    ImGui::SameLine();
    if (ImGui::Button("Replace", ImVec2(120 * scale, 0))) action = MergeAction::Replace;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Your copy becomes the file's, whole (Ctrl+Z undoes it)");
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    action = MergeAction::Cancel;
  return action;
}

}  // namespace hs::ui
