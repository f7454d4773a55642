// The 5-whys tab: toolbar, the tree canvas (pan, zoom, select, drag to
// re-parent, edit in place), keyboard, link popups. Drawing lives in
// why_tree_draw.cpp, edits in why_tree_edit.cpp, derived geometry in why_tree_scene.cpp.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/edit/why_commands.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/widgets/text_field.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/views/why_tree_view.h"
#include "ui/widgets/form.h"
#include "ui/widgets/region.h"
#include "ui/widgets/toolbar_flow.h"

namespace hs::ui {
void drawWhyTreeTab(AppState& state, PostMortem& doc) { why::drawWhyTree(state, doc); }
}  // namespace hs::ui

namespace hs::ui::why {

namespace {

constexpr const char* kLinkEventPopup = "Link to timeline event";
constexpr const char* kLinkFactorPopup = "Link to contributing factor";
constexpr const char* kNodeMenu = "why-node-menu";

std::uint64_t revisionOf(AppState& state) {
  History* h = state.openHistory();
  return h ? h->revision() : 0;
}

float ratio() { return uiScale() > 0 ? uiScale() : 1.0f; }

void fitView(ViewState& v) { v.canvas.fit(v.scene.bounds, 48.0f * ratio(), 1.0f); }

bool toolbarButton(const char* label, bool enabled = true, const char* tooltip = nullptr) {
  ImGui::BeginDisabled(!enabled);
  bool pressed = ImGui::Button(label);
  ImGui::EndDisabled();
  if (tooltip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal))
    ImGui::SetTooltip("%s", tooltip);
  return pressed;
}

// A thin line between groups of the toolbar, when the next button fits after it;
// else the next group starts a new row.
void separator(const char* nextLabel) {
  const float gap = 6 * ratio();
  sameLineIfFits(gap + 1 + gap + buttonWidth(nextLabel), gap);
  if (ImGui::GetCursorScreenPos().y < ImGui::GetItemRectMax().y - 1) {  // still on the same row
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + 4), ImVec2(p.x, p.y + h - 4), colors::kGrid, 1.0f);
    ImGui::Dummy(ImVec2(1, h));
    ImGui::SameLine(0, gap);
  }
}

const char* categoryName(const std::optional<FactorCategory>& c) {
  return c ? label(*c).data() : "No category";
}

void drawToolbar(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* node = v.selected.empty() ? nullptr : doc.findWhyNode(v.selected);
  bool has = node != nullptr;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(7 * ratio(), 4 * ratio()));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(5 * ratio(), 6 * ratio()));
  if (toolbarButton("Add why", has, "A child: why did this happen? (Tab)")) addChild(state, v, doc);
  sameLineIfFits(buttonWidth("Add branch"));
  if (toolbarButton("Add branch", has && !node->parentId.empty(), "A sibling: another cause at this level (Enter)"))
    addSibling(state, v, doc);
  sameLineIfFits(buttonWidth("Edit text"));
  if (toolbarButton("Edit text", has, "Edit in place (F2 or double-click)")) startEditing(v, doc, v.selected);
  sameLineIfFits(buttonWidth("Delete"));
  if (toolbarButton("Delete", has, "Delete this why and everything below it (Delete; undo with Ctrl+Z)"))
    deleteSelected(state, v, doc);
  const char* rootLabel = has && node->rootCause ? "Unmark root cause" : "Mark root cause";
  separator(rootLabel);
  if (toolbarButton(rootLabel, has,
                    "A cause worth fixing: it will need an action item (R)"))
    toggleRootCause(state, v, doc);
  sameLineIfFits(150 * ratio());
  ImGui::SetNextItemWidth(150 * ratio());
  ImGui::BeginDisabled(!has);
  if (ImGui::BeginCombo("##category", has ? categoryName(node->category) : "Category")) {
    if (ImGui::Selectable("No category", has && !node->category)) setCategory(state, v, doc, std::nullopt);
    for (FactorCategory cat : enumValues<FactorCategory>()) {
      if (ImGui::Selectable(label(cat).data(), has && node->category == cat)) setCategory(state, v, doc, cat);
    }
    ImGui::EndCombo();
  }
  nameLastItem("Category");
  ImGui::EndDisabled();
  sameLineIfFits(buttonWidth("Create action"));
  if (toolbarButton("Create action", has, "A new action item linked to this why (A)")) createAction(state, v, doc);
  sameLineIfFits(buttonWidth("Link event"));
  if (toolbarButton("Link event", has, "Link this why to a timeline event")) ImGui::OpenPopup(kLinkEventPopup);
  sameLineIfFits(buttonWidth("Link factor"));
  if (toolbarButton("Link factor", has, "Link this why to a contributing factor")) ImGui::OpenPopup(kLinkFactorPopup);
  bool topDown = v.orientation == TreeOrientation::TopDown;
  const char* earlier = topDown ? "Move left" : "Move up";
  const char* later = topDown ? "Move right" : "Move down";
  separator(earlier);
  if (toolbarButton(earlier, has, "Reorder among siblings (Alt+arrow)")) moveSelected(state, v, doc, -1);
  sameLineIfFits(buttonWidth(later));
  if (toolbarButton(later, has, "Reorder among siblings (Alt+arrow)")) moveSelected(state, v, doc, +1);
  bool collapsed = has && v.collapsed.count(v.selected);
  sameLineIfFits(buttonWidth(collapsed ? "Expand" : "Collapse"));
  if (toolbarButton(collapsed ? "Expand" : "Collapse", has && v.scene.find(v.selected) >= 0 &&
                                                         v.scene.nodes[v.scene.find(v.selected)].childCount > 0,
                    "Hide or show what is below (Space)"))
    toggleCollapsed(v, v.selected);

  // View controls, right-aligned when there is room, else on a row of their own.
  const char* layoutLabel = topDown ? "Layout: top-down" : "Layout: left-right";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = buttonWidth(" - ") + ImGui::CalcTextSize("100%").x + buttonWidth(" + ") + buttonWidth("Fit") +
                      buttonWidth(layoutLabel) + style.ItemSpacing.x * 4;
  sameLineIfFits(right);
  if (ImGui::GetCursorPosX() + right < contentRegionMaxX()) ImGui::SetCursorPosX(contentRegionMaxX() - right);
  if (toolbarButton(" - ##zoom-out", true, "Zoom out (-)")) v.canvas.zoomAroundCentre(1 / 1.25f);
  nameLastItem("Zoom out");
  ImGui::SameLine();
  char zoomText[16];
  std::snprintf(zoomText, sizeof zoomText, "%d%%", static_cast<int>(v.canvas.zoom() * 100 + 0.5f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(zoomText);
  if (itemRegistryActive()) {
    char zoomItem[32];
    std::snprintf(zoomItem, sizeof zoomItem, "why zoom: %s", zoomText);
    registerCustomItem(zoomItem, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  ImGui::SameLine();
  if (toolbarButton(" + ##zoom-in", true, "Zoom in (+)")) v.canvas.zoomAroundCentre(1.25f);
  nameLastItem("Zoom in");
  ImGui::SameLine();
  if (toolbarButton("Fit", true, "Show the whole tree (F)")) fitView(v);
  ImGui::SameLine();
  if (toolbarButton(layoutLabel, true, "Switch the direction of the tree")) {
    v.orientation = topDown ? TreeOrientation::LeftToRight : TreeOrientation::TopDown;
    v.needFit = true;
  }
  ImGui::PopStyleVar(2);
}

void drawLinkPopups(AppState& state, ViewState& v, const PostMortem& doc) {
  ImGui::SetNextWindowSizeConstraints(ImVec2(360 * ratio(), 0), ImVec2(560 * ratio(), 420 * ratio()));
  if (ImGui::BeginPopup(kLinkEventPopup)) {
    ImGui::TextDisabled("Which timeline event shows this why?");
    ImGui::Separator();
    if (doc.events.empty()) ImGui::TextDisabled("The timeline has no events yet.");
    for (const auto& e : doc.events) {
      bool linked = e.whyNodeId == v.selected;
      std::string line = (linked ? "\xE2\x9C\x93 " : "   ") + formatTimeOfDay(e.time) + "  " + e.text + "##" + e.id;
      if (ImGui::Selectable(line.c_str(), linked)) {
        state.apply(toggleEventWhyLink(doc, e.id, v.selected, state.now()));
        ImGui::CloseCurrentPopup();
      }
    }
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(360 * ratio(), 0), ImVec2(560 * ratio(), 420 * ratio()));
  if (ImGui::BeginPopup(kLinkFactorPopup)) {
    ImGui::TextDisabled("Which contributing factors does this why explain?");
    ImGui::Separator();
    if (doc.factors.empty()) ImGui::TextDisabled("No contributing factors yet (Factors tab).");
    for (const auto& f : doc.factors) {
      bool linked = std::find(f.whyNodeIds.begin(), f.whyNodeIds.end(), v.selected) != f.whyNodeIds.end();
      std::string line = (linked ? "\xE2\x9C\x93 " : "   ") + std::string(label(f.category)) + ": " + f.text + "##" + f.id;
      if (ImGui::Selectable(line.c_str(), linked, ImGuiSelectableFlags_NoAutoClosePopups))
        state.apply(toggleFactorWhyLink(doc, f.id, v.selected, state.now()));
    }
    ImGui::EndPopup();
  }
}

void drawNodeMenu(AppState& state, ViewState& v, const PostMortem& doc) {
  if (!ImGui::BeginPopup(kNodeMenu)) return;
  const WhyNode* node = doc.findWhyNode(v.selected);
  if (!node) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  if (ImGui::MenuItem("Add why below", "Tab")) addChild(state, v, doc);
  if (ImGui::MenuItem("Add branch beside", "Enter", false, !node->parentId.empty())) addSibling(state, v, doc);
  if (ImGui::MenuItem("Edit text", "F2")) startEditing(v, doc, node->id);
  ImGui::Separator();
  if (ImGui::MenuItem("Root cause", "R", node->rootCause)) toggleRootCause(state, v, doc);
  if (ImGui::BeginMenu("Category")) {
    if (ImGui::MenuItem("None", "0", !node->category)) setCategory(state, v, doc, std::nullopt);
    for (int c = 0; c < enumCount<FactorCategory>(); ++c) {
      auto cat = enumAt<FactorCategory>(static_cast<std::size_t>(c));
      char key[2] = {static_cast<char>('1' + c), 0};
      if (ImGui::MenuItem(label(cat).data(), key, node->category == cat)) setCategory(state, v, doc, cat);
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("Create action item", "A")) createAction(state, v, doc);
  bool openEvent = ImGui::MenuItem("Link to timeline event...");
  bool openFactor = ImGui::MenuItem("Link to contributing factor...");
  ImGui::Separator();
  if (ImGui::MenuItem("Delete", "Delete")) deleteSelected(state, v, doc);
  ImGui::EndPopup();
  if (openEvent) ImGui::OpenPopup(kLinkEventPopup);
  if (openFactor) ImGui::OpenPopup(kLinkFactorPopup);
}

void nodeTooltip(const ViewState& v, const PostMortem& doc, int i) {
  const WhyNode& node = doc.whyNodes[i];
  const NodeInfo& info = v.scene.nodes[i];
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  ImGui::TextDisabled(info.depth == 0 ? "Problem statement" : "Why %d", info.depth);
  ImGui::TextUnformatted(node.text.empty() ? "(no text yet)" : node.text.c_str());
  if (!node.notes.empty()) {
    ImGui::Separator();
    ImGui::TextDisabled("Evidence");
    ImGui::TextUnformatted(node.notes.c_str());
  }
  if (info.actionCount > 0) {
    ImGui::Separator();
    ImGui::TextDisabled("Action items");
    for (const auto& a : doc.actions)
      if (std::find(a.whyNodeIds.begin(), a.whyNodeIds.end(), node.id) != a.whyNodeIds.end())
        ImGui::BulletText("%s (%s)", a.title.c_str(), label(a.status).data());
  }
  if (info.eventIndex >= 0) {
    const auto& e = doc.events[info.eventIndex];
    ImGui::Separator();
    ImGui::TextDisabled("Timeline event");
    ImGui::Text("%s  %s", formatTimeOfDay(e.time).c_str(), e.text.c_str());
  }
  if (info.factorCount > 0) {
    ImGui::Separator();
    ImGui::TextDisabled("Contributing factors");
    for (const auto& f : doc.factors)
      if (std::find(f.whyNodeIds.begin(), f.whyNodeIds.end(), node.id) != f.whyNodeIds.end())
        ImGui::BulletText("%s", f.text.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void hintTooltip(const ViewState& v, int i) {
  const NodeInfo& info = v.scene.nodes[i];
  if (info.hintIndex < 0) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  bool first = true;
  for (const WhyHint& hint : v.scene.hints[info.hintIndex].hints) {
    if (!first) ImGui::Separator();
    first = false;
    pushFont(fonts().bold);
    ImGui::TextUnformatted(hint.message);
    ImGui::PopFont();
    ImGui::TextDisabled("%s", hint.suggestion);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

int hitNode(const ViewState& v, ImVec2 screen) {
  ImVec2 w = v.canvas.toWorld(screen);
  const auto& nodes = v.scene.nodes;
  int sel = v.scene.find(v.selected);
  if (sel >= 0 && nodes[sel].visible) {  // drawn on top
    const WorldRect& r = nodes[sel].rect;
    if (w.x >= r.minX && w.x <= r.maxX && w.y >= r.minY && w.y <= r.maxY) return sel;
  }
  for (int i = static_cast<int>(nodes.size()) - 1; i >= 0; --i) {
    if (!nodes[i].visible) continue;
    const WorldRect& r = nodes[i].rect;
    if (w.x >= r.minX && w.x <= r.maxX && w.y >= r.minY && w.y <= r.maxY) return i;
  }
  return -1;
}

const Hotspot* hitHotspot(const ViewState& v, ImVec2 p) {
  for (auto it = v.hotspots.rbegin(); it != v.hotspots.rend(); ++it)
    if (p.x >= it->screen.minX && p.x <= it->screen.maxX && p.y >= it->screen.minY && p.y <= it->screen.maxY)
      return &*it;
  return nullptr;
}

void handleKeyboard(AppState& state, ViewState& v, const PostMortem& doc, ImGuiID owner) {
  ImGuiIO& io = ImGui::GetIO();
  if (!v.editingId.empty() || io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (io.KeyCtrl || io.KeySuper) return;  // Ctrl+Z and friends belong to the app
  // Keep these keys from ImGui's keyboard navigation while the tree is in use.
  static const ImGuiKey kOwned[] = {ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_KeypadEnter, ImGuiKey_Space,
                                    ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow,
                                    ImGuiKey_DownArrow, ImGuiKey_Delete, ImGuiKey_F2};
  for (ImGuiKey key : kOwned) ImGui::SetKeyOwner(key, owner);

  auto pressed = [](ImGuiKey key, bool repeat = false) { return ImGui::IsKeyPressed(key, repeat); };
  if (pressed(ImGuiKey_Tab)) addChild(state, v, doc);
  else if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) addSibling(state, v, doc);
  else if (pressed(ImGuiKey_F2)) startEditing(v, doc, v.selected);
  else if (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)) deleteSelected(state, v, doc);
  else if (pressed(ImGuiKey_Space)) {
    int i = v.scene.find(v.selected);
    if (i >= 0 && v.scene.nodes[i].childCount > 0) toggleCollapsed(v, v.selected);
  } else if (io.KeyAlt) {
    bool topDown = v.orientation == TreeOrientation::TopDown;
    if (pressed(topDown ? ImGuiKey_LeftArrow : ImGuiKey_UpArrow, true)) moveSelected(state, v, doc, -1);
    if (pressed(topDown ? ImGuiKey_RightArrow : ImGuiKey_DownArrow, true)) moveSelected(state, v, doc, +1);
  } else {
    if (pressed(ImGuiKey_LeftArrow, true)) moveSelection(v, doc, -1, 0);
    if (pressed(ImGuiKey_RightArrow, true)) moveSelection(v, doc, +1, 0);
    if (pressed(ImGuiKey_UpArrow, true)) moveSelection(v, doc, 0, -1);
    if (pressed(ImGuiKey_DownArrow, true)) moveSelection(v, doc, 0, +1);
    if (pressed(ImGuiKey_R)) toggleRootCause(state, v, doc);
    if (pressed(ImGuiKey_A)) createAction(state, v, doc);
    if (pressed(ImGuiKey_F)) fitView(v);
    if (pressed(ImGuiKey_0)) setCategory(state, v, doc, std::nullopt);
    if (pressed(ImGuiKey_1)) setCategory(state, v, doc, FactorCategory::Technical);
    if (pressed(ImGuiKey_2)) setCategory(state, v, doc, FactorCategory::Process);
    if (pressed(ImGuiKey_3)) setCategory(state, v, doc, FactorCategory::Environmental);
    if (pressed(ImGuiKey_Equal, true) || pressed(ImGuiKey_KeypadAdd, true)) v.canvas.zoomAroundCentre(1.25f);
    if (pressed(ImGuiKey_Minus, true) || pressed(ImGuiKey_KeypadSubtract, true)) v.canvas.zoomAroundCentre(1 / 1.25f);
    if (pressed(ImGuiKey_Escape)) v.selected.clear();
  }
}

void drawEditor(AppState& state, ViewState& v, const PostMortem& doc) {
  int i = v.scene.find(v.editingId);
  if (i < 0 || !v.scene.nodes[i].visible) {
    commitEditing(state, v, doc);
    return;
  }
  const NodeInfo& info = v.scene.nodes[i];
  float s = v.canvas.scale();
  bool category = doc.whyNodes[i].category.has_value();
  ImVec2 a = v.canvas.toScreen(ImVec2(info.rect.minX + (kPad + (category ? kStripe : 0.f)) * 0.5f,
                                      info.rect.minY + (kPad + kHeaderHeight + kHeaderGap) * 1.0f - 4));
  float width = std::max((kBoxWidth - kPad - (category ? kStripe : 0.f)) * s, 280.0f * ratio());
  ImGui::SetCursorScreenPos(ImVec2(a.x, std::max(a.y - 4 * s, v.canvas.screenMin().y)));
  ImGui::SetNextItemWidth(width);
  if (v.editJustStarted) {
    ImGui::SetKeyboardFocusHere();
    v.editJustStarted = false;
  }
  bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32_WHITE);
  ImGui::PushStyleColor(ImGuiCol_Border, colors::kAccent);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f * ratio());
  const char* hint = info.depth == 0 ? "What happened? The problem statement" : "Why did this happen?";
  bool enter = ImGui::InputTextWithHint("##why-edit", hint, &v.editBuffer, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  nameLastItem("Why text");
  if (escape && (ImGui::IsItemActive() || ImGui::IsItemDeactivated())) cancelEditing(state, v, doc);
  else if (enter || ImGui::IsItemDeactivated()) commitEditing(state, v, doc);
}

void drawEmptyState(AppState& state, ViewState& v, const PostMortem& doc) {
  ImVec2 min = v.canvas.screenMin(), size = v.canvas.screenSize();
  float w = 460 * ratio();
  ImVec2 p(min.x + (size.x - w) * 0.5f, min.y + size.y * 0.3f);
  ImGui::SetCursorScreenPos(p);
  ImGui::BeginGroup();
  pushFont(fonts().heading);
  ImGui::TextUnformatted("Dig from the incident to its root causes");
  ImGui::PopFont();
  ImGui::PushTextWrapPos(p.x + w);
  ImGui::TextDisabled("Start with the problem statement: what happened, as users saw it. Then ask "
                      "\"why?\" until you reach causes worth fixing. Tab adds a why below, Enter "
                      "another branch beside it.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 6 * ratio()));
  if (primaryButton("Add problem statement")) addProblemStatement(state, v, doc);
  ImGui::EndGroup();
}

void drawOverlay(ViewState& v) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImVec2 min = v.canvas.screenMin(), max = v.canvas.screenMax();
  float r = ratio();
  const char* help = "Tab: add why   Enter: add branch   F2: edit   Del: delete   Space: collapse   "
                     "R: root cause   A: action   Drag a box onto another to move it";
  ImVec2 ts = ImGui::CalcTextSize(help);
  ImVec2 pos(min.x + 12 * r, max.y - ts.y - 10 * r);
  list->AddRectFilled(ImVec2(pos.x - 6 * r, pos.y - 4 * r), ImVec2(pos.x + ts.x + 6 * r, pos.y + ts.y + 4 * r),
                      IM_COL32(250, 251, 253, 230), 4 * r);
  list->AddText(pos, colors::kMutedText, help);
  if (!v.toast.empty() && ImGui::GetTime() < v.toastUntil) {
    ImVec2 t = ImGui::CalcTextSize(v.toast.c_str());
    ImVec2 a((min.x + max.x - t.x) * 0.5f - 14 * r, min.y + 14 * r);
    ImVec2 b(a.x + t.x + 28 * r, a.y + t.y + 16 * r);
    list->AddRectFilled(a, b, IM_COL32(33, 37, 41, 235), 6 * r);
    list->AddText(ImVec2(a.x + 14 * r, a.y + 8 * r), IM_COL32_WHITE, v.toast.c_str());
  }
}

}  // namespace

void drawWhyTree(AppState& state, PostMortem& doc) {
  ViewState& v = state.ui().of<ViewState>(doc.id);  // each post-mortem keeps its zoom and collapse set
  updateScene(v.scene, doc, revisionOf(state), v.collapsed, v.collapseVersion, v.orientation);
  if (!v.selected.empty() && v.scene.find(v.selected) < 0) v.selected.clear();
  if (v.selected.empty() && !doc.whyNodes.empty() && v.scene.visibleCount > 0 && v.editingId.empty()) {
    for (std::size_t k = 0; k < doc.whyNodes.size(); ++k)
      if (v.scene.nodes[k].depth == 0) {
        v.selected = doc.whyNodes[k].id;
        break;
      }
  }

  drawToolbar(state, v, doc);
  drawLinkPopups(state, v, doc);
  // A toolbar edit changes the document: see it this frame.
  updateScene(v.scene, doc, revisionOf(state), v.collapsed, v.collapseVersion, v.orientation);

  ImGui::PushStyleColor(ImGuiCol_ChildBg, toVec4(colors::kCanvasBg));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##why-canvas", ImVec2(0, 0), ImGuiChildFlags_Borders,
                    ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoScrollbar |
                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::SetScrollX(0);
  ImGui::SetScrollY(0);
  ImVec2 origin = ImGui::GetWindowPos();
  ImVec2 size = ImGui::GetWindowSize();
  v.canvas.setViewport(origin, size, ratio());
  if (v.needFit && v.scene.visibleCount > 0) {
    fitView(v);
    v.needFit = false;
  }

  ImGui::SetCursorScreenPos(origin);
  ImGui::SetNextItemAllowOverlap();
  ImGui::InvisibleButton("##why-canvas-surface", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  ImGuiID surface = ImGui::GetItemID();
  bool hovered = ImGui::IsItemHovered();
  ImGuiIO& io = ImGui::GetIO();

  // Mouse: select, toggle, double-click to edit, drag onto another box to move it.
  v.hoveredNode = hovered ? hitNode(v, io.MousePos) : -1;
  const Hotspot* spot = hovered ? hitHotspot(v, io.MousePos) : nullptr;
  if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    v.pressedNode = -1;
    v.pressedBackground = false;
    if (spot && spot->kind == Hotspot::Kind::Toggle) {
      toggleCollapsed(v, doc.whyNodes[spot->node].id);
    } else if (v.hoveredNode >= 0) {
      v.pressedNode = v.hoveredNode;
      v.selected = doc.whyNodes[v.hoveredNode].id;
    } else {
      v.pressedBackground = true;
    }
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && v.hoveredNode >= 0 && !spot)
    startEditing(v, doc, doc.whyNodes[v.hoveredNode].id);
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right) && v.hoveredNode >= 0) {
    v.selected = doc.whyNodes[v.hoveredNode].id;
    ImGui::OpenPopup(kNodeMenu);
  }
  if (v.pressedNode >= 0 && ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6 * ratio()))
    v.draggingNode = true;
  v.dropTarget = -1;
  v.dropAllowed = false;
  if (v.draggingNode && v.pressedNode >= 0 && v.pressedNode < static_cast<int>(doc.whyNodes.size())) {
    int target = hitNode(v, io.MousePos);
    if (target >= 0 && target != v.pressedNode) {
      v.dropTarget = target;
      v.dropAllowed = canDropOnto(doc, doc.whyNodes[v.pressedNode].id, doc.whyNodes[target].id);
    }
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
      if (target >= 0 && target != v.pressedNode)
        dropOnto(state, v, doc, doc.whyNodes[v.pressedNode].id, doc.whyNodes[target].id);
      v.draggingNode = false;
      v.pressedNode = -1;
    }
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    v.draggingNode = false;
    v.pressedNode = -1;
  }
  if (v.canvas.handleInput(v.pressedBackground && !v.draggingNode)) v.revealSelection = false;

  if (ImGui::IsWindowFocused() || ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows))
    handleKeyboard(state, v, doc, surface);
  updateScene(v.scene, doc, revisionOf(state), v.collapsed, v.collapseVersion, v.orientation);

  int selectedIndex = v.scene.find(v.selected);
  if (v.revealSelection && selectedIndex >= 0 && v.scene.nodes[selectedIndex].visible) {
    v.canvas.ensureVisible(v.scene.nodes[selectedIndex].rect, 40.0f * ratio());
    v.revealSelection = false;
  }

  DrawContext ctx;
  ctx.doc = &doc;
  ctx.selected = selectedIndex;
  ctx.hovered = v.hoveredNode;
  ctx.dragged = v.draggingNode ? v.pressedNode : -1;
  ctx.dropTarget = v.dropTarget;
  ctx.dropAllowed = v.dropAllowed;
  ctx.editing = v.scene.find(v.editingId);
  ctx.mouse = io.MousePos;
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawScene(list, v.canvas, v.scene, ctx, v.hotspots, v.nodeLabel);

  // The dragged box follows the cursor.
  if (ctx.dragged >= 0) {
    const NodeInfo& info = v.scene.nodes[ctx.dragged];
    float s = v.canvas.scale();
    ImVec2 a(io.MousePos.x + 12 * ratio(), io.MousePos.y + 10 * ratio());
    float w = std::min(info.rect.width() * s, 260 * ratio());
    ImVec2 b(a.x + w, a.y + ImGui::GetFontSize() * 2.4f);
    list->AddRectFilled(a, b, IM_COL32(255, 255, 255, 230), 6 * ratio());
    list->AddRect(a, b, v.dropAllowed ? colors::kSuccess : colors::kAccent, 6 * ratio(), 0, 1.5f * ratio());
    const std::string& t = doc.whyNodes[ctx.dragged].text;
    ImVec4 clip(a.x, a.y, b.x - 6, b.y);
    list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + 8 * ratio(), a.y + 0.7f * ImGui::GetFontSize()),
                  colors::kText, t.c_str(), nullptr, 0, &clip);
    if (v.dropTarget >= 0 && !v.dropAllowed && doc.whyNodes[v.dropTarget].id != doc.whyNodes[ctx.dragged].parentId)
      ImGui::SetTooltip("Can't move a why under its own answer (that would make a loop)");
  } else if (hovered && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    if (spot && spot->kind == Hotspot::Kind::Hint) hintTooltip(v, spot->node);
    else if (v.hoveredNode >= 0 && ImGui::IsMouseReleased(ImGuiMouseButton_Left) == false &&
             GImGui->HoveredIdTimer > 0.6f)
      nodeTooltip(v, doc, v.hoveredNode);
  }

  if (!v.editingId.empty()) drawEditor(state, v, doc);
  if (doc.whyNodes.empty() && v.editingId.empty()) drawEmptyState(state, v, doc);
  else drawOverlay(v);
  drawNodeMenu(state, v, doc);
  drawLinkPopups(state, v, doc);
  ImGui::EndChild();
}

}  // namespace hs::ui::why
