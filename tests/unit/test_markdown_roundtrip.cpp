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
// Each why node's evidence, category and links, and each factor's actions, named by
// text (ids differ after an import): "why text | notes | category | events | factors | actions".
std::string linkShape(const PostMortem& d) {
  std::string out;
  for (const WhyNode& n : d.whyNodes) {
    out += n.text + " | " + n.notes + " | " + (n.category ? std::string(label(*n.category)) : "-") + " | events:";
    for (const TimelineEvent& e : d.events)
      if (e.whyNodeId == n.id) out += " [" + formatDateTime(e.time) + " " + e.text + "]";
    out += " | factors:";
    for (const Factor& f : d.factors)
      if (std::find(f.whyNodeIds.begin(), f.whyNodeIds.end(), n.id) != f.whyNodeIds.end()) out += " [" + f.text + "]";
    out += " | actions:";
    for (const ActionItem& a : d.actions)
      if (std::find(a.whyNodeIds.begin(), a.whyNodeIds.end(), n.id) != a.whyNodeIds.end()) out += " [" + a.title + "]";
    out += "\n";
  }
  for (const Factor& f : d.factors) {
    out += "factor " + f.text + " | actions:";
    for (const ActionItem& a : d.actions)
      if (std::find(a.factorIds.begin(), a.factorIds.end(), f.id) != a.factorIds.end()) out += " [" + a.title + "]";
    out += "\n";
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
    CHECK(linkShape(r) == linkShape(d));
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

TEST_CASE("markdown roundtrip: why-node evidence, category and links come back") {
  PostMortem d = hs::testing::sampleDoc();
  // sampleDoc: "Bad config push found" (14:40) shows wn-2; wn-3 (root cause, Process, evidence
  // "See deploy log") is explained by factor fa-1 and addressed by action ac-1, which also
  // addresses fa-1. Add evidence over several lines with Markdown in it, a second event and a
  // second factor on one why, and a Technical category on the problem.
  d.whyNodes[1].notes = "Config diff:\n- payments removed\n\nSee *PR 12* | [link](https://x.example)";
  d.whyNodes[0].category = FactorCategory::Technical;
  d.events[0].whyNodeId = "wn-2";
  Factor second;
  second.id = "fa-2";
  second.category = FactorCategory::Process;
  second.text = "Review skipped on Fridays";
  second.whyNodeIds = {"wn-3", "wn-4"};
  d.factors.push_back(second);
  d.actions[1].whyNodeIds = {"wn-4"};
  d.actions[1].factorIds = {"fa-2", "fa-1"};

  MarkdownImport m = roundTrip(d);
  const PostMortem& r = m.doc;
  CHECK(whyShape(r) == whyShape(d));
  CHECK(linkShape(r) ==
        "Checkout returned 5xx |  | Technical | events: | factors: | actions:\n"
        "Payments endpoint missing from config | Config diff:\n- payments removed\n\nSee *PR 12* | "
        "[link](https://x.example) | - | events: [2026-01-15 14:32 Alert fired: high error rate]"
        " [2026-01-15 14:40 Bad config push found] | factors: | actions:\n"
        "Config push not validated | See deploy log | Process | events: | factors: [No schema check on config]"
        " [Review skipped on Fridays] | actions: [Validate config, before push]\n"
        "Alert only on error rate |  | - | events: | factors: [Review skipped on Fridays] | actions: [Say \"hello\"\nto on-call]\n"
        "factor No schema check on config | actions: [Validate config, before push] [Say \"hello\"\nto on-call]\n"
        "factor Review skipped on Fridays | actions: [Say \"hello\"\nto on-call]\n");
  // Links are read, not left as text: the why and factor texts are as written.
  for (const WhyNode& n : r.whyNodes) CHECK(n.text.find("Evidence") == std::string::npos);
  for (const Factor& f : r.factors) CHECK(f.text.find("Action") == std::string::npos);
  CHECK(m.report.keptSections.empty());
}

TEST_CASE("markdown import: evidence and links written by hand under a why") {
  const std::string md =
      "# Outage\n\n## Timeline\n\n- **2026-01-15 14:32** Alert fired\n\n"
      "## Contributing Factors\n\n- Pool too small\n\n"
      "## 5 Whys\n\n"
      "1. Why did checkout fail? The database refused connections\n"
      "   Evidence: pg_stat_activity showed 500 connections\n"
      "   **Timeline event:** 14:32 Alert fired\n"
      "   Factor: Pool too small\n"
      "   Action: Buy more RAM\n"
      "2. Why? Nobody load tested\n";
  MarkdownImportOptions o;
  o.now = *parseRfc3339("2026-03-01T00:00:00Z");
  MarkdownImport m = importMarkdown(md, o);
  REQUIRE(m.doc.whyNodes.size() == 2);
  const WhyNode& first = m.doc.whyNodes[0];
  CHECK(first.text == "Why did checkout fail? The database refused connections");
  // No action "Buy more RAM" exists: the line stays with the why, in its evidence.
  CHECK(first.notes == "pg_stat_activity showed 500 connections\nAction: Buy more RAM");
  REQUIRE(m.doc.events.size() == 1);
  CHECK(m.doc.events[0].whyNodeId == first.id);
  REQUIRE(m.doc.factors.size() == 1);
  CHECK(m.doc.factors[0].whyNodeIds == std::vector<Id>{first.id});
}

TEST_CASE("markdown roundtrip: a code fence left open in a section does not swallow the sections after it (fuzz finding)") {
  PostMortem d = hs::testing::sampleDoc();
  d.sections.rootCause = "The rule was\n```\n(?:.*=.*)";
  MarkdownImport m = roundTrip(d);
  // The export closes the fence at the end of its section: the 5 Whys and actions still read back.
  CHECK(toMarkdown(d).find("## Root Cause\n\nThe rule was  \n```\n(?:.*=.*)\n```\n\n## 5 Whys") != std::string::npos);
  CHECK(m.doc.sections.rootCause == "The rule was\n```\n(?:.*=.*)\n```");
  CHECK(whyShape(m.doc) == whyShape(d));
  CHECK(m.doc.actions.size() == 2);
}
