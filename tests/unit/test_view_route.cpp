#include <doctest/doctest.h>

#include "core/library/view_route.h"

using hs::parseRoute;
using hs::RouteView;
using hs::ViewRoute;

TEST_CASE("route: every view formats to a fragment and parses back to itself") {
  const ViewRoute routes[] = {
      {RouteView::Library, "", ""},
      {RouteView::ActionsHub, "", ""},
      {RouteView::Dashboard, "", ""},
      {RouteView::Document, "pm-0123456789abcdef", "timeline"},
      {RouteView::Document, "pm-0123456789abcdef", "whys"},
      {RouteView::Meeting, "pm-0123456789abcdef", ""},
  };
  const char* fragments[] = {"#/", "#/hub", "#/dashboard", "#/pm/pm-0123456789abcdef/timeline",
                             "#/pm/pm-0123456789abcdef/whys", "#/meeting/pm-0123456789abcdef"};
  for (std::size_t i = 0; i < 6; ++i) {
    CAPTURE(fragments[i]);
    CHECK(hs::formatRoute(routes[i]) == fragments[i]);
    auto parsed = parseRoute(fragments[i]);
    REQUIRE(parsed.has_value());
    CHECK(*parsed == routes[i]);
  }
}

TEST_CASE("route: a post-mortem without a tab opens on its overview") {
  auto route = parseRoute("#/pm/pm-42");
  REQUIRE(route.has_value());
  CHECK(route->view == RouteView::Document);
  CHECK(route->documentId == "pm-42");
  CHECK(route->tab == "overview");
}

TEST_CASE("route: fragments that are not routes are left alone") {
  for (const char* fragment : {"", "#", "#share=eJzLSM3JyQcABiwCFQ", "#/pm/", "#/pm/a b", "#/pm/pm-1/nope",
                               "#/pm/pm-1/timeline/extra", "#/meeting/", "#/meeting/pm-1/x", "#/hub/x", "#/unknown",
                               "#/pm/%2e%2e", "/pm/pm-1"}) {
    CAPTURE(fragment);
    CHECK_FALSE(parseRoute(fragment).has_value());
  }
}
