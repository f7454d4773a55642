#include <imgui.h>

#include "ui/theme.h"
#include "ui/views/views.h"

namespace hs::ui {
namespace {

struct TabEntry {
  const char* label;
  DocTab tab;
  void (*draw)(AppState&, PostMortem&);
};

constexpr TabEntry kTabs[] = {
    {"Overview", DocTab::Overview, drawOverviewTab},
    {"Timeline", DocTab::Timeline, drawTimelineTab},
    {"5 Whys", DocTab::WhyTree, drawWhyTreeTab},
    {"Factors", DocTab::Factors, drawFactorsTab},
    {"Actions", DocTab::Actions, drawActionsTab},
};

}  // namespace

void drawDocumentView(AppState& state) {
  PostMortem* doc = state.openDocument();
  if (!doc) return;
  if (ImGui::Button("< Library")) {
    state.closeDocument();
    return;
  }
  ImGui::SameLine();
  ImGui::PushFont(fonts().heading);
  ImGui::TextUnformatted(doc->title.empty() ? "Untitled post-mortem" : doc->title.c_str());
  ImGui::PopFont();

  if (!ImGui::BeginTabBar("##document-tabs")) return;
  // A tab chosen from code (meeting mode, a link) is selected once; afterwards the user's click rules.
  static DocTab lastRequested = DocTab::Overview;
  bool requestChanged = state.tab != lastRequested;
  for (const auto& entry : kTabs) {
    ImGuiTabItemFlags flags =
        (requestChanged && state.tab == entry.tab) ? ImGuiTabItemFlags_SetSelected : 0;
    if (ImGui::BeginTabItem(entry.label, nullptr, flags)) {
      if (!requestChanged) state.tab = entry.tab;
      ImGui::BeginChild("##tab-content");
      entry.draw(state, *doc);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  lastRequested = state.tab;
  ImGui::EndTabBar();
}

}  // namespace hs::ui
