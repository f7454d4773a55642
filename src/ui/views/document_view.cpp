#include <imgui.h>

#include <string>

#include "core/analysis/close_rule.h"
#include "ui/incoming_copy.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/find_bar.h"
#include "ui/views/views.h"
#include "ui/widgets/form.h"
#include "ui/widgets/text_hover.h"
#include "ui/widgets/toolbar_flow.h"

namespace hs::ui {
namespace {

struct TabEntry {
  const char* label;
  DocTab tab;
  void (*draw)(AppState&, PostMortem&);
};

// The tab last selected from code, and in which tab bar (per post-mortem, in UiState).
struct TabRequest {
  DocTab lastRequested = DocTab::Overview;
  ImGuiID bar = 0;
};

// For tests: which tab's content is drawn ("tab shown: Timeline"), at its tab.
void registerTabShown(const char* label) {
  registerCustomItem("tab shown: ", label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

constexpr TabEntry kTabs[] = {
    {"Overview", DocTab::Overview, drawOverviewTab},
    {"Timeline", DocTab::Timeline, drawTimelineTab},
    {"5 Whys", DocTab::WhyTree, drawWhyTreeTab},
    {"Factors", DocTab::Factors, drawFactorsTab},
    {"Actions", DocTab::Actions, drawActionsTab},
};

// Back button, title, severity and status badges, and a count of open actions.
void drawHeader(AppState& state, const PostMortem& doc) {
  if (ImGui::Button("< Library")) {
    state.closeDocument();
    return;
  }
  ImGui::SameLine(0, 14 * uiScale());
  pushFont(fonts().heading);
  const char* title = doc.title.empty() ? "Untitled post-mortem" : doc.title.c_str();
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  registerCustomItem("document title", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  copyMenuOnRightClick(title);
  // The badges follow the title, or wrap below it in a narrow window.
  const char* severity = label(doc.severity).data();
  sameLineIfFits(buttonWidth(severity), 14 * uiScale());
  badge(severity, severityColor(doc.severity));
  const char* status = label(doc.status).data();
  sameLineIfFits(buttonWidth(status));
  badge(status, docStatusColor(doc.status));
  ActionCounts counts = countActions(doc, state.now());
  if (counts.total > 0) {
    std::string text = std::to_string(counts.open) + " open action" + (counts.open == 1 ? "" : "s");
    if (counts.overdue > 0) text += " \xC2\xB7 " + std::to_string(counts.overdue) + " overdue";
    sameLineIfFits(buttonWidth(text.c_str()));
    badge(text.c_str(), counts.overdue > 0 ? colors::kDanger : colors::kMutedText);
  }
}

// A merged file (git's driver, or a merge left for later) carries its conflicts.
void drawCarriedConflicts(AppState& state, const PostMortem& doc) {
  if (doc.conflicts.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
  std::string text = std::to_string(doc.conflicts.size()) +
                     (doc.conflicts.size() == 1 ? " merge conflict waits" : " merge conflicts wait") +
                     " for a choice; the post-mortem shows your side meanwhile.";
  ImGui::TextUnformatted(text.c_str());
  registerCustomItem("conflicts: " + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (ImGui::SmallButton("Resolve conflicts")) resolveCarriedConflicts(state, doc.id);
}

}  // namespace

void drawDocumentView(AppState& state) {
  PostMortem* doc = state.openDocument();
  if (!doc) return;
  drawHeader(state, *doc);
  doc = state.openDocument();
  if (!doc) return;
  ImGui::Dummy(ImVec2(0, 2 * uiScale()));
  drawCarriedConflicts(state, *doc);
  drawFindBar(state, *doc);

  // One tab bar per post-mortem: ImGui remembers each one's selected tab.
  ImGui::PushID(doc->id.c_str());
  const ImGuiID barId = ImGui::GetID("##document-tabs");
  if (!ImGui::BeginTabBar("##document-tabs")) {
    ImGui::PopID();
    return;
  }
  // A tab chosen from code (meeting mode, a link) is selected once; afterwards the user's click
  // rules. A tab bar seen for the first time (the meeting's editor) is told what to show, too.
  TabRequest& request = state.ui().of<TabRequest>(doc->id);
  bool requestChanged = state.tab() != request.lastRequested || request.bar != barId;
  DocTab shown = state.tab();
  for (const auto& entry : kTabs) {
    ImGuiTabItemFlags flags =
        (requestChanged && state.tab() == entry.tab) ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(entry.label, nullptr, flags);
    // Tab items are not reported through the test-engine hooks: name them for tests.
    registerCustomItem(entry.label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (open) {
      if (!requestChanged) state.showTab(entry.tab);
      shown = state.tab();  // a tab may request another one while it draws (e.g. "New action")
      registerTabShown(entry.label);
      ImGui::BeginChild("##tab-content");
      entry.draw(state, *doc);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  request.lastRequested = shown;
  request.bar = barId;
  ImGui::EndTabBar();
  ImGui::PopID();
}

}  // namespace hs::ui
