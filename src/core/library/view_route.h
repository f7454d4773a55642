// Where the user is, as the URL fragment the browser keeps in its history:
// "#/" the library, "#/pm/<id>/<tab>" a post-mortem on one of its tabs,
// "#/hub", "#/dashboard", "#/meeting/<id>". Back, Forward and reload return
// there. Fragments of another shape ("#share=…") are not routes.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hs {

enum class RouteView { Library, Document, ActionsHub, Dashboard, Meeting };

// A post-mortem's tabs in the URL, in the order the editor shows them.
inline constexpr std::array<std::string_view, 5> kRouteTabs = {"overview", "timeline", "whys", "factors", "actions"};

struct ViewRoute {
  RouteView view = RouteView::Library;
  std::string documentId;  // Document and Meeting only
  std::string tab;         // Document only: "overview", "timeline", "whys", "factors", "actions"

  bool operator==(const ViewRoute& other) const {
    return view == other.view && documentId == other.documentId && tab == other.tab;
  }
  bool operator!=(const ViewRoute& other) const { return !(*this == other); }
};

std::string formatRoute(const ViewRoute& route);
// nullopt for fragments that are not routes (empty, "#share=…", unknown views, bad ids).
std::optional<ViewRoute> parseRoute(std::string_view fragment);

}  // namespace hs
