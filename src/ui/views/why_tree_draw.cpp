// Drawing of the 5-whys tree: links, boxes and their content at three levels of
// detail (full text, short label, colour only), folded into runs when boxes are
// narrower than a few pixels. Allocates nothing in steady state.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/why_tree_view.h"

namespace hs::ui::why {
namespace {

constexpr ImU32 kEdge = IM_COL32(173, 181, 189, 255);
constexpr ImU32 kEdgeRootCause = IM_COL32(224, 110, 110, 255);
constexpr ImU32 kBorder = IM_COL32(206, 212, 218, 255);
constexpr ImU32 kBorderHover = IM_COL32(134, 142, 150, 255);
constexpr ImU32 kFill = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kFillProblem = IM_COL32(236, 242, 254, 255);
constexpr ImU32 kFillRootCause = IM_COL32(255, 240, 240, 255);
constexpr ImU32 kFillDropOk = IM_COL32(232, 247, 236, 255);
constexpr ImU32 kFillDropRefused = IM_COL32(253, 232, 232, 255);
constexpr ImU32 kShadow = IM_COL32(33, 37, 41, 22);
constexpr ImU32 kFolded = IM_COL32(160, 172, 192, 255);

ImU32 withAlpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

ImU32 categoryColor(const std::optional<FactorCategory>& c) {
  if (!c) return 0;
  switch (*c) {
    case FactorCategory::Technical: return colors::kTechnical;
    case FactorCategory::Process: return colors::kProcess;
    case FactorCategory::Environmental: return colors::kEnvironmental;
  }
  return 0;
}

const char* categoryTag(const std::optional<FactorCategory>& c) { return c ? label(*c).data() : nullptr; }

ImFont* bodyFont() { return fonts().body ? fonts().body : ImGui::GetFont(); }
ImFont* boldFont() { return fonts().bold ? fonts().bold : ImGui::GetFont(); }

// A rounded label; returns its width.
float pill(ImDrawList* list, ImVec2 pos, float height, float fontSize, const char* text, ImU32 fill,
           ImU32 textColor) {
  ImFont* font = boldFont();
  ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0, text);
  float padX = height * 0.42f;
  ImVec2 max(pos.x + size.x + 2 * padX, pos.y + height);
  list->AddRectFilled(pos, max, fill, height * 0.5f);
  list->AddText(font, fontSize, ImVec2(pos.x + padX, pos.y + (height - size.y) * 0.5f), textColor, text);
  return max.x - pos.x;
}

struct Frame {
  ImDrawList* list;
  const Canvas2D& canvas;
  const Scene& scene;
  const DrawContext& ctx;
  float s;      // screen pixels per world unit
  float ratio;  // device pixel ratio
};

// p0 -> p1 -> p2 -> p3 with rounded corners; a straight line when aligned.
void elbow(ImDrawList* list, ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, bool topDown, float radius) {
  float across = topDown ? p2.x - p1.x : p2.y - p1.y;
  list->PathLineTo(p0);
  if (std::abs(across) < 0.5f) {
    list->PathLineTo(p3);
    return;
  }
  float along1 = topDown ? p1.y - p0.y : p1.x - p0.x;
  float r = std::min({radius, std::abs(across) * 0.5f, std::abs(along1)});
  float dir = across > 0 ? 1.f : -1.f;
  if (topDown) {
    list->PathLineTo(ImVec2(p1.x, p1.y - r));
    list->PathBezierQuadraticCurveTo(p1, ImVec2(p1.x + dir * r, p1.y), 6);
    list->PathLineTo(ImVec2(p2.x - dir * r, p2.y));
    list->PathBezierQuadraticCurveTo(p2, ImVec2(p2.x, p2.y + r), 6);
  } else {
    list->PathLineTo(ImVec2(p1.x - r, p1.y));
    list->PathBezierQuadraticCurveTo(p1, ImVec2(p1.x, p1.y + dir * r), 6);
    list->PathLineTo(ImVec2(p2.x, p2.y - dir * r));
    list->PathBezierQuadraticCurveTo(p2, ImVec2(p2.x + r, p2.y), 6);
  }
  list->PathLineTo(p3);
}

void drawLinks(const Frame& f) {
  const Scene& sc = f.scene;
  bool topDown = sc.orientation == TreeOrientation::TopDown;
  float thickness = std::max(1.0f, 1.6f * f.s);
  thickness = std::min(thickness, 2.5f * f.ratio);
  WorldRect view = f.canvas.visibleWorld();
  const int n = static_cast<int>(sc.nodes.size());
  for (int pass = 0; pass < 2; ++pass) {  // root-cause paths on top
    for (int p = 0; p < n; ++p) {
      const NodeInfo& parent = sc.nodes[p];
      if (!parent.visible || parent.collapsed || parent.childCount == 0) continue;
      if (pass == 1 && !parent.onRootCausePath) continue;
      int first = sc.family.childList[sc.family.childStart[p]];
      int last = sc.family.childList[sc.family.childStart[p + 1] - 1];
      const WorldRect& a = sc.nodes[first].rect;
      const WorldRect& b = sc.nodes[last].rect;
      WorldRect bus{std::min(parent.rect.minX, a.minX), std::min(parent.rect.minY, a.minY),
                    std::max(parent.rect.maxX, b.maxX), std::max(parent.rect.maxY, b.maxY)};
      if (bus.maxX < view.minX || bus.minX > view.maxX || bus.maxY < view.minY || bus.minY > view.maxY)
        continue;
      for (int k = sc.family.childStart[p]; k < sc.family.childStart[p + 1]; ++k) {
        const NodeInfo& child = sc.nodes[sc.family.childList[k]];
        if (!child.visible) continue;
        bool red = child.onRootCausePath;
        if ((pass == 1) != red) continue;
        ImVec2 p0, p1, p2, p3;
        if (topDown) {
          float px = (parent.rect.minX + parent.rect.maxX) * 0.5f;
          float cx = (child.rect.minX + child.rect.maxX) * 0.5f;
          float mid = parent.rect.maxY + sc.levelGap * 0.5f;
          p0 = f.canvas.toScreen(ImVec2(px, parent.rect.maxY));
          p1 = f.canvas.toScreen(ImVec2(px, mid));
          p2 = f.canvas.toScreen(ImVec2(cx, mid));
          p3 = f.canvas.toScreen(ImVec2(cx, child.rect.minY));
        } else {
          float py = (parent.rect.minY + parent.rect.maxY) * 0.5f;
          float cy = (child.rect.minY + child.rect.maxY) * 0.5f;
          float mid = parent.rect.maxX + sc.levelGap * 0.5f;
          p0 = f.canvas.toScreen(ImVec2(parent.rect.maxX, py));
          p1 = f.canvas.toScreen(ImVec2(mid, py));
          p2 = f.canvas.toScreen(ImVec2(mid, cy));
          p3 = f.canvas.toScreen(ImVec2(child.rect.minX, cy));
        }
        elbow(f.list, p0, p1, p2, p3, topDown, 8.0f * f.s);
        f.list->PathStroke(red ? kEdgeRootCause : kEdge, 0, red ? thickness * 1.3f : thickness);
      }
    }
  }
}

// Boxes narrower than a few pixels: one rectangle per run of neighbours on a row,
// then root causes on top so they still stand out.
void drawFolded(const Frame& f) {
  const Scene& sc = f.scene;
  bool topDown = sc.orientation == TreeOrientation::TopDown;
  float minSize = 1.5f * f.ratio;
  for (const auto& row : sc.rows) {
    bool open = false;
    ImVec2 runMin, runMax;
    for (int i : row) {
      const WorldRect& r = sc.nodes[i].rect;
      ImVec2 a = f.canvas.toScreen(ImVec2(r.minX, r.minY));
      ImVec2 b = f.canvas.toScreen(ImVec2(r.maxX, r.maxY));
      b.x = std::max(b.x, a.x + minSize);
      b.y = std::max(b.y, a.y + minSize);
      float gapStart = topDown ? a.x : a.y;
      float runEnd = topDown ? runMax.x : runMax.y;
      if (open && gapStart <= runEnd + minSize) {
        runMax.x = std::max(runMax.x, b.x);
        runMax.y = std::max(runMax.y, b.y);
        runMin.x = std::min(runMin.x, a.x);
        runMin.y = std::min(runMin.y, a.y);
        continue;
      }
      if (open) f.list->AddRectFilled(runMin, runMax, kFolded);
      runMin = a;
      runMax = b;
      open = true;
    }
    if (open) f.list->AddRectFilled(runMin, runMax, kFolded);
  }
  for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
    const NodeInfo& info = sc.nodes[i];
    if (!info.visible || !f.ctx.doc->whyNodes[i].rootCause) continue;
    ImVec2 a = f.canvas.toScreen(ImVec2(info.rect.minX, info.rect.minY));
    ImVec2 b = f.canvas.toScreen(ImVec2(info.rect.maxX, info.rect.maxY));
    float grow = 1.5f * f.ratio;
    f.list->AddRectFilled(ImVec2(a.x - grow, a.y - grow), ImVec2(b.x + grow, b.y + grow), colors::kDanger);
  }
}

void drawNode(const Frame& f, int i, std::vector<Hotspot>& hotspots, std::string& label) {
  const Scene& sc = f.scene;
  const NodeInfo& info = sc.nodes[i];
  const WhyNode& node = f.ctx.doc->whyNodes[i];
  ImDrawList* list = f.list;
  const float s = f.s;
  ImVec2 a = f.canvas.toScreen(ImVec2(info.rect.minX, info.rect.minY));
  ImVec2 b = f.canvas.toScreen(ImVec2(info.rect.maxX, info.rect.maxY));
  const float w = b.x - a.x;
  const float zoom = f.canvas.zoom();
  const bool isProblem = info.depth == 0;
  const bool selected = f.ctx.selected == i;
  const bool dragged = f.ctx.dragged == i;
  const bool dropTarget = f.ctx.dropTarget == i;
  const float rounding = std::min(8.0f * s, 10.0f * f.ratio);
  const int alpha = dragged ? 90 : 255;

  ImU32 fill = isProblem ? kFillProblem : node.rootCause ? kFillRootCause : kFill;
  ImU32 border = f.ctx.hovered == i ? kBorderHover : kBorder;
  float borderWidth = std::max(1.0f, 1.0f * f.ratio);
  if (node.rootCause) {
    border = colors::kDanger;
    borderWidth = std::max(1.5f, 2.0f * std::min(s, f.ratio));
  } else if (isProblem) {
    border = colors::kAccent;
    borderWidth = std::max(1.0f, 1.5f * std::min(s, f.ratio));
  }
  if (dropTarget) {
    fill = f.ctx.dropAllowed ? kFillDropOk : kFillDropRefused;
    border = f.ctx.dropAllowed ? colors::kSuccess : colors::kDanger;
    borderWidth = 2.5f * f.ratio;
  }

  if (w >= 40.0f) list->AddRectFilled(ImVec2(a.x, a.y + 2 * s), ImVec2(b.x, b.y + 3 * s), kShadow, rounding);
  list->AddRectFilled(a, b, withAlpha(fill, alpha), rounding);
  ImU32 category = categoryColor(node.category);
  if (category && w >= 12.0f) {
    list->AddRectFilled(a, ImVec2(a.x + kStripe * s, b.y), withAlpha(category, alpha), rounding,
                        ImDrawFlags_RoundCornersLeft);
  }
  list->AddRect(a, b, withAlpha(border, alpha), rounding, 0, borderWidth);
  if (selected) {
    float g = 3.5f * f.ratio;
    list->AddRect(ImVec2(a.x - g, a.y - g), ImVec2(b.x + g, b.y + g), colors::kAccent, rounding + g, 0,
                  2.0f * f.ratio);
  }

  if (w >= 16.0f) {
    label.assign("why: ");
    label += node.text;
    registerCustomItem(label, a, b);
  }

  const ImU32 textColor = withAlpha(colors::kText, alpha);
  const ImU32 muted = withAlpha(colors::kMutedText, alpha);
  char level[32];
  if (isProblem) std::snprintf(level, sizeof level, "PROBLEM STATEMENT");
  else std::snprintf(level, sizeof level, "WHY %d", info.depth);

  const float left = a.x + (kPad + (category ? kStripe : 0.f)) * s;
  if (zoom >= 0.6f) {
    // Full detail: level, category tag, wrapped text, badges.
    float small = 11.5f * s;
    float top = a.y + kPad * s;
    list->AddText(boldFont(), small, ImVec2(left, top + (kHeaderHeight * s - small) * 0.5f),
                  node.rootCause ? withAlpha(colors::kDanger, alpha) : muted, level);
    if (const char* tag = categoryTag(node.category)) {
      float tw = boldFont()->CalcTextSizeA(small * 0.95f, FLT_MAX, 0, tag).x + 2 * 0.42f * kHeaderHeight * s;
      pill(list, ImVec2(b.x - kPad * s - tw, top - 1 * s), (kHeaderHeight + 2) * s, small * 0.95f, tag,
           withAlpha(category, 30), withAlpha(category, alpha));
    }
    float textTop = top + (kHeaderHeight + kHeaderGap) * s;
    if (f.ctx.editing != i) {
      ImVec4 clip(a.x, textTop, b.x - kPad * s * 0.5f, textTop + info.textHeight * s + 1);
      const char* text = node.text.empty() ? "Why did this happen?" : node.text.c_str();
      list->AddText(bodyFont(), bodyFont()->LegacySize * zoom, ImVec2(left, textTop),
                    node.text.empty() ? muted : textColor, text, nullptr, kTextWrap * s, &clip);
    }
    if (info.hasFooter) {
      float y = textTop + (info.textHeight + kFooterGap) * s;
      float h = kFooterHeight * s;
      float x = left;
      float fs = 11.0f * s;
      float gap = 6 * s;
      char buf[48];
      if (node.rootCause)
        x += pill(list, ImVec2(x, y), h, fs, "ROOT CAUSE", withAlpha(colors::kDanger, alpha), IM_COL32_WHITE) + gap;
      if (info.actionCount > 0) {
        std::snprintf(buf, sizeof buf, "\xE2\x9C\x93 %d action%s", info.actionCount, info.actionCount == 1 ? "" : "s");
        x += pill(list, ImVec2(x, y), h, fs, buf, withAlpha(colors::kSuccess, 34), withAlpha(colors::kSuccess, alpha)) + gap;
      }
      if (info.eventIndex >= 0) {
        std::string t = formatTimeOfDay(f.ctx.doc->events[info.eventIndex].time);
        std::snprintf(buf, sizeof buf, "Event %s", t.c_str());
        x += pill(list, ImVec2(x, y), h, fs, buf, IM_COL32(233, 236, 239, alpha), muted) + gap;
      }
      if (info.factorCount > 0) {
        std::snprintf(buf, sizeof buf, "%d factor%s", info.factorCount, info.factorCount == 1 ? "" : "s");
        pill(list, ImVec2(x, y), h, fs, buf, IM_COL32(233, 236, 239, alpha), muted);
      }
    }
  } else if (zoom >= 0.25f && w >= 40.0f) {
    // Short label: level and the first words, in a size still legible.
    float size = std::max(bodyFont()->LegacySize * zoom * 1.35f, 11.0f * f.ratio);
    float pad = std::max(kPad * s * 0.6f, 3.0f * f.ratio);
    ImVec4 clip(a.x + 2, a.y + 2, b.x - 2, b.y - 2);
    char shortLevel[16];
    if (isProblem) std::snprintf(shortLevel, sizeof shortLevel, "Problem");
    else std::snprintf(shortLevel, sizeof shortLevel, "Why %d", info.depth);
    float levelSize = size * 0.8f;
    list->AddText(boldFont(), levelSize, ImVec2(left - kPad * s + pad, a.y + pad),
                  node.rootCause ? colors::kDanger : muted, shortLevel, nullptr, 0, &clip);
    float textTop = a.y + pad + levelSize * 1.15f;
    int lines = static_cast<int>((b.y - pad * 0.5f - textTop) / size);
    if (f.ctx.editing != i && !node.text.empty() && lines > 0) {
      ImVec4 lineClip(clip.x, clip.y, clip.z, textTop + lines * size);
      list->AddText(boldFont(), size, ImVec2(left - kPad * s + pad, textTop), textColor, node.text.c_str(),
                    nullptr, b.x - (left - kPad * s + pad) - pad, &lineClip);
    }
  } else if (w >= 22.0f) {
    // Colour only, with the level number.
    char num[8];
    std::snprintf(num, sizeof num, "%d", info.depth);
    float size = std::min(11.0f * f.ratio, (b.y - a.y) * 0.8f);
    ImVec2 ts = boldFont()->CalcTextSizeA(size, FLT_MAX, 0, num);
    list->AddText(boldFont(), size, ImVec2((a.x + b.x - ts.x) * 0.5f, (a.y + b.y - ts.y) * 0.5f),
                  node.rootCause ? colors::kDanger : muted, num);
  }

  // Collapse toggle and hidden-count badge.
  if (info.childCount > 0 && zoom >= 0.3f) {
    bool topDown = sc.orientation == TreeOrientation::TopDown;
    float r = 8.5f * f.ratio;
    ImVec2 c = topDown ? ImVec2((a.x + b.x) * 0.5f, b.y) : ImVec2(b.x, (a.y + b.y) * 0.5f);
    if (info.collapsed) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "+%d", info.descendantCount);
      float fs = 11.0f * f.ratio;
      ImVec2 ts = boldFont()->CalcTextSizeA(fs, FLT_MAX, 0, buf);
      float hw = std::max(r, ts.x * 0.5f + 6 * f.ratio);
      ImVec2 mn(c.x - hw, c.y - r), mx(c.x + hw, c.y + r);
      list->AddRectFilled(mn, mx, colors::kAccent, r);
      list->AddText(boldFont(), fs, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, buf);
      hotspots.push_back({Hotspot::Kind::Toggle, i, {mn.x, mn.y, mx.x, mx.y}});
    } else if (selected || f.ctx.hovered == i) {
      list->AddCircleFilled(c, r, IM_COL32_WHITE, 16);
      list->AddCircle(c, r, kBorderHover, 16, 1.0f * f.ratio);
      list->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.45f, c.y), colors::kMutedText, 1.5f * f.ratio);
      hotspots.push_back({Hotspot::Kind::Toggle, i, {c.x - r, c.y - r, c.x + r, c.y + r}});
    }
  }
  // Gentle hint marker on the top-right corner.
  if (info.hintIndex >= 0 && zoom >= 0.25f) {
    float r = 8.5f * f.ratio;
    ImVec2 c(b.x - 2 * f.ratio, a.y + 2 * f.ratio);
    list->AddCircleFilled(c, r, withAlpha(colors::kWarning, alpha), 16);
    list->AddCircle(c, r, IM_COL32_WHITE, 16, 1.5f * f.ratio);
    float fs = 12.0f * f.ratio;
    ImVec2 ts = boldFont()->CalcTextSizeA(fs, FLT_MAX, 0, "!");
    list->AddText(boldFont(), fs, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, "!");
    hotspots.push_back({Hotspot::Kind::Hint, i, {c.x - r, c.y - r, c.x + r, c.y + r}});
  }
}

}  // namespace

void drawScene(ImDrawList* list, const Canvas2D& canvas, const Scene& scene, const DrawContext& ctx,
               std::vector<Hotspot>& hotspots, std::string& label) {
  hotspots.clear();
  float ratio = uiScale() > 0 ? uiScale() : 1.0f;
  Frame f{list, canvas, scene, ctx, canvas.scale(), ratio};
  if (kBoxWidth * f.s < 4.0f) {
    drawFolded(f);
    return;
  }
  if (scene.levelGap * f.s >= 4.0f) drawLinks(f);
  WorldRect view = canvas.visibleWorld();
  const int n = static_cast<int>(scene.nodes.size());
  for (int i = 0; i < n; ++i) {
    const NodeInfo& info = scene.nodes[i];
    if (!info.visible || i == ctx.selected) continue;
    const WorldRect& r = info.rect;
    // A little margin so the hint badge and toggle on the edge are not cut off.
    if (r.maxX + 20 < view.minX || r.minX - 20 > view.maxX || r.maxY + 20 < view.minY || r.minY - 20 > view.maxY)
      continue;
    drawNode(f, i, hotspots, label);
  }
  if (ctx.selected >= 0 && ctx.selected < n && scene.nodes[ctx.selected].visible)
    drawNode(f, ctx.selected, hotspots, label);  // on top, with its outline
}

}  // namespace hs::ui::why
