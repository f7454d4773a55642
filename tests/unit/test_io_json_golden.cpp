// Golden cases of the JSON reader and writer: a valid document, one change, and
// the exact text written or the exact error lines expected. They replace the
// differential test against the old DOM reader (which shared code with the
// reader it checked); each case states what that comparison used to cover:
// key order of the file, every required field of every kind, every wrong type,
// unknown fields at every level, broken text, limits and the error cap.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include <random>

#include "core/io/json_reader.h"
#include "core/io/json_text_writer.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

using namespace hs;
using hs::testing::at;
using hs::testing::sampleDoc;
using Json = nlohmann::json;

namespace {

// All errors of a load, one "pointer: message" a line.
std::string errorLines(const LoadResult& r) {
  std::string all;
  for (const auto& e : r.errors) all += e.pointer + ": " + e.message + "\n";
  return all;
}

// The sample document's JSON after `edit`, written with `indent` (nlohmann
// writes keys sorted: not the canonical order).
template <class Edit>
std::string edited(Edit edit, int indent = 2) {
  Json j = Json::parse(toJson(sampleDoc()));
  edit(j);
  return j.dump(indent);
}

template <class Edit>
std::string errorsAfter(Edit edit, const ReadLimits& limits = {}) {
  return errorLines(loadPostMortemJson(edited(edit), "g.json", limits));
}

constexpr const char* kTime = "an RFC 3339 date-time such as \"2026-01-15T14:32:00Z\"";
constexpr const char* kId = "an id (1 to 64 characters of A-Z a-z 0-9 _ -)";

}  // namespace

TEST_CASE("io golden: an empty document is written with its required fields only") {
  CHECK(toJson(PostMortem{}) ==
        "{\n"
        "  \"format\": \"hindsight.postmortem\",\n"
        "  \"version\": 1,\n"
        "  \"id\": \"\",\n"
        "  \"title\": \"\",\n"
        "  \"incident_date\": \"1970-01-01T00:00:00Z\",\n"
        "  \"severity\": \"sev3\",\n"
        "  \"status\": \"draft\",\n"
        "  \"created\": \"1970-01-01T00:00:00Z\",\n"
        "  \"updated\": \"1970-01-01T00:00:00Z\"\n"
        "}\n");
}

TEST_CASE("io golden: unknown fields are written after the known ones, sorted, nested values re-indented") {
  PostMortem d;
  d.id = "pm-1";
  d.title = "T";
  d.incidentDate = d.created = d.updated = at("2026-01-15T14:30:00Z");
  d.severity = Severity::Sev2;
  d.impact.unknown = R"({"currency":"EUR"})";  // an impact with nothing else is still written
  TimelineEvent e;
  e.id = "ev-1";
  e.time = at("2026-01-15T14:32:00Z");
  e.kind = EventKind::Alert;
  e.text = "tab\there \"q\" \x01 caf\xc3\xa9 \xff";  // escapes, a control byte, UTF-8, an invalid byte
  e.updated = d.updated;
  e.unknown = R"({"zz":{"b":[1,{"c":null}],"a":"x\u0001"},"aa":-1.5,"id":"shadow"})";
  d.events.push_back(e);
  d.unknown = R"({"minor_version":2})";
  CHECK(toJson(d) ==
        "{\n"
        "  \"format\": \"hindsight.postmortem\",\n"
        "  \"version\": 1,\n"
        "  \"id\": \"pm-1\",\n"
        "  \"title\": \"T\",\n"
        "  \"incident_date\": \"2026-01-15T14:30:00Z\",\n"
        "  \"severity\": \"sev2\",\n"
        "  \"impact\": {\n"
        "    \"currency\": \"EUR\"\n"
        "  },\n"
        "  \"status\": \"draft\",\n"
        "  \"created\": \"2026-01-15T14:30:00Z\",\n"
        "  \"updated\": \"2026-01-15T14:30:00Z\",\n"
        "  \"events\": [\n"
        "    {\n"
        "      \"id\": \"ev-1\",\n"
        "      \"time\": \"2026-01-15T14:32:00Z\",\n"
        "      \"kind\": \"alert\",\n"
        "      \"text\": \"tab\\there \\\"q\\\" \\u0001 caf\xc3\xa9 \xef\xbf\xbd\",\n"
        "      \"updated\": \"2026-01-15T14:30:00Z\",\n"
        "      \"aa\": -1.5,\n"
        "      \"zz\": {\n"
        "        \"b\": [\n"
        "          1,\n"
        "          {\n"
        "            \"c\": null\n"
        "          }\n"
        "        ],\n"
        "        \"a\": \"x\\u0001\"\n"
        "      }\n"
        "    }\n"
        "  ],\n"
        "  \"minor_version\": 2\n"
        "}\n");
}

TEST_CASE("io golden: errors come in the order of the format, whatever the key order of the file") {
  // Sorted keys put "actions" first and "why_nodes" last; the report follows the
  // format: document fields, then elements by list and index, then references, then the tree.
  auto edit = [](Json& j) {
    j["actions"][0]["progress"] = 101;
    j["why_nodes"][1]["order"] = "a";
    j["events"][0]["kind"] = 1;
    j["severity"] = "x";
    j["impact"]["users_affected"] = -1;
    j["factors"][0]["why_node_ids"][0] = "wn-9";
    j["actions"][1]["factor_ids"] = {"fa-7"};
    j["why_nodes"][3]["parent_id"] = "wn-4";
  };
  const std::string expected =
      "/severity: expected one of \"sev1\", \"sev2\", \"sev3\", \"sev4\", found the string \"x\"\n"
      "/impact/users_affected: expected an integer from 0 to 999999999999999, found the number -1\n"
      "/events/0/kind: expected one of \"impact_started\", \"alert\", \"detected\", \"acknowledged\", "
      "\"investigating\", \"cause_identified\", \"mitigated\", \"fix_deployed\", \"resolved\", "
      "\"communication\", \"decision\", \"other\", found the number 1\n"
      "/why_nodes/1/order: expected an integer from -2147483648 to 2147483647, found the string \"a\"\n"
      "/actions/0/progress: expected an integer from 0 to 100, found the number 101\n"
      "/factors/0/why_node_ids/0: refers to why node \"wn-9\", which does not exist in this post-mortem\n"
      "/actions/1/factor_ids/0: refers to factor \"fa-7\", which does not exist in this post-mortem\n"
      "/why_nodes/3/parent_id: parent links form a cycle (\"wn-4\" -> \"wn-4\"); the 5-whys tree must not loop\n";
  CHECK(errorLines(loadPostMortemJson(edited(edit, 2), "g.json")) == expected);
  CHECK(errorLines(loadPostMortemJson(edited(edit, -1), "g.json")) == expected);
}

TEST_CASE("io golden: every required field of every kind, missing") {
  CHECK(errorsAfter([](Json& j) {
          for (const char* k : {"id", "title", "incident_date", "severity", "status", "created", "updated"}) j.erase(k);
        }) ==
        std::string("/id: missing required field; expected ") + kId + "\n" +
            "/title: missing required field; expected a string\n" +
            "/incident_date: missing required field; expected " + kTime + "\n" +
            "/severity: missing required field; expected one of \"sev1\", \"sev2\", \"sev3\", \"sev4\"\n" +
            "/status: missing required field; expected one of \"draft\", \"reviewed\", \"closed\"\n" +
            "/created: missing required field; expected " + kTime + "\n" +
            "/updated: missing required field; expected " + kTime + "\n");
  CHECK(errorsAfter([](Json& j) { j["events"][1] = Json::object(); }) ==
        std::string("/events/1/id: missing required field; expected ") + kId + "\n" +
            "/events/1/time: missing required field; expected " + kTime + "\n" +
            "/events/1/kind: missing required field; expected one of \"impact_started\", \"alert\", \"detected\", "
            "\"acknowledged\", \"investigating\", \"cause_identified\", \"mitigated\", \"fix_deployed\", "
            "\"resolved\", \"communication\", \"decision\", \"other\"\n" +
            "/events/1/text: missing required field; expected a string\n" +
            "/events/1/updated: missing required field; expected " + kTime + "\n");
  // A why node without an id: the parent link of its child then dangles.
  CHECK(errorsAfter([](Json& j) { j["why_nodes"][3] = {{"parent_id", "wn-1"}}; }) ==
        std::string("/why_nodes/3/id: missing required field; expected ") + kId + "\n" +
            "/why_nodes/3/order: missing required field; expected an integer from -2147483648 to 2147483647\n" +
            "/why_nodes/3/text: missing required field; expected a string\n" +
            "/why_nodes/3/updated: missing required field; expected " + kTime + "\n");
  CHECK(errorsAfter([](Json& j) { j["factors"][0] = {{"id", "fa-1"}}; }) ==
        "/factors/0/category: missing required field; expected one of \"technical\", \"process\", \"environmental\"\n"
        "/factors/0/text: missing required field; expected a string\n" +
            std::string("/factors/0/updated: missing required field; expected ") + kTime + "\n");
  CHECK(errorsAfter([](Json& j) { j["actions"][1] = {{"id", "ac-2"}, {"notes", "n"}}; }) ==
        "/actions/1/title: missing required field; expected a string\n"
        "/actions/1/status: missing required field; expected one of \"not_started\", \"in_progress\", \"done\", "
        "\"wont_do\"\n"
        "/actions/1/kind: missing required field; expected one of \"prevent_recurrence\", \"improve_detection\", "
        "\"speed_up_recovery\", \"other\"\n"
        "/actions/1/progress: missing required field; expected an integer from 0 to 100\n" +
            std::string("/actions/1/created: missing required field; expected ") + kTime + "\n" +
            "/actions/1/updated: missing required field; expected " + kTime + "\n");
}

TEST_CASE("io golden: lists and objects of the wrong type, and wrong items in them") {
  CHECK(errorsAfter([](Json& j) {
          j["authors"] = "Ana";
          j["triggers"] = 1;
          j["impact"] = Json::array();
          j["dismissed_hints"] = {{"k", 1}};
        }) ==
        "/impact: expected an object, found an array\n"
        "/authors: expected an array of strings, found the string \"Ana\"\n"
        "/triggers: expected an array of one of \"production_outage\", \"data_loss_or_breach\", "
        "\"significant_user_impact\", \"missed_sla\", \"security_incident\", \"near_miss\", \"process_failure\", "
        "\"missed_deadline\", \"bug_in_production\", found the number 1\n"
        "/dismissed_hints: expected an array of strings, found an object\n");
  CHECK(errorsAfter([](Json& j) {
          j["events"][0] = Json::array({1});
          j["factors"][0]["why_node_ids"] = "wn-3";
          j["actions"][0]["factor_ids"] = Json::object();
          j["actions"][0]["why_node_ids"] = {5, "wn-1", Json::array()};
          j["tags"] = {std::string("a\0", 2), Json::array()};
        }) ==
        "/tags/0: expected UTF-8 text without NUL characters, found a NUL character (U+0000) at byte 1\n"
        "/tags/1: expected a string, found an array\n"
        "/events/0: expected an object, found an array\n"
        "/factors/0/why_node_ids: expected an array of ids, found the string \"wn-3\"\n" +
            std::string("/actions/0/why_node_ids/0: expected ") + kId + ", found the number 5\n" +
            "/actions/0/why_node_ids/2: expected " + kId + ", found an array\n" +
            "/actions/0/factor_ids: expected an array of ids, found an object\n");
}

TEST_CASE("io golden: texts, booleans, amounts and ids hold their rules") {
  CHECK(errorsAfter([](Json& j) {
          j["title"] = std::string("ab\0c", 4);
          j["impact"]["revenue_lost"] = -0.5;
          j["why_nodes"][2]["root_cause"] = 1;
          j["why_nodes"][2]["category"] = nullptr;
          j["events"][2]["why_node_id"] = "";
          j["sections"]["went_well"] = 3;
        }) ==
        "/title: expected UTF-8 text without NUL characters, found a NUL character (U+0000) at byte 2\n"
        "/impact/revenue_lost: expected a number from 0 to 1e15, found the number -0.5\n"
        "/sections/went_well: expected a string, found the number 3\n" +
            std::string("/events/2/why_node_id: expected ") + kId + ", found the string \"\"\n" +
            "/why_nodes/2/root_cause: expected true or false, found the number 1\n" +
            "/why_nodes/2/category: expected one of \"technical\", \"process\", \"environmental\", found null\n");
}

TEST_CASE("io golden: duplicate ids across kinds do not hide the elements a reference needs") {
  // A why node and a factor share an id: the action's factor reference still finds the factor.
  CHECK(errorsAfter([](Json& j) {
          j["factors"][0]["id"] = "wn-4";
          j["actions"][0]["factor_ids"] = {"wn-4"};
        }) == "/factors/0/id: duplicate id \"wn-4\": already used by /why_nodes/3\n");
  // Without the duplicate the same reference to a why node's id is refused.
  CHECK(errorsAfter([](Json& j) { j["actions"][0]["factor_ids"] = {"wn-4"}; }) ==
        "/actions/0/factor_ids/0: refers to factor \"wn-4\", which does not exist in this post-mortem\n");
}

TEST_CASE("io golden: broken text names the place") {
  const std::string good = toJson(sampleDoc());
  // Cut inside the first event.
  const std::size_t cut = good.find("\"Alert fired");
  CHECK(errorLines(loadPostMortemJson(good.substr(0, cut + 6), "g.json")) ==
        "/events/0/text: invalid JSON: parse error at line 42, column 21: syntax error while parsing value - "
        "invalid string: missing closing quote; last read: '\"Alert'\n");
  // A bad value inside an array points at the element it would have been.
  CHECK(errorLines(loadPostMortemJson(R"({"format":"hindsight.postmortem","version":1,"tags":["a",x]})", "g.json")) ==
        "/tags/1: invalid JSON: parse error at line 1, column 58: syntax error while parsing value - invalid "
        "literal; last read: '\"a\",x'\n");
  // A NUL byte ends nlohmann's input: reported where it is ("title" starts line 5,
  // after 2 + 36 + 16 + 31 bytes of lines 1 to 4 and an indent of 2).
  std::string withNul = good;
  withNul.insert(good.find("\"title\""), 1, '\0');
  CHECK(errorLines(loadPostMortemJson(withNul, "g.json")) ==
        "/id: invalid JSON: a NUL byte at line 5, column 3 (byte 87); a JSON text has no NUL bytes\n");
  CHECK(errorLines(loadPostMortemJson(good + std::string(1, '\0'), "g.json")) ==
        ": invalid JSON: a NUL byte at line " + std::to_string(std::count(good.begin(), good.end(), '\n') + 1) +
            ", column 1 (byte " + std::to_string(good.size()) +
            "), after the end of the document; a JSON text has no NUL bytes\n");
}

TEST_CASE("io golden: limits and the error cap") {
  // In the canonical order: the first element object is the first container 3 deep,
  // the title (21 bytes) the first string over 20, and the 4th member of the document.
  const std::string canonical = toJson(sampleDoc());
  ReadLimits limits;
  limits.maxDepth = 2;
  CHECK(errorLines(loadPostMortemJson(canonical, "g.json", limits)) == "/events/0: nesting deeper than 2 levels\n");
  limits = {};
  limits.maxStringBytes = 20;
  CHECK(errorLines(loadPostMortemJson(canonical, "g.json", limits)) ==
        "/title: string of 21 bytes is longer than the limit of 20\n");
  limits = {};
  limits.maxItems = 3;
  CHECK(errorLines(loadPostMortemJson(canonical, "g.json", limits)) == "/title: more than 3 members (limit)\n");
  limits = {};
  limits.maxErrors = 0;
  CHECK(errorsAfter([](Json& j) { j["severity"] = 1; }, limits) == ": more errors not shown (stopped after 0)\n");
  limits.maxErrors = 2;
  CHECK(errorsAfter(
            [](Json& j) {
              for (auto& e : j["events"]) e["kind"] = 1, e.erase("time");
            },
            limits) ==
        std::string("/events/0/time: missing required field; expected ") + kTime + "\n" +
            "/events/0/kind: expected one of \"impact_started\", \"alert\", \"detected\", \"acknowledged\", "
            "\"investigating\", \"cause_identified\", \"mitigated\", \"fix_deployed\", \"resolved\", "
            "\"communication\", \"decision\", \"other\", found the number 1\n" +
            ": more errors not shown (stopped after 2)\n");
}

TEST_CASE("io golden: unknown fields at every level come back after a load and a save") {
  const std::string text = edited([](Json& j) {
    j["x_doc"] = {{"b", {1, 2}}, {"a", nullptr}};
    j["impact"]["x_impact"] = "EUR";
    j["sections"]["x_sections"] = Json::array();
    j["events"][0]["x_event"] = true;
    j["why_nodes"][0]["x_node"] = 1.5;
    j["factors"][0]["x_factor"] = Json::object();
    j["actions"][1]["x_action"] = {{"deep", {{"deeper", {"v"}}}}};
  });
  LoadResult r = loadPostMortemJson(text, "g.json");
  REQUIRE(r.ok());
  CHECK(r.doc->unknown == R"({"x_doc":{"a":null,"b":[1,2]}})");
  CHECK(r.doc->impact.unknown == R"({"x_impact":"EUR"})");
  CHECK(r.doc->sections.unknown == R"({"x_sections":[]})");
  CHECK(r.doc->events[0].unknown == R"({"x_event":true})");
  CHECK(r.doc->whyNodes[0].unknown == R"({"x_node":1.5})");
  CHECK(r.doc->factors[0].unknown == R"({"x_factor":{}})");
  CHECK(r.doc->actions[1].unknown == R"({"x_action":{"deep":{"deeper":["v"]}}})");
  CHECK(toJson(*r.doc) == toJson(*loadPostMortemJson(toJson(*r.doc), "again.json").doc));
  // A key repeated inside an unknown field is refused like any other.
  CHECK(errorLines(loadPostMortemJson(
            R"({"format":"hindsight.postmortem","version":1,"x":{"k":1,"k":2}})", "g.json")) ==
        "/x/k: duplicate key \"k\" in this object\n");
}

TEST_CASE("io golden: strings are escaped exactly like nlohmann's dump") {
  // Escapes, control bytes, multi-byte and invalid UTF-8, and raw random bytes.
  static const char* const kPieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f",
                                        "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                        "\xed\xa0\x80", "\xc0\xaf", "\xff", "\xe2\x82", "\x80",
                                        "\xf4\x90\x80\x80", "~", "\b", "\f", "\r", "word "};
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int n = static_cast<int>(rng() % 13); n > 0; --n) s += kPieces[rng() % std::size(kPieces)];
    if (rng() % 100 < 30)
      for (int k = static_cast<int>(rng() % 6); k > 0; --k) s += static_cast<char>(rng() % 256);
    std::string mine;
    appendJsonString(mine, s);
    CHECK(mine == Json(s).dump(-1, ' ', false, Json::error_handler_t::replace));
  }
}
