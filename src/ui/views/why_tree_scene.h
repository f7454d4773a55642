// The 5-whys tree as the view draws it: layout, per-node facts (level, links,
// hints, hidden descendants) and rows for keyboard navigation. Rebuilt only
// when the document, the collapse set or the orientation changes; drawing a
// frame reads it without allocating.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analysis/why_hints.h"
#include "core/layout/tree_layout.h"
#include "core/layout/why_tree_family.h"
#include "core/model/postmortem.h"
#include "ui/canvas/canvas2d.h"

namespace hs::ui::why {

// Box geometry in world units (CSS pixels at 100 %).
constexpr float kBoxWidth = 248.f;
constexpr float kPad = 12.f;
constexpr float kStripe = 5.f;          // category colour along the left edge
constexpr float kHeaderHeight = 14.f;   // "WHY 2" + category tag
constexpr float kHeaderGap = 6.f;
constexpr float kFooterHeight = 20.f;   // badges: root cause, actions, links
constexpr float kFooterGap = 8.f;
constexpr int kMaxTextLines = 6;
constexpr float kTextWrap = kBoxWidth - 2 * kPad - kStripe;

struct NodeInfo {
  WorldRect rect;           // world; meaningful when visible
  int parent = -1;          // index, -1 for a root or an orphan
  int depth = -1;           // 0 = problem statement; -1 when hidden
  bool visible = false;
  bool collapsed = false;
  bool onRootCausePath = false;  // the node or one of its descendants is a root cause
  int childCount = 0;
  int descendantCount = 0;
  int actionCount = 0;
  int openActionCount = 0;  // not done / won't do
  int eventIndex = -1;      // first timeline event linked to the node
  int factorCount = 0;
  int hintIndex = -1;       // into Scene::hints
  float textHeight = 0;     // world units, capped at kMaxTextLines
  bool hasFooter = false;
};

struct Scene {
  std::vector<NodeInfo> nodes;            // doc.whyNodes order
  WhyTreeFamily family;                    // ordered children of node i: family.childList[childStart[i] ..)
  std::vector<std::vector<int>> rows;      // visible nodes per depth, sorted along the row
  std::vector<int> rowPos;                 // position of node i in rows[depth]
  std::unordered_map<std::string, int> indexOf;
  std::vector<WhyNodeHints> hints;
  WorldRect bounds;
  int visibleCount = 0;
  TreeOrientation orientation = TreeOrientation::TopDown;
  float levelGap = 56.f;

  // Fingerprint of what the scene was built from.
  const PostMortem* builtFrom = nullptr;
  std::uint64_t revision = ~0ull;
  std::size_t nodeCount = 0;
  TimeMs docUpdated = -1;
  int collapseVersion = -1;
  float fontSize = 0;

  int find(const Id& id) const {
    auto it = indexOf.find(id);
    return it == indexOf.end() ? -1 : it->second;
  }
  int firstChild(int i) const { return family.childCount(i) > 0 ? family.childList[family.childStart[i]] : -1; }

  // Internals kept between rebuilds so a rebuild of the same size reuses memory.
  TreeLayouter layouter;
  std::vector<TreeLayoutNode> input;
  std::vector<int> parents;
  TreeLayoutResult result;
  struct Measured {
    std::string text;
    float height = 0;
  };
  std::unordered_map<std::string, Measured> measured;  // by node id
};

// Rebuilds `scene` when `doc`, `revision`, the collapse set or the orientation changed.
// Returns true when it rebuilt.
bool updateScene(Scene& scene, const PostMortem& doc, std::uint64_t revision,
                 const std::unordered_set<Id>& collapsed, int collapseVersion,
                 TreeOrientation orientation);

}  // namespace hs::ui::why
