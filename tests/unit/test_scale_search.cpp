#include <doctest/doctest.h>

#include "core/library/postmortem_summary.h"
#include "core/library/search_index.h"
#include "core/library/search_text.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {

WhyNode why(const char* id, const char* text) {
  WhyNode n;
  n.id = id;
  n.text = text;
  return n;
}

SearchIndex sampleIndex() {
  PostMortem a = postMortem("pm-a", "Checkout 502s", at("2026-01-05T00:00:00Z"));
  a.whyNodes = {why("w1", "Because the Łódź replica lagged")};
  a.events = {event("e1", a.incidentDate, EventKind::Alert)};
  a.events[0].text = "Paged Дмитрий";
  PostMortem b = postMortem("pm-b", "Disk full on DB", at("2026-01-06T00:00:00Z"));
  b.tags = {"storage"};
  b.actions = {action("b1", "Add disk alert", ActionStatus::NotStarted, std::nullopt, "Ana")};
  PostMortem c = postMortem("pm-c", "東京都庁 outage", at("2026-01-07T00:00:00Z"));
  c.sections.summary = "The STRASSE gateway closed";
  SearchIndex index;
  for (const PostMortem* pm : {&a, &b, &c}) index.set(pm->id, summarize(*pm).searchText);
  return index;
}

}  // namespace

TEST_CASE("scale: search text lists every text field with where it comes from") {
  PostMortem pm = postMortem("pm", "Title", 0);
  pm.sections.rootCause = "two\nlines";
  pm.whyNodes = {why("w", "Why\tnot")};
  pm.authors = {"Zoë"};
  pm.services = {"api"};
  CHECK(searchTextOf(pm) == "title\tTitle\nroot cause\ttwo lines\nwhy\tWhy not\nauthor\tZoë\nservice\tapi\n");
}

TEST_CASE("scale: search finds folded words anywhere in a post-mortem, with where and a snippet") {
  SearchIndex index = sampleIndex();
  CHECK(index.size() == 3);

  std::vector<SearchHit> hits = index.search("łÓDŹ");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].id == "pm-a");
  CHECK(hits[0].where == "why");
  CHECK(hits[0].snippet == "Because the Łódź replica lagged");
  CHECK(hits[0].matchStart == 12);   // "Because the " is 12 bytes
  CHECK(hits[0].matchLength == 7);   // Ł ó ź are 2 bytes each, d 1
  CHECK(hits[0].snippet.substr(12, 7) == "Łódź");

  hits = index.search("disk");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where == "title");
  CHECK(hits[0].snippet == "Disk full on DB");
  CHECK(hits[0].matchStart == 0);
  CHECK(hits[0].matchLength == 4);

  CHECK(index.matchingIds("disk ana") == std::vector<Id>{"pm-b"});     // title + action owner
  CHECK(index.matchingIds("disk дмитрий").empty());                     // in two different post-mortems
  CHECK(index.matchingIds("ДМИТРИЙ") == std::vector<Id>{"pm-a"});
  CHECK(index.search("ДМИТРИЙ")[0].where == "event");
  CHECK(index.matchingIds("東京") == std::vector<Id>{"pm-c"});          // inside a word without spaces
  hits = index.search("straße");                                        // folds to "strasse"
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].where == "summary");
  CHECK(hits[0].snippet.substr(hits[0].matchStart, hits[0].matchLength) == "STRASSE");
  CHECK(index.matchingIds("STOR") == std::vector<Id>{"pm-b"});          // a tag, by its start
  CHECK(index.matchingIds("a") == std::vector<Id>{"pm-a", "pm-b", "pm-c"});
  CHECK(index.matchingIds("   ").empty());
  CHECK(index.matchingIds("zzz").empty());
}

TEST_CASE("scale: one post-mortem is replaced or removed without rebuilding the index") {
  SearchIndex index = sampleIndex();
  PostMortem b = postMortem("pm-b", "Network partition", at("2026-01-06T00:00:00Z"));
  index.set(b.id, summarize(b).searchText);
  CHECK(index.size() == 3);
  CHECK(index.matchingIds("disk").empty());
  CHECK(index.matchingIds("partition") == std::vector<Id>{"pm-b"});
  index.remove("pm-a");
  CHECK(index.size() == 2);
  CHECK(index.matchingIds("łódź").empty());
  CHECK(index.matchingIds("a") == std::vector<Id>{"pm-c", "pm-b"});  // order of (re)adding
}

TEST_CASE("scale: a snippet of a long text is cut around the match on character boundaries") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "ééé ";  // 30 x 7 bytes = 210 bytes
  text += "needle";
  for (int i = 0; i < 30; ++i) text += " ààà";
  PostMortem pm = postMortem("pm", "t", 0);
  pm.whyNodes = {why("w", text.c_str())};
  SearchIndex index;
  index.set(pm.id, summarize(pm).searchText);
  SearchHit hit = index.snippetFor("pm", "NEEDLE");
  CHECK(hit.where == "why");
  // The match is bytes 210..216. 40 bytes before it is byte 170 = 24 * 7 + 2, the start of the
  // second é of a group: the cut starts there. 80 bytes after it is byte 296 = 216 + 11 * 7 + 3,
  // the start of the second à of a group: the cut ends there. 126 bytes in all.
  CHECK(hit.snippet.rfind("\u2026", 0) == 0);
  CHECK(hit.snippet.substr(hit.matchStart, hit.matchLength) == "needle");
  const std::string cut = hit.snippet.substr(3, hit.snippet.size() - 6);
  CHECK(text.find(cut) == 170);
  CHECK(cut.size() == 126);
  CHECK(hit.snippet.substr(hit.snippet.size() - 3) == "\u2026");
}
