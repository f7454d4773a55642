#include "core/library/view_route.h"

namespace hs {
namespace {

bool isKnownTab(std::string_view tab) {
  for (std::string_view known : kRouteTabs)
    if (tab == known) return true;
  return false;
}

// Ids are "pm-" plus hex digits in our files; any id a file may carry is allowed,
// as long as it stays one path segment of URL-safe characters.
bool isRouteId(std::string_view id) {
  if (id.empty() || id.size() > 200) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string_view nextSegment(std::string_view& rest) {
  std::size_t slash = rest.find('/');
  std::string_view segment = rest.substr(0, slash);
  rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  return segment;
}

}  // namespace

std::string formatRoute(const ViewRoute& route) {
  switch (route.view) {
    case RouteView::Library: return "#/";
    case RouteView::ActionsHub: return "#/hub";
    case RouteView::Dashboard: return "#/dashboard";
    case RouteView::Meeting: return "#/meeting/" + route.documentId;
    case RouteView::Document:
      return "#/pm/" + route.documentId + (route.tab.empty() ? std::string() : "/" + route.tab);
  }
  return "#/";
}

std::optional<ViewRoute> parseRoute(std::string_view fragment) {
  if (fragment.rfind("#/", 0) != 0) return std::nullopt;
  std::string_view rest = fragment.substr(2);
  std::string_view view = nextSegment(rest);
  ViewRoute route;
  if (view.empty() && rest.empty()) return route;  // "#/"
  if (view == "hub" && rest.empty()) return ViewRoute{RouteView::ActionsHub, {}, {}};
  if (view == "dashboard" && rest.empty()) return ViewRoute{RouteView::Dashboard, {}, {}};
  if (view != "pm" && view != "meeting") return std::nullopt;
  std::string_view id = nextSegment(rest);
  if (!isRouteId(id)) return std::nullopt;
  route.documentId = std::string(id);
  if (view == "meeting") {
    if (!rest.empty()) return std::nullopt;
    route.view = RouteView::Meeting;
    return route;
  }
  route.view = RouteView::Document;
  std::string_view tab = nextSegment(rest);
  if (!rest.empty() || (!tab.empty() && !isKnownTab(tab))) return std::nullopt;
  route.tab = tab.empty() ? "overview" : std::string(tab);
  return route;
}

}  // namespace hs
