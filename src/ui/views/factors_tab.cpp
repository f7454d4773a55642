// Contributing factors in three columns (Technical, Process, Environmental),
// links to why-nodes, "New action" from a factor, and a swiss-cheese picture.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/edit/commands.h"
#include "core/edit/why_commands.h"
#include "core/model/ids.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/editor_requests.h"
#include "ui/views/views.h"
#include "ui/widgets/enum_combo.h"
#include "ui/widgets/form.h"
#include "ui/widgets/wrapped_text.h"

namespace hs::ui {
namespace {

// Per post-mortem, in UiState.
struct FactorsView {
  Id focusFactor;  // a factor just added: open its text for typing
};

// "technical": the wire names are the lower-case words.
const char* lowerName(FactorCategory category) { return wireName(category).data(); }

int countIn(const PostMortem& doc, FactorCategory category) {
  return static_cast<int>(std::count_if(doc.factors.begin(), doc.factors.end(),
                                        [&](const Factor& f) { return f.category == category; }));
}

std::string shortText(const std::string& text, std::size_t max = 40) {
  if (text.empty()) return "(no text yet)";
  if (text.size() <= max) return text;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

// Why-nodes in tree order (depth-first by `order`) with their depth.
std::vector<std::pair<const WhyNode*, int>> whyNodesInTreeOrder(const PostMortem& doc) {
  std::unordered_map<Id, std::vector<const WhyNode*>> children;
  for (const auto& n : doc.whyNodes) children[n.parentId].push_back(&n);
  for (auto& [parent, list] : children)
    std::stable_sort(list.begin(), list.end(),
                     [](const WhyNode* a, const WhyNode* b) { return a->order < b->order; });
  std::vector<std::pair<const WhyNode*, int>> out;
  std::vector<std::pair<const WhyNode*, int>> stack;
  auto pushChildren = [&](const Id& parent, int depth) {
    auto it = children.find(parent);
    if (it == children.end()) return;
    for (auto c = it->second.rbegin(); c != it->second.rend(); ++c) stack.push_back({*c, depth});
  };
  pushChildren("", 0);
  while (!stack.empty() && out.size() <= doc.whyNodes.size()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    out.push_back({node, depth});
    pushChildren(node->id, depth + 1);
  }
  return out;
}

void drawArrow(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 color, float thickness, float head) {
  draw->AddLine(from, ImVec2(to.x - head, to.y), color, thickness);
  draw->AddTriangleFilled(ImVec2(to.x, to.y), ImVec2(to.x - head, to.y - head * 0.6f),
                          ImVec2(to.x - head, to.y + head * 0.6f), color);
}

// One slice per category, one hole per factor; the holes sit on one line so an
// arrow from the hazard passes through every layer that has a gap.
void drawSwissCheese(const PostMortem& doc) {
  const float s = uiScale();
  const float height = 168.0f * s;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##swiss-cheese", ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colors::kCanvasBg, 6 * s);
  draw->AddRect(origin, ImVec2(origin.x + width, origin.y + height), colors::kGrid, 6 * s);

  const float top = origin.y + 16 * s;
  const float bottom = origin.y + height - 34 * s;
  const float midY = (top + bottom) * 0.5f;
  const float sliceW = 40 * s;
  const float skew = 14 * s;
  const float left = origin.x + width * 0.2f;
  const float right = origin.x + width * 0.8f;
  const float holeR = 9 * s;
  const float holeStep = holeR * 2.4f;

  float blockedAt = -1;  // x where the arrow stops (first slice without a hole)
  for (int c = 0; c < enumCount<FactorCategory>(); ++c) {
    FactorCategory category = enumAt<FactorCategory>(static_cast<std::size_t>(c));
    ImU32 color = factorColor(category);
    float x = left + (right - left) * (c / 2.0f) - sliceW * 0.5f;
    ImVec2 p1(x, top + skew), p2(x + sliceW, top), p3(x + sliceW, bottom - skew), p4(x, bottom);
    draw->AddQuadFilled(p1, p2, p3, p4, withAlpha(color, 0.28f));
    draw->AddQuad(p1, p2, p3, p4, color, 1.5f * s);

    int holes = 0;
    int maxHoles = std::max(1, static_cast<int>((bottom - top - 2 * skew) / holeStep));
    for (const Factor& f : doc.factors) {
      if (f.category != category) continue;
      if (holes < maxHoles) {
        int k = holes;
        float offset = (k == 0) ? 0.0f : ((k + 1) / 2) * holeStep * ((k % 2) ? -1.0f : 1.0f);
        ImVec2 center(x + sliceW * 0.5f, midY + offset);
        draw->AddCircleFilled(center, holeR, colors::kCanvasBg, 20);
        draw->AddCircle(center, holeR, color, 20, 1.5f * s);
        registerCustomItem("hole: ", shortText(f.text),
                           ImVec2(center.x - holeR, center.y - holeR),
                           ImVec2(center.x + holeR, center.y + holeR));
      }
      ++holes;
    }
    if (holes > maxHoles) {
      std::string more = "+" + std::to_string(holes - maxHoles);
      draw->AddText(ImVec2(x + sliceW + 4 * s, top), color, more.c_str());
    }
    if (holes == 0 && blockedAt < 0) blockedAt = x + sliceW * 0.5f - 2 * s;

    std::string caption = std::string(label(category)) + " \xC2\xB7 " + std::to_string(holes);
    ImVec2 size = ImGui::CalcTextSize(caption.c_str());
    draw->AddText(ImVec2(x + sliceW * 0.5f - size.x * 0.5f, bottom + 8 * s), color, caption.c_str());
  }

  const bool lined = blockedAt < 0;
  const ImVec2 hazardPos(origin.x + 16 * s, midY - ImGui::GetTextLineHeight() * 0.5f);
  draw->AddText(hazardPos, colors::kMutedText, "Hazard");
  float arrowStart = hazardPos.x + ImGui::CalcTextSize("Hazard").x + 10 * s;
  const char* incident = "Incident";
  ImVec2 incidentSize = ImGui::CalcTextSize(incident);
  float incidentX = origin.x + width - 16 * s - incidentSize.x;
  ImU32 arrowColor = lined ? colors::kDanger : colors::kMutedText;
  float arrowEnd = lined ? incidentX - 10 * s : blockedAt;
  drawArrow(draw, ImVec2(arrowStart, midY), ImVec2(arrowEnd, midY), arrowColor, 2.5f * s, 10 * s);
  pushFont(fonts().bold);
  draw->AddText(ImVec2(incidentX, midY - incidentSize.y * 0.5f),
                lined ? colors::kDanger : colors::kMutedText, incident);
  ImGui::PopFont();
}

void drawLinksPopup(AppState& state, const PostMortem& doc, const Factor& factor,
                    std::vector<Command>& deferred) {
  if (!ImGui::BeginPopup("why-links")) return;
  pushFont(fonts().bold);
  ImGui::TextUnformatted("Link to 5-whys nodes");
  ImGui::PopFont();
  if (doc.whyNodes.empty()) ImGui::TextDisabled("No why-nodes yet: add them in the 5 Whys tab.");
  for (auto [node, depth] : whyNodesInTreeOrder(doc)) {
    bool linked = std::find(factor.whyNodeIds.begin(), factor.whyNodeIds.end(), node->id) !=
                  factor.whyNodeIds.end();
    ImGui::Indent(depth * 14.0f * uiScale() + 1.0f);
    std::string text = (node->text.empty() ? std::string("(empty)") : node->text) + "##" + node->id;
    if (ImGui::Checkbox(text.c_str(), &linked))
      deferred.push_back(toggleFactorWhyLink(doc, factor.id, node->id, state.now()));
    ImGui::Unindent(depth * 14.0f * uiScale() + 1.0f);
  }
  ImGui::Separator();
  if (ImGui::Button("Done")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void drawFactorCard(AppState& state, const PostMortem& doc, const Factor& factor, int number,
                    std::vector<Command>& deferred) {
  ImGui::PushID(factor.id.c_str());
  std::string name = std::string(label(factor.category)) + " factor " + std::to_string(number);
  std::string text = factor.text;
  Id& focusFactor = state.ui().of<FactorsView>(doc.id).focusFactor;
  bool startEditing = focusFactor == factor.id;
  if (startEditing) {
    focusFactor.clear();
    ImGui::SetScrollHereY();
  }
  if (wrappedTextEditor(state, name.c_str(), text, "Describe the condition\xE2\x80\xA6", 1.0f, startEditing))
    state.apply(editElement<Factor>("Edit factor", typingMergeKey("factor-text", factor.id), factor.id, doc,
                                    state.now(), [&](Factor& f) { f.text = text; }));

  for (const Id& nodeId : factor.whyNodeIds)
    if (const WhyNode* node = doc.findWhyNode(nodeId))
      ImGui::TextDisabled("\xE2\x86\xB3 why: %s", shortText(node->text, 48).c_str());

  std::string linkLabel = "Why links (" + std::to_string(factor.whyNodeIds.size()) + ")";
  if (ImGui::SmallButton(linkLabel.c_str())) ImGui::OpenPopup("why-links");
  drawLinksPopup(state, doc, factor, deferred);
  ImGui::SameLine();
  if (ImGui::SmallButton("New action")) {
    ActionItem action;
    action.id = newId("ac");
    action.title = factor.text;
    action.created = state.now();
    action.factorIds = {factor.id};
    action.whyNodeIds = factor.whyNodeIds;
    deferred.push_back(addElement<ActionItem>("New action from factor", action, state.now()));
    requestActionFocus(state, action.id);
    state.showTab(DocTab::Actions);
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Remove")) deferred.push_back(removeFactorWithLinks(factor.id, doc, state.now()));
  ImGui::Dummy(ImVec2(0, 6 * uiScale()));
  ImGui::PopID();
}

}  // namespace

void drawFactorsTab(AppState& state, PostMortem& doc) {
  const float s = uiScale();
  std::vector<Command> deferred;  // adds and removes wait until the lists are drawn

  int layersWithGaps = 0;
  for (FactorCategory c : enumValues<FactorCategory>()) layersWithGaps += countIn(doc, c) > 0;
  sectionHeading("Contributing factors");
  helpText(layersWithGaps == enumCount<FactorCategory>()
               ? "The holes lined up: every layer of defence had a gap, and the hazard went through to the incident."
               : "Conditions that made the incident possible, in three layers of defence. The picture lines up "
                 "when every layer has at least one factor.");
  drawSwissCheese(doc);
  ImGui::Dummy(ImVec2(0, 4 * s));

  ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame;
  if (ImGui::BeginTable("##factor-columns", enumCount<FactorCategory>(), flags)) {
    for (FactorCategory c : enumValues<FactorCategory>()) ImGui::TableSetupColumn(label(c).data());
    ImGui::TableNextRow();
    for (FactorCategory category : enumValues<FactorCategory>()) {
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(category));
      ImU32 color = factorColor(category);
      ImVec2 p = ImGui::GetCursorScreenPos();
      float lineH = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2 * s), ImVec2(p.x + 4 * s, p.y + lineH * 1.3f),
                                                color, 2 * s);
      ImGui::SetCursorScreenPos(ImVec2(p.x + 10 * s, p.y));
      pushFont(fonts().heading);
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(color));
      ImGui::TextUnformatted(label(category).data());
      ImGui::PopStyleColor();
      ImGui::PopFont();
      ImGui::SameLine();
      ImGui::TextDisabled("%d", countIn(doc, category));
      ImGui::Dummy(ImVec2(0, 2 * s));

      int number = 0;
      for (const Factor& factor : doc.factors)
        if (factor.category == category) drawFactorCard(state, doc, factor, ++number, deferred);
      if (number == 0) ImGui::TextDisabled("No %s factors yet.", lowerName(category));

      std::string add = std::string("+ Add ") + lowerName(category) + " factor";
      if (ImGui::Button(add.c_str())) {
        Factor factor;
        factor.id = newId("fa");
        factor.category = category;
        deferred.push_back(addElement<Factor>("Add factor", factor, state.now()));
        state.ui().of<FactorsView>(doc.id).focusFactor = factor.id;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  for (auto& cmd : deferred) state.apply(std::move(cmd));
}

}  // namespace hs::ui
