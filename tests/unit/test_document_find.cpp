#include <doctest/doctest.h>

#include "core/library/document_find.h"
#include "core/text/folded_find.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {

PostMortem sample() {
  PostMortem pm = postMortem("pm", "Replica lag in Łódź", at("2026-01-05T00:00:00Z"));
  pm.sections.summary = "The ŁÓDŹ replica fell behind.\nReaders saw stale carts.";
  pm.services = {"carts"};
  pm.events = {event("e1", pm.incidentDate, EventKind::Alert)};
  pm.events[0].text = "Paged Дмитрий about the replica";
  WhyNode w;
  w.id = "w1";
  w.text = "Why did the replica lag?";
  w.notes = "Disk queue at 100% (evidence: dashboard)";
  pm.whyNodes = {w};
  pm.actions = {action("a1", "Alert on replica lag", ActionStatus::NotStarted, std::nullopt, "ДМИТРИЙ")};
  return pm;
}

}  // namespace

TEST_CASE("find in a post-mortem: every field in reading order, with tab, element and snippet") {
  std::vector<FindHit> hits = findInDocument(sample(), "replica");
  REQUIRE(hits.size() == 5);
  CHECK(hits[0].place == FindPlace::Overview);
  CHECK(hits[0].field == "title");
  CHECK(hits[0].snippet == "Replica lag in Łódź");
  CHECK(hits[0].matchStart == 0);
  CHECK(hits[0].matchLength == 7);
  CHECK(hits[1].field == "summary");
  CHECK(hits[1].snippet.substr(hits[1].matchStart, hits[1].matchLength) == "replica");
  CHECK(hits[2].place == FindPlace::Timeline);
  CHECK(hits[2].elementId == "e1");
  CHECK(hits[3].place == FindPlace::WhyTree);
  CHECK(hits[3].elementId == "w1");
  CHECK(hits[3].field == "why");
  CHECK(hits[4].place == FindPlace::Actions);
  CHECK(hits[4].elementId == "a1");
  CHECK(hits[4].field == "action");
}

TEST_CASE("find in a post-mortem: case folds beyond ASCII and quotes the text as written") {
  std::vector<FindHit> hits = findInDocument(sample(), "łódź");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].snippet.substr(hits[0].matchStart, hits[0].matchLength) == "Łódź");
  // A line break in the text becomes a space in the snippet.
  CHECK(hits[1].snippet == "The ŁÓDŹ replica fell behind. Readers saw stale carts.");
  CHECK(hits[1].snippet.substr(hits[1].matchStart, hits[1].matchLength) == "ŁÓDŹ");

  std::vector<FindHit> people = findInDocument(sample(), "дмитрий");
  REQUIRE(people.size() == 2);
  CHECK(people[0].place == FindPlace::Timeline);
  CHECK(people[1].field == "action owner");
}

TEST_CASE("find in a post-mortem: notes, services, every occurrence, blank query, limit") {
  CHECK(findInDocument(sample(), "evidence").at(0).field == "why notes");
  CHECK(findInDocument(sample(), "carts").size() == 2);  // summary, then the service
  CHECK(findInDocument(sample(), "carts")[1].field == "service");
  CHECK(findInDocument(sample(), "   ").empty());
  CHECK(findInDocument(sample(), "no such words").empty());
  CHECK(findInDocument(sample(), "replica", 2).size() == 2);

  PostMortem twice = sample();
  twice.title = "lag, lag and LAG";
  std::vector<FindHit> hits = findInDocument(twice, "lag");
  REQUIRE(hits.size() >= 3);
  CHECK(hits[0].matchStart == 0);
  CHECK(hits[1].matchStart == 5);
  CHECK(hits[2].matchStart == 13);
}

TEST_CASE("folded find: spans of the original bytes, long texts cut at code points") {
  std::vector<TextSpan> spans = findFolded("straße STRASSE", "strasse");
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == 7);  // "straße" is 7 bytes
  CHECK(spans[1].begin == 8);
  CHECK(spans[1].end == 15);

  std::string text = std::string(60, 'x') + "ŁÓDŹ" + std::string(100, 'y');
  std::size_t start = 0;
  std::string snippet = snippetAround(text, findFolded(text, "łódź").at(0), &start, 10, 5);
  CHECK(snippet == "\xE2\x80\xA6" + std::string(10, 'x') + "ŁÓDŹ" + "yyyyy" + "\xE2\x80\xA6");
  CHECK(snippet.substr(start, 7) == "ŁÓDŹ");  // 7 bytes
}
