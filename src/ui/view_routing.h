// Keeps the page's URL fragment and the screen in step (core/library/view_route.h):
// each view change is a history entry, Back/Forward/reload land where the user was,
// and a link to a post-mortem this browser does not hold says so. Desktop: no URL.
#pragma once

#include "core/library/view_route.h"
#include "ui/app_state.h"

namespace hs::ui {

class ViewRouting {
 public:
  void update(AppState& state);  // once per frame, after drawing

 private:
  bool started_ = false;
  ViewRoute shown_;  // the route the URL holds
};

// The route of what the screen shows now.
ViewRoute routeOf(AppState& state);
// Shows `route`; false (and a banner) when it names a post-mortem not in the library.
bool applyRoute(AppState& state, const ViewRoute& route);

}  // namespace hs::ui
