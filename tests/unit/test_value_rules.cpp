// One set of value rules (core/model/value_rules.h) shared by the JSON reader,
// the snapshot loader, the typed form fields and the JSON Schema: a value one of
// them accepts is never refused by another (issue 10, case 1 and the parser
// disagreements).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <limits>
#include <regex>
#include <sstream>

#include "core/analysis/duration_input.h"
#include "core/analysis/number_input.h"
#include "core/analysis/time_input.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/snapshot.h"
#include "core/model/value_rules.h"
#include "io_test_support.h"

using namespace hs;
using Json = nlohmann::json;

namespace {

Json schema() { return Json::parse(testing::sourceFile("assets/schema/postmortem.schema.json")); }

// The canonical JSON of a small valid document, with `edit` applied to its DOM.
std::string docJson(const std::function<void(Json&)>& edit) {
  Json j = Json::parse(toJson(testing::sampleDoc()));
  edit(j);
  return j.dump(2);
}

std::string errorsOf(const LoadResult& r) {
  std::string all;
  for (const auto& e : r.errors) all += e.format() + "\n";
  return all;
}

}  // namespace

TEST_CASE("values: the schema's numeric limits are the value rules") {
  Json s = schema();
  const Json& p = s["properties"];
  const Json& d = s["$defs"];
  CHECK(p["duration_ms"]["minimum"].get<std::int64_t>() == 0);
  CHECK(p["duration_ms"]["maximum"].get<std::int64_t>() == kMaxDurationMs);
  CHECK(p["impact"]["properties"]["users_affected"]["minimum"].get<std::int64_t>() == 0);
  CHECK(p["impact"]["properties"]["users_affected"]["maximum"].get<std::int64_t>() == kMaxCount);
  CHECK(p["impact"]["properties"]["revenue_lost"]["minimum"].get<double>() == 0.0);
  CHECK(p["impact"]["properties"]["revenue_lost"]["maximum"].get<double>() == kMaxAmount);
  CHECK(d["action"]["properties"]["progress"]["minimum"].get<int>() == kMinProgress);
  CHECK(d["action"]["properties"]["progress"]["maximum"].get<int>() == kMaxProgress);
  CHECK(d["whyNode"]["properties"]["order"]["minimum"].get<std::int64_t>() == kMinOrder);
  CHECK(d["whyNode"]["properties"]["order"]["maximum"].get<std::int64_t>() == kMaxOrder);
  // Every text field refers to the one text rule.
  CHECK(d["text"]["pattern"] == "^[^\\u0000]*$");
  for (const char* f : {"title", "owner", "link", "notes"})
    CHECK(d["action"]["properties"][f]["$ref"] == "#/$defs/text");
  CHECK(p["tags"]["items"]["$ref"] == "#/$defs/text");
  CHECK(p["sections"]["properties"]["summary"]["$ref"] == "#/$defs/text");
}

TEST_CASE("values: reader and schema agree on leap seconds (both refuse second 60)") {
  // std::regex runs the schema's ECMAScript pattern as ajv does (Ajv adds format
  // checks on top, which accept a leap second: the pattern is what refuses it).
  std::regex pattern(schema()["$defs"]["dateTime"]["pattern"].get<std::string>(), std::regex::ECMAScript);
  for (const char* t : {"2016-12-31T23:59:60Z", "2016-12-31T23:59:60.5Z", "2017-01-01T00:59:60+01:00"}) {
    CAPTURE(t);
    CHECK_FALSE(std::regex_search(std::string(t), pattern));
    CHECK_FALSE(parseRfc3339(t));
    LoadResult r = loadPostMortemJson(docJson([&](Json& j) { j["incident_date"] = t; }), "f.json");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == "/incident_date");
  }
  for (const char* t : {"2016-12-31T23:59:59Z", "2026-01-15T14:32:00.250+02:00"}) {
    CAPTURE(t);
    CHECK(std::regex_search(std::string(t), pattern));
    CHECK(parseRfc3339(t));
  }
}

TEST_CASE("values: revenue_lost 1e301 is refused by the reader, with its pointer") {
  LoadResult r = loadPostMortemJson(docJson([](Json& j) { j["impact"]["revenue_lost"] = 1e301; }), "f.json");
  REQUIRE_FALSE(r.ok());
  CHECK(errorsOf(r) == "f.json: /impact/revenue_lost: expected a number from 0 to 1e15, found the number 1e+301\n");
}

TEST_CASE("values: a value past each rule is refused by the reader and by the snapshot loader alike") {
  struct Case {
    const char* pointer;
    std::function<void(Json&)> json;
    std::function<void(PostMortem&)> model;
  };
  const Case cases[] = {
      {"/impact/revenue_lost", [](Json& j) { j["impact"]["revenue_lost"] = 1.0000000000000002e15; },
       [](PostMortem& d) { d.impact.revenueLost = 1.0000000000000002e15; }},
      {"/impact/users_affected", [](Json& j) { j["impact"]["users_affected"] = kMaxCount + 1; },
       [](PostMortem& d) { d.impact.usersAffected = kMaxCount + 1; }},
      {"/duration_ms", [](Json& j) { j["duration_ms"] = kMaxDurationMs + 1; },
       [](PostMortem& d) { d.durationOverride = kMaxDurationMs + 1; }},
      {"/actions/0/progress", [](Json& j) { j["actions"][0]["progress"] = 101; },
       [](PostMortem& d) { d.actions[0].progress = 101; }},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pointer);
    LoadResult r = loadPostMortemJson(docJson(c.json), "f.json");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer == c.pointer);
    PostMortem doc = testing::sampleDoc();
    c.model(doc);
    std::string error;
    CHECK_FALSE(loadSnapshot(saveSnapshot(doc), &error));
    CHECK(error.rfind("snapshot refused: payload does not decode: ", 0) == 0);
  }
}

TEST_CASE("values: a document with every value at its limit is read, snapshotted and written back unchanged") {
  PostMortem doc = testing::sampleDoc();
  doc.impact.revenueLost = kMaxAmount;
  doc.impact.usersAffected = kMaxCount;
  doc.durationOverride = kMaxDurationMs;
  doc.incidentDate = kEarliestTime;
  doc.created = kLatestTime;
  doc.actions[0].progress = kMaxProgress;
  doc.whyNodes[1].order = kMaxOrder;
  doc.whyNodes[3].order = kMinOrder;
  std::string json = toJson(doc);
  LoadResult r = loadPostMortemJson(json, "f.json");
  REQUIRE_MESSAGE(r.ok(), errorsOf(r));
  std::string error;
  auto snap = loadSnapshot(saveSnapshot(*r.doc), &error);
  REQUIRE_MESSAGE(snap, error);
  CHECK(toJson(*snap) == json);
}

TEST_CASE("values: progress 100.0 and other integral floats are integers, as the schema says") {
  LoadResult r = loadPostMortemJson(docJson([](Json& j) {
                                      j["actions"][0]["progress"] = 100.0;
                                      j["why_nodes"][1]["order"] = -3.0;
                                      j["impact"]["users_affected"] = 1e3;
                                      j["duration_ms"] = 6e4;
                                    }),
                                    "f.json");
  REQUIRE_MESSAGE(r.ok(), errorsOf(r));
  CHECK(r.doc->actions[0].progress == 100);
  CHECK(r.doc->findWhyNode("wn-2")->order == -3);
  CHECK(r.doc->impact.usersAffected == 1000);
  CHECK(r.doc->durationOverride == 60000);
  // The canonical form writes them as integers.
  CHECK(toJson(*r.doc).find("\"progress\": 100,") != std::string::npos);

  LoadResult half = loadPostMortemJson(docJson([](Json& j) { j["actions"][0]["progress"] = 50.5; }), "f.json");
  CHECK(errorsOf(half) == "f.json: /actions/0/progress: expected an integer from 0 to 100, found the number 50.5\n");
  LoadResult big = loadPostMortemJson(docJson([](Json& j) { j["why_nodes"][1]["order"] = 1e300; }), "f.json");
  CHECK(errorsOf(big) ==
        "f.json: /why_nodes/1/order: expected an integer from -2147483648 to 2147483647, found the number 1e+300\n");
}

TEST_CASE("values: NUL bytes after a valid document are refused") {
  std::string text = toJson(testing::sampleDoc());
  REQUIRE(loadPostMortemJson(text, "f.json").ok());
  std::string padded = text + std::string("\0\0\0", 3);
  LoadResult r = loadPostMortemJson(padded, "f.json");
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].pointer == "");
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  CHECK(r.errors[0].message == "invalid JSON: a NUL byte at line " + std::to_string(lines + 1) +
                                   ", column 1 (byte " + std::to_string(text.size()) +
                                   "), after the end of the document; a JSON text has no NUL bytes");
  // Hidden data after a NUL is refused just the same.
  CHECK_FALSE(loadPostMortemJson(text + std::string("\0{\"x\":1}", 8), "f.json").ok());
}

TEST_CASE("values: a NUL or invalid UTF-8 in any text is refused with the field's pointer") {
  LoadResult nul = loadPostMortemJson(docJson([](Json& j) { j["title"] = std::string("Disk\0full", 9); }), "f.json");
  CHECK(errorsOf(nul) ==
        "f.json: /title: expected UTF-8 text without NUL characters, found a NUL character (U+0000) at byte 4\n");
  LoadResult tag = loadPostMortemJson(docJson([](Json& j) { j["tags"] = {"ok", std::string("a\0", 2)}; }), "f.json");
  CHECK(errorsOf(tag) ==
        "f.json: /tags/1: expected UTF-8 text without NUL characters, found a NUL character (U+0000) at byte 1\n");
  LoadResult note = loadPostMortemJson(docJson([](Json& j) { j["why_nodes"][2]["notes"] = std::string("\0", 1); }), "f.json");
  CHECK(note.errors.size() == 1);
  CHECK(note.errors.at(0).pointer == "/why_nodes/2/notes");

  // Invalid UTF-8 is refused by the JSON parser itself; the pointer names the field.
  std::string text = toJson(testing::sampleDoc());
  std::string bad = text;
  bad.replace(bad.find("Checkout outage"), 8, "Check\xc0\xaf");
  LoadResult utf8 = loadPostMortemJson(bad, "f.json");
  REQUIRE(utf8.errors.size() == 1);
  CHECK(utf8.errors[0].pointer == "/title");
  bad = text;
  bad.replace(bad.find("\"Bo\""), 4, "\"B\xff\"");
  LoadResult item = loadPostMortemJson(bad, "f.json");
  REQUIRE(item.errors.size() == 1);
  CHECK(item.errors[0].pointer == "/authors/1");

  CHECK(checkText("caf\xc3\xa9 \xf0\x9f\x98\x80") == std::nullopt);
  CHECK(checkText("\xed\xa0\x80")->what == "invalid UTF-8");  // a surrogate
  CHECK(checkText("ab\xe2\x82")->offset == 2);                 // cut short
}

TEST_CASE("values: the snapshot loader refuses bad text and a cut payload without throwing") {
  CHECK(noexcept(loadSnapshot(std::string_view(), nullptr)));
  CHECK(noexcept(loadPostMortemJson(std::string_view(), std::string_view())));
  CHECK(noexcept(assemblePiecewise(std::string_view(), nullptr, nullptr)));

  PostMortem doc = testing::sampleDoc();
  doc.title = std::string("a\0b", 3);
  std::string error;
  CHECK_FALSE(loadSnapshot(saveSnapshot(doc), &error));
  CHECK(error == "snapshot refused: payload does not decode: a text that is not UTF-8 without NUL");

  // A payload cut short, under a correct header and checksum (as an older or
  // buggy writer could store it): refused with a reason, not an exception.
  std::string good = saveSnapshot(testing::sampleDoc());
  std::string payload = good.substr(28, 5);  // the endianness byte and half of the id's length
  std::string cut = good.substr(0, 12);
  for (int i = 0; i < 8; ++i) cut += static_cast<char>((payload.size() >> (8 * i)) & 0xFF);
  std::uint64_t sum = fnv1a64(payload);
  for (int i = 0; i < 8; ++i) cut += static_cast<char>((sum >> (8 * i)) & 0xFF);
  cut += payload;
  CHECK_FALSE(loadSnapshot(cut, &error));
  CHECK(error == "snapshot refused: payload does not decode: the payload is cut short");
  payload = good.substr(28, 40);  // the id, then a length the rest cannot hold
  cut = good.substr(0, 12);
  for (int i = 0; i < 8; ++i) cut += static_cast<char>((payload.size() >> (8 * i)) & 0xFF);
  sum = fnv1a64(payload);
  for (int i = 0; i < 8; ++i) cut += static_cast<char>((sum >> (8 * i)) & 0xFF);
  cut += payload;
  CHECK_FALSE(loadSnapshot(cut, &error));
  CHECK(error == "snapshot refused: payload does not decode: a length larger than the payload");
}

TEST_CASE("values: typed amounts and counts obey the rules") {
  CHECK(parseAmountInput("12,500.50").value == 12500.5);
  CHECK(parseAmountInput(" 1_000 ").value == 1000.0);
  CHECK(parseAmountInput("1000000000000000").value == kMaxAmount);
  CHECK(parseAmountInput("").empty());
  CHECK(parseAmountInput("1e301").error == "\"1e301\" is not an amount (e.g. 12500 or 12,500.50). Nothing changed.");
  CHECK(parseAmountInput("inf").error == "\"inf\" is not an amount (e.g. 12500 or 12,500.50). Nothing changed.");
  CHECK(parseAmountInput("-5").error == "\"-5\" is not an amount (e.g. 12500 or 12,500.50). Nothing changed.");
  CHECK(parseAmountInput("1000000000000000.5").error ==
        "\"1000000000000000.5\" is more than the largest amount Hindsight keeps (1000000000000000). Nothing changed.");
  CHECK(parseCountInput("1,200").value == 1200);
  CHECK(parseCountInput("999999999999999").value == kMaxCount);
  CHECK(parseCountInput("1000000000000000").error ==
        "\"1000000000000000\" is more than the largest count Hindsight keeps (999999999999999). Nothing changed.");
  CHECK(parseCountInput("99999999999999999999999").error.find("is more than the largest count") != std::string::npos);
  CHECK(parseCountInput("12a").error == "\"12a\" is not a whole number. Nothing changed.");
}

TEST_CASE("values: a typed duration past the limit is refused, never wrapped") {
  // 9999999999 days is 8.6e17 ms: within int64, but far past 10,000 years.
  CHECK_FALSE(parseDurationInput("9999999999 d"));
  std::string many;
  for (int i = 0; i < 12; ++i) many += "9999999999 d ";  // the sum passes INT64_MAX
  CHECK_FALSE(parseDurationInput(many));
  CHECK(readDurationInput(many).error.find("is longer than the longest duration Hindsight keeps") != std::string::npos);
  CHECK_FALSE(parseDurationInput("99999999999999999999999999 s"));
  CHECK_FALSE(parseDurationInput("99999999999:00"));
  // At the limit: 3652424 days, 23 h, 59 min and 59 s (kMaxDurationMs rounded down to seconds).
  CHECK(parseDurationInput("3652424 d 23 h 59 min 59 s") == kMaxDurationMs - 999);
  CHECK(parseDurationInput("3652425 d") == std::nullopt);
  CHECK(readDurationInput("5 weeks").error ==
        "\"5 weeks\" is not a duration: try \"1 h 30 min\", \"90 min\" or \"1:30\". Nothing changed.");
  // Found by fuzz_duration_input: a form feed is not blank to the form field, so it
  // must not read as "clear the duration".
  CHECK(readDurationInput("\f\r\r").error ==
        "\"\f\r\r\" is not a duration: try \"1 h 30 min\", \"90 min\" or \"1:30\". Nothing changed.");
  CHECK(readDurationInput(" \t\r\n").empty());
}

TEST_CASE("values: a typed date outside years 0000..9999 in UTC is refused") {
  CHECK(parseTimeInput("2026-01-15 14:32", false).value == testing::at("2026-01-15T14:32:00Z"));
  CHECK(parseTimeInput("0000-01-01", true).value == kEarliestTime);
  CHECK(parseTimeInput("9999-12-31T23:59:59.999Z", false).value == kLatestTime);
  CHECK(parseTimeInput("0000-01-01T00:00:00+01:00", false).error ==
        "\"0000-01-01T00:00:00+01:00\" is outside the years 0000 to 9999 in UTC. Nothing changed.");
  CHECK(parseTimeInput("9999-12-31T23:30:00-01:00", true).error ==
        "\"9999-12-31T23:30:00-01:00\" is outside the years 0000 to 9999 in UTC. Nothing changed.");
  CHECK(parseTimeInput("15/01/2026", true).error == "\"15/01/2026\" is not a date: use YYYY-MM-DD. Nothing changed.");
}

TEST_CASE("values: integralValue accepts only integral values inside the range") {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  CHECK(integralValue(100.0, 0, 100) == 100);
  CHECK(integralValue(-0.0, 0, 100) == 0);
  CHECK(integralValue(100.5, 0, 200) == std::nullopt);
  CHECK(integralValue(101.0, 0, 100) == std::nullopt);
  CHECK(integralValue(9223372036854775807.0, kMin, kMax) == std::nullopt);  // that double is 2^63
  CHECK(integralValue(-9223372036854775808.0, kMin, kMax) == kMin);
  CHECK(integralValue(std::numeric_limits<double>::quiet_NaN(), kMin, kMax) == std::nullopt);
  CHECK(integralValue(std::numeric_limits<double>::infinity(), kMin, kMax) == std::nullopt);
}
