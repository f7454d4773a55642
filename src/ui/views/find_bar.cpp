#include "ui/views/find_bar.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <vector>

#include "core/library/document_find.h"
#include "ui/app_state.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/find_jump.h"
#include "ui/widgets/focus.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/toolbar_flow.h"

namespace hs::ui {
namespace {

// Per post-mortem (UiState): the query, its hits and the one shown.
struct FindBarState {
  bool open = false;
  bool focusField = false;
  std::string query;
  // The hits of `searched` in the document as it was at `searchedEdit`.
  std::string searched;
  std::uint64_t searchedEdit = ~std::uint64_t{0};
  std::vector<FindHit> hits;
  int current = -1;
};

void refresh(AppState& state, const PostMortem& doc, FindBarState& f) {
  if (f.searched == f.query && f.searchedEdit == state.editCounter()) return;
  const bool queryChanged = f.searched != f.query;
  f.hits = findInDocument(doc, f.query);
  f.searched = f.query;
  f.searchedEdit = state.editCounter();
  if (queryChanged || f.current >= static_cast<int>(f.hits.size())) f.current = f.hits.empty() ? -1 : 0;
  // Typing shows the first match as it is found, as find-as-you-type does in a browser.
  if (queryChanged && f.current >= 0) showFindHit(state, doc, f.hits[static_cast<std::size_t>(f.current)]);
}

void step(AppState& state, const PostMortem& doc, FindBarState& f, int by) {
  if (f.hits.empty()) return;
  const int n = static_cast<int>(f.hits.size());
  f.current = ((f.current < 0 ? 0 : f.current) + by + n) % n;
  showFindHit(state, doc, f.hits[static_cast<std::size_t>(f.current)]);
}

const char* placeName(FindPlace place) {
  switch (place) {
    case FindPlace::Overview: return "Overview";
    case FindPlace::Timeline: return "Timeline";
    case FindPlace::WhyTree: return "5 Whys";
    case FindPlace::Factors: return "Factors";
    case FindPlace::Actions: return "Actions";
  }
  return "";
}

// "3 of 12", then below: "Timeline, event: …the replica lagged…", the match in colour.
void drawCurrentHit(const FindBarState& f) {
  ImGui::AlignTextToFramePadding();
  if (f.query.empty()) return;
  if (f.hits.empty()) {
    ImGui::TextColored(toVec4(colors::kWarning), "No matches");
    registerCustomItem("find: no matches", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return;
  }
  const FindHit& hit = f.hits[static_cast<std::size_t>(f.current)];
  const std::string count = std::to_string(f.current + 1) + " of " + std::to_string(f.hits.size());
  ImGui::TextUnformatted(count.c_str());
  registerCustomItem("find: ", count, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  // The match on a line of its own, below the bar.
  const std::string where = std::string(placeName(hit.place)) + ", " + hit.field + ":";
  ImGui::TextDisabled("%s", where.c_str());
  ImGui::SameLine();
  const std::string& s = hit.snippet;
  ImGui::TextUnformatted(s.data(), s.data() + hit.matchStart);
  ImGui::SameLine(0, 0);
  ImGui::TextColored(toVec4(colors::kAccent), "%.*s", static_cast<int>(hit.matchLength), s.data() + hit.matchStart);
  ImGui::SameLine(0, 0);
  ImGui::TextUnformatted(s.data() + hit.matchStart + hit.matchLength, s.data() + s.size());
  registerCustomItem("find hit: " + where + " " + s, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

}  // namespace

void drawFindBar(AppState& state, const PostMortem& doc) {
  FindBarState& f = state.ui().of<FindBarState>(doc.id);
  const ImGuiIO& io = ImGui::GetIO();
  if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_F, false)) {
    f.open = true;
    f.focusField = true;
  }
  if (!f.open) return;

  ImGui::SetNextItemWidth(18 * ImGui::GetFontSize());
  const bool enter = ImGui::InputTextWithHint("##find-in-document", "Find in this post-mortem  (Enter: next)",
                                              &f.query, ImGuiInputTextFlags_EnterReturnsTrue);
  nameLastItem("Find in post-mortem");
  const ImGuiID field = ImGui::GetItemID();
  // Escape in the field (ImGui lets go of the field on it) or with nothing else active.
  const bool escaped = ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
                       (ImGui::IsItemActive() || ImGui::IsItemDeactivated() || !ImGui::IsAnyItemActive());
  if (f.focusField) {
    activateInputNextFrame(field);
    f.focusField = false;
  }
  refresh(state, doc, f);
  if (enter) {
    step(state, doc, f, io.KeyShift ? -1 : +1);
    f.focusField = true;  // Enter leaves the field in ImGui; the next Enter finds the next match
  }
  sameLineIfFits(buttonWidth("Previous"));
  ImGui::BeginDisabled(f.hits.empty());
  if (ImGui::Button("Previous")) step(state, doc, f, -1);
  sameLineIfFits(buttonWidth("Next"));
  if (ImGui::Button("Next")) step(state, doc, f, +1);
  ImGui::EndDisabled();
  sameLineIfFits(buttonWidth("Close find"));
  if (ImGui::Button("Close find") || escaped) {
    f.open = false;
    return;
  }
  sameLineIfFits(ImGui::GetFontSize() * 8);
  drawCurrentHit(f);
}

}  // namespace hs::ui
