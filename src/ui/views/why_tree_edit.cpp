// Edits of the 5-whys tree started from the view (toolbar, keyboard, mouse):
// each builds a command from core/edit and sends it through AppState::apply.
#include <imgui.h>

#include "core/edit/commands.h"
#include "core/edit/field_edits.h"
#include "core/edit/why_commands.h"
#include "core/model/ids.h"
#include "ui/views/why_tree_view.h"

namespace hs::ui::why {
namespace {

const WhyNode* selectedNode(const ViewState& v, const PostMortem& doc) {
  return v.selected.empty() ? nullptr : doc.findWhyNode(v.selected);
}

// Applies the add with empty text, selects the new node and opens its editor.
void startNew(AppState& state, ViewState& v, const PostMortem& doc, Id id,
              std::function<Command(const PostMortem&, std::string)> make) {
  commitEditing(state, v, doc);
  state.apply(make(doc, std::string()));
  v.selected = id;
  v.revealSelection = true;
  startEditing(v, doc, id);
  v.remakeNew = std::move(make);
}

}  // namespace

void showToast(ViewState& v, std::string text) {
  v.toast = std::move(text);
  v.toastUntil = ImGui::GetTime() + 4.0;
}

void addProblemStatement(AppState& state, ViewState& v, const PostMortem& doc) {
  Id id = newId("wn");
  TimeMs now = state.now();
  startNew(state, v, doc, id, [id, now](const PostMortem& d, std::string text) {
    return addWhyRoot(d, id, std::move(text), now);
  });
}

void addChild(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* parent = selectedNode(v, doc);
  if (!parent) {
    if (doc.whyNodes.empty()) addProblemStatement(state, v, doc);
    return;
  }
  // A collapsed parent opens so the new child is seen.
  if (v.collapsed.erase(parent->id)) ++v.collapseVersion;
  Id id = newId("wn");
  Id parentId = parent->id;
  TimeMs now = state.now();
  startNew(state, v, doc, id, [id, parentId, now](const PostMortem& d, std::string text) {
    return addWhyChild(d, parentId, id, std::move(text), now);
  });
}

void addSibling(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* sibling = selectedNode(v, doc);
  if (!sibling) return;
  if (sibling->parentId.empty()) {  // the problem statement has no siblings: dig one level down
    addChild(state, v, doc);
    return;
  }
  Id id = newId("wn");
  Id siblingId = sibling->id;
  TimeMs now = state.now();
  startNew(state, v, doc, id, [id, siblingId, now](const PostMortem& d, std::string text) {
    auto cmd = addWhySibling(d, siblingId, id, std::move(text), now);
    return cmd ? *cmd : Command{"", "", [](PostMortem&) {}, [](PostMortem&) {}};
  });
}

void startEditing(ViewState& v, const PostMortem& doc, const Id& id) {
  const WhyNode* node = doc.findWhyNode(id);
  if (!node) return;
  v.editingId = id;
  v.editBuffer = node->text;
  v.editJustStarted = true;
  v.remakeNew = nullptr;
  v.selected = id;
  v.revealSelection = true;
}

void commitEditing(AppState& state, ViewState& v, const PostMortem& doc) {
  if (v.editingId.empty()) return;
  Id id = v.editingId;
  v.editingId.clear();
  std::string text = v.editBuffer;
  // Trim: a why is one sentence, stray spaces only make hints and exports noisy.
  auto b = text.find_first_not_of(" \t\r\n");
  auto e = text.find_last_not_of(" \t\r\n");
  text = b == std::string::npos ? std::string() : text.substr(b, e - b + 1);
  if (v.remakeNew) {
    auto remake = std::move(v.remakeNew);
    v.remakeNew = nullptr;
    if (text.empty()) return;  // nothing typed: leave the empty box, the user may come back to it
    // Redo the add with the text, as one undo step.
    state.undo();
    PostMortem* open = state.openDocument();
    if (open) state.apply(remake(*open, text));
    state.endTypingRun();
    return;
  }
  const WhyNode* node = doc.findWhyNode(id);
  if (node && node->text != text)
    state.apply(setWhyText(doc, id, text, state.now()));
  state.endTypingRun();
}

void cancelEditing(AppState& state, ViewState& v, const PostMortem& doc) {
  if (v.editingId.empty()) return;
  Id id = v.editingId;
  v.editingId.clear();
  if (v.remakeNew) {
    v.remakeNew = nullptr;
    // A why added a moment ago and left empty goes away again.
    const WhyNode* node = doc.findWhyNode(id);
    Id parent = node ? node->parentId : Id();
    state.undo();
    v.selected = parent;
  }
}

void deleteSelected(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* node = selectedNode(v, doc);
  if (!node) return;
  commitEditing(state, v, doc);
  node = selectedNode(v, doc);
  if (!node) return;
  // Select a neighbour first: the previous sibling, else the parent.
  Id next = node->parentId;
  auto siblings = whyChildrenInOrder(doc, node->parentId);
  for (std::size_t k = 0; k < siblings.size(); ++k)
    if (siblings[k] == node) {
      if (k > 0) next = siblings[k - 1]->id;
      else if (k + 1 < siblings.size()) next = siblings[k + 1]->id;
    }
  state.apply(removeWhyNodeSubtree(node->id, doc, state.now()));
  v.selected = next;
  v.revealSelection = true;
}

void toggleRootCause(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* node = selectedNode(v, doc);
  if (!node) return;
  state.apply(setWhyRootCause(doc, node->id, !node->rootCause, state.now()));
}

void setCategory(AppState& state, ViewState& v, const PostMortem& doc, std::optional<FactorCategory> c) {
  const WhyNode* node = selectedNode(v, doc);
  if (!node || node->category == c) return;
  state.apply(setWhyCategory(doc, node->id, c, state.now()));
}

void createAction(AppState& state, ViewState& v, const PostMortem& doc) {
  const WhyNode* node = selectedNode(v, doc);
  if (!node) return;
  state.apply(createActionFromWhyNode(doc, node->id, newId("ac"), state.now()));
  showToast(v, "Action item created and linked; fill in owner and due date in the Actions tab.");
}

void moveSelected(AppState& state, ViewState& v, const PostMortem& doc, int delta) {
  const WhyNode* node = selectedNode(v, doc);
  if (!node) return;
  if (auto cmd = reorderWhySibling(doc, node->id, delta, state.now())) state.apply(std::move(*cmd));
  v.revealSelection = true;
}

void toggleCollapsed(ViewState& v, const Id& id) {
  if (!v.collapsed.erase(id)) v.collapsed.insert(id);
  ++v.collapseVersion;
}

bool canDropOnto(const PostMortem& doc, const Id& dragged, const Id& target) {
  const WhyNode* node = doc.findWhyNode(dragged);
  return node && target != dragged && node->parentId != target &&
         !isWhyAncestorOrSelf(doc, dragged, target);
}

void dropOnto(AppState& state, ViewState& v, const PostMortem& doc, const Id& dragged, const Id& target) {
  WhyMoveRefusal refusal;
  if (auto cmd = reparentWhyNode(doc, dragged, target, state.now(), &refusal)) {
    state.apply(std::move(*cmd));
    if (v.collapsed.erase(target)) ++v.collapseVersion;
    v.selected = dragged;
    v.revealSelection = true;
  } else if (!refusal.message.empty()) {
    showToast(v, refusal.message);
  }
}

void moveSelection(ViewState& v, const PostMortem& doc, int dx, int dy) {
  const Scene& sc = v.scene;
  int i = sc.find(v.selected);
  if (i < 0 || !sc.nodes[i].visible) {
    // Nothing selected yet: start at the problem statement.
    for (int k = 0; k < static_cast<int>(sc.nodes.size()); ++k)
      if (sc.nodes[k].visible && sc.nodes[k].depth == 0) {
        v.selected = doc.whyNodes[k].id;
        v.revealSelection = true;
        return;
      }
    return;
  }
  bool topDown = sc.orientation == TreeOrientation::TopDown;
  int along = topDown ? dy : dx;   // towards children (+) or the parent (-)
  int across = topDown ? dx : dy;  // neighbours on the same row
  int next = -1;
  if (along < 0) {
    next = sc.nodes[i].parent;
  } else if (along > 0) {
    if (!sc.nodes[i].collapsed) {
      // The middle child: the one a straight move down lands on.
      int count = sc.family.childStart[i + 1] - sc.family.childStart[i];
      if (count > 0) next = sc.family.childList[sc.family.childStart[i] + (count - 1) / 2];
    }
  } else if (across != 0) {
    const auto& row = sc.rows[sc.nodes[i].depth];
    int pos = sc.rowPos[i] + across;
    if (pos >= 0 && pos < static_cast<int>(row.size())) next = row[pos];
  }
  if (next >= 0 && sc.nodes[next].visible) {
    v.selected = doc.whyNodes[next].id;
    v.revealSelection = true;
  }
}

}  // namespace hs::ui::why
