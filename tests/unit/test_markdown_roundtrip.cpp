// Hindsight's Markdown export read back by the Markdown importer gives the same
// content (ids and edit stamps aside), and the export carries what the issue
// found missing: action notes, kind and progress, the derived times, the start
// time, single line breaks and 4-space why nesting.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/markdown_export.h"
#include "core/io/markdown_import.h"
#include "core/model/time_format.h"
#include "io_test_support.h"

using namespace hs;

namespace {
MarkdownImport roundTrip(const PostMortem& d) {
  MarkdownImportOptions o;
  o.now = *parseRfc3339("2026-03-01T00:00:00Z");
  return importMarkdown(toMarkdown(d), o);
}

// Why tree as "depth:text[*]" lines in document order, to compare shapes without ids.
std::string whyShape(const PostMortem& d) {
  std::multimap<std::string, const WhyNode*> byParent;
  for (const WhyNode& n : d.whyNodes) byParent.emplace(n.parentId, &n);
  std::string out;
  std::vector<std::pair<const WhyNode*, int>> stack;
  if (const WhyNode* root = d.rootWhyNode()) stack.push_back({root, 0});
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    out += std::to_string(depth) + ":" + n->text + (n->rootCause ? "*" : "") + "\n";
    std::vector<const WhyNode*> kids;
    auto range = byParent.equal_range(n->id);
    for (auto it = range.first; it != range.second; ++it) kids.push_back(it->second);
    std::sort(kids.begin(), kids.end(), [](auto* a, auto* b) { return a->order > b->order; });
    for (auto* k : kids) stack.push_back({k, depth + 1});
  }
  return out;
}
}  // namespace

TEST_CASE("markdown roundtrip: export then import gives the same content") {
  PostMortem d = hs::testing::sampleDoc();
  d.reviewers = {"Cy"};
  d.sections.detection = "Paged by the error-rate alert.\nSecond line kept.";
  d.sections.response = "Rolled back <quickly> & safely.";
  d.actions[0].notes = "Blocked on review\n| pipes too |";
  d.actions[1].owner = "Dee";
  MarkdownImport m = roundTrip(d);
  const PostMortem& r = m.doc;
  CHECK(r.title == d.title);
  CHECK(r.incidentDate == d.incidentDate);
  CHECK(r.severity == d.severity);
  CHECK(r.status == d.status);
  CHECK(r.impact.text == d.impact.text);
  CHECK(r.impact.usersAffected == d.impact.usersAffected);
  CHECK(r.impact.revenueLost == d.impact.revenueLost);
  CHECK(r.authors == d.authors);
  CHECK(r.reviewers == d.reviewers);
  CHECK(r.services == d.services);
  CHECK(r.tags == d.tags);
  CHECK(r.triggers == d.triggers);
  CHECK_FALSE(r.durationOverride.has_value());
  CHECK(r.sections.summary == d.sections.summary);
  CHECK(r.sections.detection == d.sections.detection);
  CHECK(r.sections.response == d.sections.response);
  CHECK(r.sections.rootCause == d.sections.rootCause);
  CHECK(r.sections.lessonsLearned == d.sections.lessonsLearned);
  CHECK(r.sections.wentWell == d.sections.wentWell);
  REQUIRE(r.events.size() == d.events.size());
  for (std::size_t i = 0; i < d.events.size(); ++i) {
    CAPTURE(i);
    CHECK(r.events[i].time == d.events[i].time);
    CHECK(r.events[i].text == d.events[i].text);
    CHECK(r.events[i].kind == d.events[i].kind);
    CHECK(r.events[i].decisionPoint == d.events[i].decisionPoint);
  }
  REQUIRE(r.factors.size() == d.factors.size());
  CHECK(r.factors[0].text == d.factors[0].text);
  CHECK(r.factors[0].category == d.factors[0].category);
  CHECK(whyShape(r) == whyShape(d));
  REQUIRE(r.actions.size() == d.actions.size());
  for (std::size_t i = 0; i < d.actions.size(); ++i) {
    CAPTURE(i);
    CHECK(r.actions[i].title == d.actions[i].title);
    CHECK(r.actions[i].owner == d.actions[i].owner);
    CHECK(r.actions[i].due == d.actions[i].due);
    CHECK(r.actions[i].status == d.actions[i].status);
    CHECK(r.actions[i].kind == d.actions[i].kind);
    CHECK(r.actions[i].progress == d.actions[i].progress);
    CHECK(r.actions[i].link == d.actions[i].link);
    CHECK(r.actions[i].notes == d.actions[i].notes);
  }
  CHECK(m.report.keptSections.empty());
  CHECK(m.report.disagreements.empty());
  CHECK(m.report.timelineLinesNotRead == 0);
}

TEST_CASE("markdown roundtrip: events over several days, an override duration, an empty document") {
  PostMortem d = hs::testing::sampleDoc();
  d.events[3].time = *parseRfc3339("2026-01-16T01:05:00Z");
  d.durationOverride = 3 * kHour;
  MarkdownImport m = roundTrip(d);
  REQUIRE(m.doc.events.size() == 4);
  CHECK(m.doc.events[3].time == d.events[3].time);
  CHECK(m.doc.durationOverride == 3 * kHour);

  PostMortem empty;
  empty.title = "Nothing yet";
  empty.incidentDate = *parseRfc3339("2026-02-02T08:00:00Z");
  MarkdownImport e = roundTrip(empty);
  CHECK(e.doc.title == "Nothing yet");
  CHECK(e.doc.incidentDate == empty.incidentDate);
  CHECK(e.doc.events.empty());
  CHECK(e.doc.authors.empty());
  CHECK(e.doc.impact.text.empty());
  CHECK(e.doc.sections.summary.empty());
  CHECK(e.doc.actions.empty());
  CHECK(e.doc.factors.empty());
}

TEST_CASE("markdown roundtrip: the export carries the derived times, start time and line breaks") {
  PostMortem d = hs::testing::sampleDoc();
  d.sections.detection = "one\ntwo\n\nthree";
  const std::string md = toMarkdown(d);
  // Impact (no ImpactStarted event) falls back to the alert at 14:32; detected 14:32, acked 14:35,
  // resolved 15:20: TTD 0, TTA 3 min, TTM (mitigation = the resolution) 48 min, TTR 48 min.
  CHECK(md.find("- **Started:** 2026-01-15 14:30 UTC\n") != std::string::npos);
  CHECK(md.find("- **Time to acknowledge:** 3 min\n") != std::string::npos);
  CHECK(md.find("- **Time to resolve:** 48 min\n") != std::string::npos);
  CHECK(md.find("## Detection\n\none  \ntwo\n\nthree\n") != std::string::npos);
}

TEST_CASE("markdown roundtrip: every shipped example exports and reads back") {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(HINDSIGHT_SOURCE_DIR) / "assets" / "examples")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    LoadResult loaded = loadPostMortemJson(ss.str(), entry.path().filename().string());
    REQUIRE(loaded.ok());
    const PostMortem& d = *loaded.doc;
    CAPTURE(d.title);
    MarkdownImport m = roundTrip(d);
    const PostMortem& r = m.doc;
    CHECK(r.title == d.title);
    CHECK(r.incidentDate == d.incidentDate);
    CHECK(r.severity == d.severity);
    CHECK(r.status == d.status);
    CHECK(r.authors == d.authors);
    CHECK(r.sections.summary == d.sections.summary);
    CHECK(r.sections.rootCause == d.sections.rootCause);
    REQUIRE(r.events.size() == d.events.size());
    for (std::size_t i = 0; i < d.events.size(); ++i) {
      CHECK(r.events[i].time == d.events[i].time);
      CHECK(r.events[i].kind == d.events[i].kind);
      CHECK(r.events[i].decisionPoint == d.events[i].decisionPoint);
    }
    CHECK(r.factors.size() == d.factors.size());
    CHECK(whyShape(r) == whyShape(d));
    REQUIRE(r.actions.size() == d.actions.size());
    for (std::size_t i = 0; i < d.actions.size(); ++i) {
      CHECK(r.actions[i].title == d.actions[i].title);
      CHECK(r.actions[i].status == d.actions[i].status);
      CHECK(r.actions[i].kind == d.actions[i].kind);
      CHECK(r.actions[i].due == d.actions[i].due);
    }
    CHECK(m.report.keptSections.empty());
    CHECK(m.report.disagreements.empty());
    ++checked;
  }
  CHECK(checked >= 3);
}
