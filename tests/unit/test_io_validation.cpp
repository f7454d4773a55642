#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

using namespace hs;
using hs::testing::sampleDoc;
using Json = nlohmann::json;

namespace {

// Loads the sample document after `edit` has changed its JSON.
template <class Edit>
LoadResult loadEdited(Edit edit) {
  Json j = Json::parse(toJson(sampleDoc()));
  edit(j);
  return loadPostMortemJson(j.dump(2), "edited.json");
}

// The single error of a load, as "pointer: message".
std::string onlyError(const LoadResult& r) {
  REQUIRE_FALSE(r.ok());
  std::string all;
  for (const auto& e : r.errors) all += e.pointer + ": " + e.message + "\n";
  CHECK_MESSAGE(r.errors.size() == 1, all);
  return r.errors.empty() ? "" : r.errors[0].pointer + ": " + r.errors[0].message;
}

}  // namespace

TEST_CASE("io validation: the unedited sample loads") {
  CHECK(loadEdited([](Json&) {}).ok());
}

TEST_CASE("io validation: invalid ids") {
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][1]["id"] = "bad id!"; })) ==
        "/actions/1/id: expected an id (1 to 64 characters of A-Z a-z 0-9 _ -), found the string \"bad id!\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["id"] = std::string(65, 'a'); })).rfind("/id: expected an id", 0) == 0);
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][0]["id"] = 7; })) ==
        "/events/0/id: expected an id (1 to 64 characters of A-Z a-z 0-9 _ -), found the number 7");
}

TEST_CASE("io validation: duplicate ids, across element kinds too") {
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][3]["id"] = "ev-1"; })) ==
        "/events/3/id: duplicate id \"ev-1\": already used by /events/0");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["id"] = "fa-1"; })) ==
        "/actions/0/id: duplicate id \"fa-1\": already used by /factors/0");
}

TEST_CASE("io validation: missing required fields name the missing key") {
  CHECK(onlyError(loadEdited([](Json& j) { j["factors"][0].erase("updated"); })) ==
        "/factors/0/updated: missing required field; expected an RFC 3339 date-time such as "
        "\"2026-01-15T14:32:00Z\"");
  CHECK(onlyError(loadEdited([](Json& j) { j.erase("title"); })) ==
        "/title: missing required field; expected a string");
}

TEST_CASE("io validation: dangling references") {
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][2]["why_node_id"] = "wn-9"; })) ==
        "/events/2/why_node_id: refers to why node \"wn-9\", which does not exist in this post-mortem");
  CHECK(onlyError(loadEdited([](Json& j) { j["factors"][0]["why_node_ids"][0] = "wn-9"; })) ==
        "/factors/0/why_node_ids/0: refers to why node \"wn-9\", which does not exist in this post-mortem");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["why_node_ids"] = {"wn-1", "ev-1"}; })) ==
        "/actions/0/why_node_ids/1: refers to why node \"ev-1\", which does not exist in this post-mortem");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["factor_ids"][0] = "fa-2"; })) ==
        "/actions/0/factor_ids/0: refers to factor \"fa-2\", which does not exist in this post-mortem");
  CHECK(onlyError(loadEdited([](Json& j) { j["why_nodes"][3]["parent_id"] = "wn-7"; })) ==
        "/why_nodes/3/parent_id: refers to why node \"wn-7\", which does not exist in this post-mortem");
}

TEST_CASE("io validation: tree cycles and a second root") {
  CHECK(onlyError(loadEdited([](Json& j) { j["why_nodes"][1]["parent_id"] = "wn-3"; })) ==
        "/why_nodes/1/parent_id: parent links form a cycle (\"wn-2\" -> \"wn-3\" -> \"wn-2\"); "
        "the 5-whys tree must not loop");
  CHECK(onlyError(loadEdited([](Json& j) { j["why_nodes"][3]["parent_id"] = "wn-4"; })) ==
        "/why_nodes/3/parent_id: parent links form a cycle (\"wn-4\" -> \"wn-4\"); the 5-whys tree must not loop");
  CHECK(onlyError(loadEdited([](Json& j) { j["why_nodes"][3].erase("parent_id"); })) ==
        "/why_nodes/3: a second root node (no parent_id); the 5-whys tree has one root, already /why_nodes/0");
  // The root pointing into its own subtree: no root and a cycle, reported once as the cycle.
  CHECK(onlyError(loadEdited([](Json& j) { j["why_nodes"][0]["parent_id"] = "wn-3"; })) ==
        "/why_nodes/0/parent_id: parent links form a cycle (\"wn-1\" -> \"wn-3\" -> \"wn-2\" -> \"wn-1\"); "
        "the 5-whys tree must not loop");
}

TEST_CASE("io validation: enums") {
  CHECK(onlyError(loadEdited([](Json& j) { j["severity"] = "sev5"; })) ==
        "/severity: expected one of \"sev1\", \"sev2\", \"sev3\", \"sev4\", found the string \"sev5\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["severity"] = 2; })) ==
        "/severity: expected one of \"sev1\", \"sev2\", \"sev3\", \"sev4\", found the number 2");
  CHECK(onlyError(loadEdited([](Json& j) { j["status"] = "open"; })) ==
        "/status: expected one of \"draft\", \"reviewed\", \"closed\", found the string \"open\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][1]["kind"] = "ALERT"; })).rfind(
            "/events/1/kind: expected one of \"impact_started\", \"alert\",", 0) == 0);
  CHECK(onlyError(loadEdited([](Json& j) { j["factors"][0]["category"] = "human"; })) ==
        "/factors/0/category: expected one of \"technical\", \"process\", \"environmental\", found the string \"human\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["status"] = "blocked"; })) ==
        "/actions/0/status: expected one of \"not_started\", \"in_progress\", \"done\", \"wont_do\", found the string \"blocked\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["triggers"][1] = "oops"; })).rfind(
            "/triggers/1: expected one of \"production_outage\",", 0) == 0);
}

TEST_CASE("io validation: times") {
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["due"] = "2026-02-30"; })) ==
        "/actions/0/due: expected an RFC 3339 date-time such as \"2026-01-15T14:32:00Z\", found the "
        "string \"2026-02-30\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][0]["time"] = "2026-01-15 14:32"; })).rfind(
            "/events/0/time: expected an RFC 3339 date-time", 0) == 0);
  // An offset may not carry a time outside years 0000..9999 UTC (it could not be written back).
  CHECK(onlyError(loadEdited([](Json& j) { j["created"] = "0000-01-01T00:00:00+00:01"; })).rfind(
            "/created: expected an RFC 3339 date-time", 0) == 0);
  CHECK(onlyError(loadEdited([](Json& j) { j["created"] = "9999-12-31T23:59:59-23:59"; })).rfind(
            "/created: expected an RFC 3339 date-time", 0) == 0);
  CHECK(loadEdited([](Json& j) { j["created"] = "0000-01-01T00:00:00Z"; }).ok());
  // Offsets are accepted and converted to UTC.
  LoadResult r = loadEdited([](Json& j) { j["events"][0]["time"] = "2026-01-15T16:32:00+02:00"; });
  REQUIRE(r.ok());
  CHECK(r.doc->events[0].time == hs::testing::at("2026-01-15T14:32:00Z"));
}

TEST_CASE("io validation: numbers, ranges and types") {
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["progress"] = 101; })) ==
        "/actions/0/progress: expected an integer from 0 to 100, found the number 101");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["progress"] = -1; })) ==
        "/actions/0/progress: expected an integer from 0 to 100, found the number -1");
  CHECK(onlyError(loadEdited([](Json& j) { j["actions"][0]["progress"] = 50.5; })) ==
        "/actions/0/progress: expected an integer from 0 to 100, found the number 50.5");
  CHECK(onlyError(loadEdited([](Json& j) { j["impact"]["users_affected"] = -3; })) ==
        "/impact/users_affected: expected an integer from 0 to 999999999999999, found the number -3");
  CHECK(onlyError(loadEdited([](Json& j) { j["impact"]["revenue_lost"] = "lots"; })) ==
        "/impact/revenue_lost: expected a number from 0 to 1e15, found the string \"lots\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["duration_ms"] = -5; })) ==
        "/duration_ms: expected an integer from 0 to 315569519999999, found the number -5");
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][2]["decision_point"] = "yes"; })) ==
        "/events/2/decision_point: expected true or false, found the string \"yes\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["authors"][1] = nullptr; })) ==
        "/authors/1: expected a string, found null");
  CHECK(onlyError(loadEdited([](Json& j) { j["events"] = Json::object(); })) ==
        "/events: expected an array, found an object");
  CHECK(onlyError(loadEdited([](Json& j) { j["events"][1] = 3; })) ==
        "/events/1: expected an object, found the number 3");
  CHECK(onlyError(loadEdited([](Json& j) { j["sections"] = "text"; })) ==
        "/sections: expected an object, found the string \"text\"");
  CHECK(onlyError(loadEdited([](Json& j) { j["minor_version"] = "2"; })) ==
        "/minor_version: expected a non-negative integer, found the string \"2\"");
}

TEST_CASE("io validation: every error is reported, up to the cap") {
  LoadResult r = loadEdited([](Json& j) {
    j["severity"] = "x";
    j["events"][0]["kind"] = "x";
    j["actions"][1]["progress"] = 900;
  });
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0].pointer == "/severity");
  CHECK(r.errors[1].pointer == "/events/0/kind");
  CHECK(r.errors[2].pointer == "/actions/1/progress");
  CHECK(r.errors[2].file == "edited.json");

  ReadLimits limits;
  limits.maxErrors = 5;
  Json j = Json::parse(toJson(sampleDoc()));
  for (int i = 0; i < 20; ++i) j["tags"].push_back(i);
  LoadResult capped = loadPostMortemJson(j.dump(), "many.json", limits);
  REQUIRE(capped.errors.size() == 6);
  CHECK(capped.errors[4].pointer == "/tags/5");
  CHECK(capped.errors[5].message == "more errors not shown (stopped after 5)");
}

TEST_CASE("io validation: duplicate keys are refused") {
  LoadResult r = loadPostMortemJson(R"({"format":"hindsight.postmortem","format":"x"})", "d.json");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].format() == "d.json: /format: duplicate key \"format\" in this object");
}
