#include <doctest/doctest.h>

#include "core/edit/commands.h"
#include "core/edit/history.h"
#include "core/library/library_summaries.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

TEST_CASE("scale: a summary keeps what lists, hub and metrics read, without the long texts") {
  PostMortem pm = sampleLibrary()[2];  // pm-c: three actions, events, one factor
  pm.actions[0].notes = "a long note";
  pm.actions[0].link = "https://example.com/1";
  pm.authors = {"Ana"};
  PostMortemSummary s = summarize(pm);
  CHECK(s.id == "pm-c");
  CHECK(s.title == "DB disk full again");
  CHECK(s.services == std::vector<std::string>{"DB"});
  REQUIRE(s.actions.size() == 3);
  CHECK(s.actions[0].title == "Add disk alert");
  CHECK(s.actions[0].owner == "ana");
  CHECK(s.actions[0].notes.empty());
  CHECK(s.actions[0].link.empty());
  CHECK(s.actions[0].due == pm.actions[0].due);
  CHECK(*s.timeToDetect == 40 * kMinute);
  CHECK(*s.timeToResolve == 240 * kMinute);
  CHECK(s.factorsByCategory == std::array<int, 3>{1, 0, 0});
  CHECK(s.searchText.find("action notes\ta long note\n") != std::string::npos);
  CHECK(s.searchText.find("author\tAna\n") != std::string::npos);
}

TEST_CASE("scale: library summaries re-summarize only the post-mortem that changed") {
  std::vector<PostMortem> lib = sampleLibrary();
  LibrarySummaries cache;
  CHECK(cache.sync(lib) == 5);
  const std::uint64_t g = cache.generation();
  CHECK(cache.sync(lib) == 0);
  CHECK(cache.generation() == g);

  // One edit through the history stamps `updated`: that post-mortem alone is redone.
  History history;
  history.apply(lib[1],
                setDocValue<std::string>("Title", "title", [](PostMortem& d) -> std::string& { return d.title; },
                                         "Checkout latency (p99)", lib[1]),
                at("2026-03-10T12:00:00Z"));
  CHECK(cache.sync(lib) == 1);
  CHECK(cache.generation() == g + 1);
  CHECK(cache.summaries()[1].title == "Checkout latency (p99)");
  CHECK(cache.search().matchingIds("p99") == std::vector<Id>{"pm-b"});
  CHECK(cache.summaries()[1].searchText.empty());  // kept once, in the index

  // A removed post-mortem leaves the summaries and the index.
  lib.erase(lib.begin());
  CHECK(cache.sync(lib) == 0);
  CHECK(cache.summaries().size() == 4);
  CHECK(cache.summaries()[0].id == "pm-b");
  CHECK(cache.search().matchingIds("disk") == std::vector<Id>{"pm-c", "pm-d"});
  CHECK(cache.generation() == g + 2);
}
