// A pannable, zoomable 2-D canvas: the view transform between world units
// (layout coordinates, CSS pixels at 100 %) and screen pixels, plus the usual
// canvas input (drag the background to pan, wheel to zoom around the cursor).
// Reusable by any view that draws a diagram with an ImDrawList.
#pragma once

#include <imgui.h>

namespace hs::ui {

struct WorldRect {
  float minX = 0, minY = 0, maxX = 0, maxY = 0;
  float width() const { return maxX - minX; }
  float height() const { return maxY - minY; }
};

class Canvas2D {
 public:
  // Where the canvas sits on screen this frame and how many screen pixels a
  // world unit at 100 % covers (the device pixel ratio). Call every frame first.
  void setViewport(ImVec2 screenMin, ImVec2 screenSize, float pixelRatio);

  ImVec2 toScreen(ImVec2 world) const {
    return ImVec2(origin_.x + (world.x - pan_.x) * scale(), origin_.y + (world.y - pan_.y) * scale());
  }
  ImVec2 toWorld(ImVec2 screen) const {
    return ImVec2(pan_.x + (screen.x - origin_.x) / scale(), pan_.y + (screen.y - origin_.y) / scale());
  }
  float scale() const { return zoom_ * pixelRatio_; }  // screen pixels per world unit
  float zoom() const { return zoom_; }                 // 1 = 100 %
  ImVec2 screenMin() const { return origin_; }
  ImVec2 screenMax() const { return ImVec2(origin_.x + size_.x, origin_.y + size_.y); }
  ImVec2 screenSize() const { return size_; }
  WorldRect visibleWorld() const;
  bool isVisible(const WorldRect& world) const;  // intersects the viewport (culling)

  void setZoomLimits(float minZoom, float maxZoom);
  float minZoom() const { return minZoom_; }
  float maxZoom() const { return maxZoom_; }
  // Multiplies the zoom by `factor`, keeping the world point under `screenAnchor` fixed.
  void zoomAt(ImVec2 screenAnchor, float factor);
  void zoomAroundCentre(float factor);
  void panByScreen(ImVec2 delta);  // moves the content by `delta` screen pixels
  // Shows all of `bounds` with `marginPx` screen pixels around, zoom at most `maxFitZoom`.
  void fit(const WorldRect& bounds, float marginPx, float maxFitZoom);
  // Pans the least needed for `rect` to be inside the viewport with `marginPx` around.
  void ensureVisible(const WorldRect& rect, float marginPx);
  void centreOn(ImVec2 world);

  // Standard canvas input for the item just submitted (an InvisibleButton covering
  // the viewport): wheel zooms at the cursor while hovered (and takes the wheel
  // from the parent window), dragging pans when `panAllowed` (background drag)
  // or with the middle button. Returns true when the view moved.
  bool handleInput(bool panAllowed);

 private:
  ImVec2 origin_{0, 0}, size_{0, 0};
  ImVec2 pan_{0, 0};  // world point at the viewport's top-left corner
  float zoom_ = 1.0f;
  float pixelRatio_ = 1.0f;
  float minZoom_ = 0.05f, maxZoom_ = 3.0f;
};

// Index of the last rectangle (drawn on top) containing `point`, or -1. Rects are
// in whatever space `point` is in.
int hitTestRects(const WorldRect* rects, int count, ImVec2 point);

}  // namespace hs::ui
