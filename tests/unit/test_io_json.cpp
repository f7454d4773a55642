#include <doctest/doctest.h>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

using namespace hs;
using hs::testing::at;
using hs::testing::sampleDoc;

namespace {

// Errors as "pointer: message" lines for compact assertions.
std::vector<std::string> pointers(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.pointer);
  return out;
}

PostMortem minimalDoc() {
  PostMortem d;
  d.id = "pm-1";
  d.title = "Tiny";
  d.incidentDate = at("2026-01-15T00:00:00Z");
  d.created = d.incidentDate;
  d.updated = d.incidentDate;
  return d;
}

}  // namespace

TEST_CASE("io json: minimal document is written in the canonical form") {
  const char* expected =
      "{\n"
      "  \"format\": \"hindsight.postmortem\",\n"
      "  \"version\": 1,\n"
      "  \"id\": \"pm-1\",\n"
      "  \"title\": \"Tiny\",\n"
      "  \"incident_date\": \"2026-01-15T00:00:00Z\",\n"
      "  \"severity\": \"sev3\",\n"
      "  \"status\": \"draft\",\n"
      "  \"created\": \"2026-01-15T00:00:00Z\",\n"
      "  \"updated\": \"2026-01-15T00:00:00Z\"\n"
      "}\n";
  CHECK(toJson(minimalDoc()) == expected);
}

TEST_CASE("io json: element keys come in a fixed order, optional ones omitted") {
  PostMortem d = minimalDoc();
  TimelineEvent e;
  e.id = "ev-1";
  e.time = at("2026-01-15T14:32:00Z");
  e.kind = EventKind::Alert;
  e.text = "Alert fired";
  e.updated = at("2026-01-15T15:00:00.250Z");
  d.events.push_back(e);
  std::string json = toJson(d);
  CHECK(json.find("  \"events\": [\n"
                  "    {\n"
                  "      \"id\": \"ev-1\",\n"
                  "      \"time\": \"2026-01-15T14:32:00Z\",\n"
                  "      \"kind\": \"alert\",\n"
                  "      \"text\": \"Alert fired\",\n"
                  "      \"updated\": \"2026-01-15T15:00:00.250Z\"\n"
                  "    }\n"
                  "  ]\n") != std::string::npos);
}

TEST_CASE("io json: round trip keeps every field and two saves are byte-identical") {
  PostMortem d = sampleDoc();
  std::string first = toJson(d);
  LoadResult r = loadPostMortemJson(first, "a.json");
  REQUIRE(r.errors.empty());
  REQUIRE(r.ok());
  const PostMortem& back = *r.doc;
  CHECK(back.title == d.title);
  CHECK(back.incidentDate == d.incidentDate);
  CHECK(back.severity == Severity::Sev2);
  CHECK(back.impact.usersAffected == 1200);
  CHECK(back.impact.revenueLost == doctest::Approx(5400.5));
  CHECK(back.updated == d.updated);
  CHECK(back.events.size() == 4);
  CHECK(back.events[2].decisionPoint);
  CHECK(back.events[2].whyNodeId == "wn-2");
  CHECK(back.whyNodes[2].rootCause);
  CHECK(back.whyNodes[2].category == FactorCategory::Process);
  CHECK(back.whyNodes[3].order == 1);
  CHECK(back.factors[0].whyNodeIds == std::vector<Id>{"wn-3"});
  CHECK(back.actions[0].due == at("2026-02-01T00:00:00Z"));
  CHECK(back.actions[0].progress == 40);
  CHECK(back.actions[0].factorIds == std::vector<Id>{"fa-1"});
  CHECK(back.actions[1].completed == at("2026-01-20T12:00:00Z"));
  CHECK(back.actions[1].title == "Say \"hello\"\nto on-call");
  CHECK_FALSE(back.durationOverride.has_value());
  CHECK(back.dismissedHints == std::vector<std::string>{"person-should-have:bob should have"});
  CHECK(toJson(back) == first);
  CHECK(toJson(d) == first);
}

TEST_CASE("io json: unknown fields of document and elements survive a round trip") {
  std::string text = toJson(sampleDoc());
  // Add unknown keys at document, impact, sections, event and action level.
  auto insertAfter = [&](const std::string& anchor, const std::string& extra) {
    auto pos = text.find(anchor);
    REQUIRE(pos != std::string::npos);
    text.insert(pos + anchor.size(), extra);
  };
  insertAfter("\"version\": 1,", " \"zeta\": {\"b\": 1, \"a\": [true, null]}, \"minor_version\": 3,");
  insertAfter("\"users_affected\": 1200,", " \"currency\": \"EUR\",");
  insertAfter("\"summary\": \"Checkout returned 5xx for 48 minutes.\",", " \"postscript\": \"x\",");
  insertAfter("\"id\": \"ev-1\",", " \"source\": \"pagerduty\",");
  insertAfter("\"id\": \"ac-2\",", " \"jira\": \"PM-7\",");
  LoadResult r = loadPostMortemJson(text, "u.json");
  REQUIRE(r.errors.empty());
  CHECK(r.doc->unknown == R"({"minor_version":3,"zeta":{"a":[true,null],"b":1}})");
  CHECK(r.doc->impact.unknown == R"({"currency":"EUR"})");
  CHECK(r.doc->sections.unknown == R"({"postscript":"x"})");
  CHECK(r.doc->events[0].unknown == R"({"source":"pagerduty"})");
  CHECK(r.doc->actions[1].unknown == R"({"jira":"PM-7"})");
  CHECK(r.doc->actions[0].unknown.empty());

  std::string saved = toJson(*r.doc);
  // Unknown keys come after the known ones, sorted.
  CHECK(saved.find("  \"minor_version\": 3,\n  \"zeta\": {\n    \"a\": [\n") != std::string::npos);
  CHECK(saved.rfind("\"actions\"") < saved.find("\"minor_version\""));
  CHECK(saved.find("      \"updated\": \"2026-01-16T10:00:00.250Z\",\n      \"source\": \"pagerduty\"\n") !=
        std::string::npos);
  LoadResult again = loadPostMortemJson(saved, "u2.json");
  REQUIRE(again.ok());
  CHECK(toJson(*again.doc) == saved);
}

TEST_CASE("io json: dismissed hints are read sorted and unique, and omitted when empty") {
  PostMortem d = minimalDoc();
  d.dismissedHints = {"b:x", "a:y", "b:x"};
  std::string json = toJson(d);
  CHECK(json.find("  \"dismissed_hints\": [\n    \"b:x\",\n    \"a:y\",\n    \"b:x\"\n  ]\n}\n") !=
        std::string::npos);
  LoadResult r = loadPostMortemJson(json, "h.json");
  REQUIRE(r.ok());
  CHECK(r.doc->dismissedHints == std::vector<std::string>{"a:y", "b:x"});
  CHECK(toJson(minimalDoc()).find("dismissed_hints") == std::string::npos);
}

TEST_CASE("io json: events are sorted by time on load, stable for equal times") {
  PostMortem d = minimalDoc();
  for (auto [id, time] : {std::pair{"ev-b", "2026-01-15T10:00:00Z"}, {"ev-a", "2026-01-15T09:00:00Z"},
                          {"ev-c", "2026-01-15T10:00:00Z"}}) {
    TimelineEvent e;
    e.id = id;
    e.time = at(time);
    e.text = id;
    d.events.push_back(e);
  }
  LoadResult r = loadPostMortemJson(toJson(d), "s.json");
  REQUIRE(r.ok());
  CHECK(r.doc->events[0].id == "ev-a");
  CHECK(r.doc->events[1].id == "ev-b");
  CHECK(r.doc->events[2].id == "ev-c");
}

TEST_CASE("io json: error format is FILE: pointer: message") {
  LoadError e{"team/a.json", "/actions/3/due", "expected a date"};
  CHECK(e.format() == "team/a.json: /actions/3/due: expected a date");
  CHECK(LoadError{"a.json", "", "bad"}.format() == "a.json: (document): bad");
  CHECK(escapePointerToken("a/b~c") == "a~1b~0c");
}

TEST_CASE("io json: a newer major version is refused with a message saying so") {
  std::string text = toJson(minimalDoc());
  text.replace(text.find("\"version\": 1"), 12, "\"version\": 2");
  LoadResult r = loadPostMortemJson(text, "new.json");
  CHECK_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].pointer == "/version");
  CHECK(r.errors[0].message.find("newer Hindsight") != std::string::npos);
  CHECK(r.errors[0].message.find("format version 2") != std::string::npos);
}

TEST_CASE("io json: header errors") {
  CHECK(loadPostMortemJson("[]", "f").errors[0].format() ==
        "f: (document): expected a JSON object (a Hindsight post-mortem), found an array");
  CHECK(loadPostMortemJson(R"({"format":"other","version":1})", "f").errors[0].format() ==
        "f: /format: expected \"hindsight.postmortem\" (a Hindsight post-mortem), found the string \"other\"");
  CHECK(loadPostMortemJson(R"({"version":1})", "f").errors[0].format() ==
        "f: /format: missing required field; expected \"hindsight.postmortem\"");
  CHECK(loadPostMortemJson(R"({"format":"hindsight.postmortem","version":"1"})", "f").errors[0].format() ==
        "f: /version: expected the integer 1, found the string \"1\"");
  CHECK(loadPostMortemJson(R"({"format":"hindsight.postmortem","version":0})", "f").errors[0].format() ==
        "f: /version: expected the integer 1, found the number 0");
  CHECK(loadPostMortemJson("{\"a\": ", "f").errors[0].format() ==
        "f: /a: invalid JSON: parse error at line 1, column 7: syntax error while parsing value - "
        "unexpected end of input; expected '[', '{', or a literal");
}
