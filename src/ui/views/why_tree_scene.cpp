#include "ui/views/why_tree_scene.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "core/layout/why_tree_family.h"
#include "ui/theme.h"

namespace hs::ui::why {
namespace {

// Height of the wrapped text in world units, at most kMaxTextLines lines.
float measureText(const std::string& text) {
  ImFont* font = fonts().body ? fonts().body : ImGui::GetFont();
  float ratio = uiScale() > 0 ? uiScale() : 1.0f;
  float size = font->LegacySize;
  const char* s = text.empty() ? "Why did this happen?" : text.c_str();
  ImVec2 px = font->CalcTextSizeA(size, FLT_MAX, kTextWrap * ratio, s);
  float lineHeight = size / ratio;
  float height = std::max(px.y / ratio, lineHeight);
  return std::min(height, lineHeight * kMaxTextLines);
}

}  // namespace

bool updateScene(Scene& scene, const PostMortem& doc, std::uint64_t revision,
                 const std::unordered_set<Id>& collapsed, int collapseVersion,
                 TreeOrientation orientation) {
  float fontSize = fonts().body ? fonts().body->LegacySize : ImGui::GetFontSize();
  if (scene.builtFrom == &doc && scene.revision == revision &&
      scene.nodeCount == doc.whyNodes.size() && scene.docUpdated == doc.updated &&
      scene.collapseVersion == collapseVersion && scene.orientation == orientation &&
      scene.fontSize == fontSize)
    return false;
  if (scene.fontSize != fontSize) scene.measured.clear();
  bool contentRevisionChanged = scene.builtFrom != &doc || scene.revision != revision ||
                                scene.nodeCount != doc.whyNodes.size() || scene.docUpdated != doc.updated;
  scene.builtFrom = &doc;
  scene.revision = revision;
  scene.nodeCount = doc.whyNodes.size();
  scene.docUpdated = doc.updated;
  scene.collapseVersion = collapseVersion;
  scene.orientation = orientation;
  scene.fontSize = fontSize;

  const int n = static_cast<int>(doc.whyNodes.size());
  scene.nodes.assign(n, NodeInfo{});
  scene.indexOf.clear();
  scene.indexOf.reserve(n);
  for (int i = 0; i < n; ++i) scene.indexOf.emplace(doc.whyNodes[i].id, i);

  // Links and hints.
  for (const auto& action : doc.actions) {
    bool open = action.status == ActionStatus::NotStarted || action.status == ActionStatus::InProgress;
    for (const Id& id : action.whyNodeIds) {
      int i = scene.find(id);
      if (i < 0) continue;
      ++scene.nodes[i].actionCount;
      if (open) ++scene.nodes[i].openActionCount;
    }
  }
  for (std::size_t e = 0; e < doc.events.size(); ++e) {
    int i = doc.events[e].whyNodeId.empty() ? -1 : scene.find(doc.events[e].whyNodeId);
    if (i >= 0 && scene.nodes[i].eventIndex < 0) scene.nodes[i].eventIndex = static_cast<int>(e);
  }
  for (const auto& factor : doc.factors)
    for (const Id& id : factor.whyNodeIds) {
      int i = scene.find(id);
      if (i >= 0) ++scene.nodes[i].factorCount;
    }
  // Hints read every text (blame phrases): only when the document changed,
  // not when a subtree is collapsed or the orientation flips.
  bool contentChanged = contentRevisionChanged;
  if (contentChanged) computeWhyHints(doc, scene.hints);
  for (std::size_t h = 0; h < scene.hints.size(); ++h) {
    int i = scene.find(scene.hints[h].nodeId);
    if (i >= 0) scene.nodes[i].hintIndex = static_cast<int>(h);
  }

  // Sizes: text measured only when it changed.
  for (int i = 0; i < n; ++i) {
    const WhyNode& node = doc.whyNodes[i];
    NodeInfo& info = scene.nodes[i];
    auto& m = scene.measured[node.id];
    if (m.height == 0 || m.text != node.text) {
      m.text = node.text;
      m.height = measureText(node.text);
    }
    info.textHeight = m.height;
    info.hasFooter = node.rootCause || info.actionCount > 0 || info.eventIndex >= 0 || info.factorCount > 0;
    info.collapsed = collapsed.count(node.id) > 0;
  }
  auto boxHeight = [&](const NodeInfo& info) {
    return kPad + kHeaderHeight + kHeaderGap + info.textHeight +
           (info.hasFooter ? kFooterGap + kFooterHeight : 0.f) + kPad;
  };

  makeTreeLayoutInput(
      doc,
      [&](const WhyNode& node) {
        const NodeInfo& info = scene.nodes[&node - doc.whyNodes.data()];
        return ImVec2(kBoxWidth, boxHeight(info));
      },
      [&](const WhyNode& node) { return collapsed.count(node.id) > 0; }, scene.input);
  TreeLayoutParams params;
  params.orientation = orientation;
  params.siblingGap = orientation == TreeOrientation::TopDown ? 24.f : 16.f;
  params.subtreeGap = orientation == TreeOrientation::TopDown ? 40.f : 28.f;
  params.levelGap = orientation == TreeOrientation::TopDown ? 56.f : 72.f;
  scene.levelGap = params.levelGap;
  scene.layouter.layout(scene.input, params, scene.result);
  scene.bounds = {scene.result.minX, scene.result.minY, scene.result.maxX, scene.result.maxY};
  scene.visibleCount = scene.result.visibleCount;

  // Children in sibling order (all of them, hidden or not), descendant counts, root-cause paths.
  scene.parents.resize(n);
  for (int i = 0; i < n; ++i) scene.parents[i] = scene.input[i].parent;
  buildWhyTreeFamily(doc, scene.parents, scene.family);
  for (int i = 0; i < n; ++i) {
    NodeInfo& info = scene.nodes[i];
    info.parent = scene.family.parent[i];
    info.childCount = scene.family.childCount(i);
    info.descendantCount = scene.family.descendantCount[i];
    info.onRootCausePath = scene.family.onRootCausePath[i] != 0;
  }

  // Placement and rows.
  int levels = 0;
  for (int i = 0; i < n; ++i) {
    const TreeNodePlacement& p = scene.result.nodes[i];
    NodeInfo& info = scene.nodes[i];
    info.visible = p.visible;
    info.depth = p.depth;
    info.rect = {p.x, p.y, p.x + scene.input[i].width, p.y + scene.input[i].height};
    if (p.visible) levels = std::max(levels, p.depth + 1);
  }
  scene.rows.resize(levels);
  for (auto& row : scene.rows) row.clear();
  for (int i = 0; i < n; ++i)
    if (scene.nodes[i].visible) scene.rows[scene.nodes[i].depth].push_back(i);
  bool topDown = orientation == TreeOrientation::TopDown;
  scene.rowPos.assign(n, -1);
  for (auto& row : scene.rows) {
    std::sort(row.begin(), row.end(), [&](int a, int b) {
      return topDown ? scene.nodes[a].rect.minX < scene.nodes[b].rect.minX
                     : scene.nodes[a].rect.minY < scene.nodes[b].rect.minY;
    });
    for (std::size_t k = 0; k < row.size(); ++k) scene.rowPos[row[k]] = static_cast<int>(k);
  }
  return true;
}

}  // namespace hs::ui::why
