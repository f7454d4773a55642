#include "ui/view_routing.h"

#include <array>
#include <string>

namespace hs::ui {
namespace {

// The editor's tabs in the order of kRouteTabs (core/library/view_route.h).
constexpr std::array<DocTab, kRouteTabs.size()> kTabs = {DocTab::Overview, DocTab::Timeline, DocTab::WhyTree,
                                                         DocTab::Factors, DocTab::Actions};

std::string_view tabName(DocTab tab) {
  for (std::size_t i = 0; i < kTabs.size(); ++i)
    if (kTabs[i] == tab) return kRouteTabs[i];
  return kRouteTabs[0];
}

DocTab tabNamed(std::string_view name) {
  for (std::size_t i = 0; i < kTabs.size(); ++i)
    if (name == kRouteTabs[i]) return kTabs[i];
  return DocTab::Overview;
}

RouteView viewOf(Screen screen) {
  switch (screen) {
    case Screen::Library: return RouteView::Library;
    case Screen::Document: return RouteView::Document;
    case Screen::ActionsHub: return RouteView::ActionsHub;
    case Screen::Dashboard: return RouteView::Dashboard;
    case Screen::Meeting: return RouteView::Meeting;
  }
  return RouteView::Library;
}

// Compares without building a route, so a frame where nothing changed allocates nothing.
bool shows(AppState& state, const ViewRoute& route) {
  if (viewOf(state.screen) != route.view) return false;
  if (route.view != RouteView::Document && route.view != RouteView::Meeting) return true;
  const PostMortem* doc = state.openDocument();
  if (!doc || doc->id != route.documentId) return false;
  return route.view == RouteView::Meeting || route.tab == tabName(state.tab());
}

}  // namespace

ViewRoute routeOf(AppState& state) {
  ViewRoute route;
  route.view = viewOf(state.screen);
  const PostMortem* doc = state.openDocument();
  if (route.view == RouteView::Document || route.view == RouteView::Meeting) {
    if (!doc) return ViewRoute{};
    route.documentId = doc->id;
    if (route.view == RouteView::Document) route.tab = std::string(tabName(state.tab()));
  }
  return route;
}

bool applyRoute(AppState& state, const ViewRoute& route) {
  switch (route.view) {
    case RouteView::Library: state.closeDocument(); return true;
    case RouteView::ActionsHub: state.screen = Screen::ActionsHub; return true;
    case RouteView::Dashboard: state.screen = Screen::Dashboard; return true;
    case RouteView::Document:
    case RouteView::Meeting: break;
  }
  if (!state.findDocument(route.documentId)) {
    state.closeDocument();
    state.banners.push_back({Banner::Kind::Warning,
                             "The link points to a post-mortem that is not in this browser (" + route.documentId +
                                 "). If a teammate sent you its file, open it with \"Open file\xE2\x80\xA6\" or drop "
                                 "it onto this page.",
                             false});
    return false;
  }
  state.open(route.documentId, tabNamed(route.tab));
  if (route.view == RouteView::Meeting) state.screen = Screen::Meeting;
  return true;
}

void ViewRouting::update(AppState& state) {
  platform::Platform& platform = state.platform();
  if (!platform.isWeb() || state.libraryLoading) return;
  if (!started_ || platform.takeLocationChange()) {
    // A reload, Back, Forward or an edited URL: show where it points. A fragment that is
    // not a route (a share link) is left for whoever reads it.
    const std::string fragment = platform.location();
    std::optional<ViewRoute> wanted = parseRoute(fragment);
    if (wanted) applyRoute(state, *wanted);
    started_ = true;
    shown_ = routeOf(state);
    if (wanted || fragment.empty()) platform.setLocation(formatRoute(shown_), false);
    return;
  }
  if (shows(state, shown_)) return;
  shown_ = routeOf(state);
  platform.setLocation(formatRoute(shown_), true);
}

}  // namespace hs::ui
