#include "ui/views/find_jump.h"

#include "ui/app_state.h"
#include "ui/views/editor_requests.h"
#include "ui/views/timeline_parts.h"
#include "ui/views/why_tree_view.h"

namespace hs::ui {
namespace {

DocTab tabOf(FindPlace place) {
  switch (place) {
    case FindPlace::Overview: return DocTab::Overview;
    case FindPlace::Timeline: return DocTab::Timeline;
    case FindPlace::WhyTree: return DocTab::WhyTree;
    case FindPlace::Factors: return DocTab::Factors;
    case FindPlace::Actions: return DocTab::Actions;
  }
  return DocTab::Overview;
}

// A why under a collapsed branch is shown: its ancestors open.
void expandAncestors(why::ViewState& v, const PostMortem& doc, const Id& id) {
  const WhyNode* node = doc.findWhyNode(id);
  for (int guard = 0; node && !node->parentId.empty() && guard < 10000; ++guard) {
    if (v.collapsed.erase(node->parentId) > 0) ++v.collapseVersion;
    node = doc.findWhyNode(node->parentId);
  }
}

}  // namespace

void showFindHit(AppState& state, const PostMortem& doc, const FindHit& hit) {
  state.showTab(tabOf(hit.place));
  switch (hit.place) {
    case FindPlace::Timeline: {
      auto& vs = state.ui().of<timeline::ViewState>(doc.id);
      vs.selectedId = hit.elementId;
      vs.revealSelectionInList = true;
      vs.revealSelectionInCanvas = true;
      break;
    }
    case FindPlace::WhyTree: {
      auto& v = state.ui().of<why::ViewState>(doc.id);
      expandAncestors(v, doc, hit.elementId);
      v.selected = hit.elementId;
      v.revealSelection = true;
      break;
    }
    case FindPlace::Actions: requestActionReveal(state, hit.elementId); break;
    case FindPlace::Overview:
    case FindPlace::Factors: break;
  }
}

}  // namespace hs::ui
