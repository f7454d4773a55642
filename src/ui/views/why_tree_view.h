// State and drawing of the 5-whys tree view (why_tree_tab.cpp puts it together).
// Everything here is view state: none of it goes into the document.
#pragma once

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/edit/history.h"
#include "ui/app_state.h"
#include "ui/canvas/canvas2d.h"
#include "ui/views/why_tree_scene.h"

struct ImDrawList;

namespace hs::ui::why {

// A clickable spot drawn on a node this frame (collapse toggle, hint marker).
struct Hotspot {
  enum class Kind { Toggle, Hint } kind;
  int node;
  WorldRect screen;
};

struct ViewState {
  Canvas2D canvas;
  Id selected;
  std::unordered_set<Id> collapsed;
  int collapseVersion = 0;
  TreeOrientation orientation = TreeOrientation::TopDown;
  bool needFit = true;
  bool revealSelection = false;

  // In-place editing. A node added by the keyboard exists in the document while
  // its text is typed; on commit the add is redone with the text, so adding and
  // naming a why is one undo step.
  Id editingId;
  std::string editBuffer;
  bool editJustStarted = false;
  std::function<Command(const PostMortem&, std::string)> remakeNew;  // set for a new node

  // Mouse.
  int pressedNode = -1;
  bool pressedBackground = false;
  bool draggingNode = false;
  int hoveredNode = -1;
  int dropTarget = -1;
  bool dropAllowed = false;

  // A short message over the canvas ("cannot move ... loop").
  std::string toast;
  double toastUntil = 0;

  Scene scene;
  std::vector<Hotspot> hotspots;  // rebuilt by every draw, capacity kept
  std::string nodeLabel;          // scratch for the nodes' test labels, capacity kept
};

// What the draw pass needs besides the scene.
struct DrawContext {
  const PostMortem* doc = nullptr;
  int selected = -1;
  int hovered = -1;
  int dragged = -1;     // node being dragged (drawn faded, a ghost follows the cursor)
  int dropTarget = -1;
  bool dropAllowed = false;
  int editing = -1;     // its text is not drawn (the editor is over it)
  ImVec2 mouse{0, 0};
};

// Draws every visible node and link of the scene into `list`, registers nodes
// for tests, and records hotspots. Culls what is outside the canvas viewport.
// `label` is reused for the nodes' test labels, so registering them allocates nothing.
void drawScene(ImDrawList* list, const Canvas2D& canvas, const Scene& scene,
               const DrawContext& ctx, std::vector<Hotspot>& hotspots, std::string& label);

// Edits on the selection (why_tree_edit.cpp). Each goes through state.apply.
void addProblemStatement(AppState& state, ViewState& v, const PostMortem& doc);
void addChild(AppState& state, ViewState& v, const PostMortem& doc);
void addSibling(AppState& state, ViewState& v, const PostMortem& doc);  // a child for the root
void startEditing(ViewState& v, const PostMortem& doc, const Id& id);
void commitEditing(AppState& state, ViewState& v, const PostMortem& doc);
void cancelEditing(AppState& state, ViewState& v, const PostMortem& doc);
void deleteSelected(AppState& state, ViewState& v, const PostMortem& doc);
void toggleRootCause(AppState& state, ViewState& v, const PostMortem& doc);
void setCategory(AppState& state, ViewState& v, const PostMortem& doc, std::optional<FactorCategory> c);
void createAction(AppState& state, ViewState& v, const PostMortem& doc);
void moveSelected(AppState& state, ViewState& v, const PostMortem& doc, int delta);
void toggleCollapsed(ViewState& v, const Id& id);
void dropOnto(AppState& state, ViewState& v, const PostMortem& doc, const Id& dragged, const Id& target);
bool canDropOnto(const PostMortem& doc, const Id& dragged, const Id& target);
void showToast(ViewState& v, std::string text);
// Arrow-key navigation: dx/dy in screen directions.
void moveSelection(ViewState& v, const PostMortem& doc, int dx, int dy);

// The whole tab (toolbar, canvas, editor, popups): views.h's drawWhyTreeTab calls it.
void drawWhyTree(AppState& state, PostMortem& doc);

}  // namespace hs::ui::why
