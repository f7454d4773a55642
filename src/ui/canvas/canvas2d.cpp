#include "ui/canvas/canvas2d.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace hs::ui {

void Canvas2D::setViewport(ImVec2 screenMin, ImVec2 screenSize, float pixelRatio) {
  origin_ = screenMin;
  size_ = ImVec2(std::max(screenSize.x, 1.0f), std::max(screenSize.y, 1.0f));
  pixelRatio_ = pixelRatio > 0 ? pixelRatio : 1.0f;
}

WorldRect Canvas2D::visibleWorld() const {
  ImVec2 a = toWorld(screenMin());
  ImVec2 b = toWorld(screenMax());
  return {a.x, a.y, b.x, b.y};
}

bool Canvas2D::isVisible(const WorldRect& r) const {
  WorldRect v = visibleWorld();
  return r.maxX >= v.minX && r.minX <= v.maxX && r.maxY >= v.minY && r.minY <= v.maxY;
}

void Canvas2D::setZoomLimits(float minZoom, float maxZoom) {
  minZoom_ = minZoom;
  maxZoom_ = std::max(minZoom, maxZoom);
  zoom_ = std::clamp(zoom_, minZoom_, maxZoom_);
}

void Canvas2D::zoomAt(ImVec2 anchor, float factor) {
  ImVec2 world = toWorld(anchor);
  zoom_ = std::clamp(zoom_ * factor, minZoom_, maxZoom_);
  // Keep `world` under the anchor.
  pan_.x = world.x - (anchor.x - origin_.x) / scale();
  pan_.y = world.y - (anchor.y - origin_.y) / scale();
}

void Canvas2D::zoomAroundCentre(float factor) {
  zoomAt(ImVec2(origin_.x + size_.x * 0.5f, origin_.y + size_.y * 0.5f), factor);
}

void Canvas2D::panByScreen(ImVec2 delta) {
  pan_.x -= delta.x / scale();
  pan_.y -= delta.y / scale();
}

void Canvas2D::fit(const WorldRect& b, float marginPx, float maxFitZoom) {
  float w = std::max(b.width(), 1.0f), h = std::max(b.height(), 1.0f);
  float availW = std::max(size_.x - 2 * marginPx, 10.0f);
  float availH = std::max(size_.y - 2 * marginPx, 10.0f);
  float z = std::min(availW / (w * pixelRatio_), availH / (h * pixelRatio_));
  z = std::min(z, maxFitZoom);
  // The fit must always be reachable, however large the diagram.
  if (z < minZoom_) minZoom_ = z;
  zoom_ = std::clamp(z, minZoom_, maxZoom_);
  centreOn(ImVec2((b.minX + b.maxX) * 0.5f, (b.minY + b.maxY) * 0.5f));
}

void Canvas2D::centreOn(ImVec2 world) {
  pan_.x = world.x - size_.x * 0.5f / scale();
  pan_.y = world.y - size_.y * 0.5f / scale();
}

void Canvas2D::ensureVisible(const WorldRect& r, float marginPx) {
  ImVec2 a = toScreen(ImVec2(r.minX, r.minY));
  ImVec2 b = toScreen(ImVec2(r.maxX, r.maxY));
  ImVec2 lo(origin_.x + marginPx, origin_.y + marginPx);
  ImVec2 hi(origin_.x + size_.x - marginPx, origin_.y + size_.y - marginPx);
  ImVec2 delta(0, 0);
  // Too big to fit: show its top-left part.
  if (b.x - a.x > hi.x - lo.x || a.x < lo.x) delta.x = lo.x - a.x;
  else if (b.x > hi.x) delta.x = hi.x - b.x;
  if (b.y - a.y > hi.y - lo.y || a.y < lo.y) delta.y = lo.y - a.y;
  else if (b.y > hi.y) delta.y = hi.y - b.y;
  panByScreen(delta);
}

bool Canvas2D::handleInput(bool panAllowed) {
  ImGuiIO& io = ImGui::GetIO();
  bool moved = false;
  if (ImGui::IsItemHovered()) {
    // The canvas owns the wheel: the enclosing window must not scroll.
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
    if (io.MouseWheel != 0.0f) {
      zoomAt(io.MousePos, std::pow(1.15f, io.MouseWheel));
      moved = true;
    }
  }
  bool leftPan = panAllowed && ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f);
  bool middlePan = ImGui::IsItemHovered() && ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f);
  if ((leftPan || middlePan) && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    panByScreen(io.MouseDelta);
    moved = true;
  }
  return moved;
}

int hitTestRects(const WorldRect* rects, int count, ImVec2 p) {
  for (int i = count - 1; i >= 0; --i) {
    const WorldRect& r = rects[i];
    if (p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY) return i;
  }
  return -1;
}

}  // namespace hs::ui
