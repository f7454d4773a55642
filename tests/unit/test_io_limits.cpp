#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("io limits: 100k '[' is refused at the depth limit without crashing") {
  std::string text(100'000, '[');
  LoadResult r = loadPostMortemJson(text, "deep.json");
  CHECK_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "nesting deeper than 64 levels");
  // The pointer names the first value too deep: 64 arrays deep, element 0 each.
  std::string expected;
  for (int i = 0; i < 64; ++i) expected += "/0";
  CHECK(r.errors[0].pointer == expected);
}

TEST_CASE("io limits: deep nesting inside an unknown field is refused too") {
  std::string text = R"({"format":"hindsight.postmortem","version":1,"x":)";
  for (int i = 0; i < 70; ++i) text += "{\"k\":";
  LoadResult r = loadPostMortemJson(text, "deep.json");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "nesting deeper than 64 levels");
  CHECK(r.errors[0].pointer.rfind("/x/k/k/", 0) == 0);
}

TEST_CASE("io limits: an oversize string is refused with its pointer") {
  PostMortem d = hs::testing::sampleDoc();
  d.sections.summary = std::string(100'001, 'a');
  LoadResult r = loadPostMortemJson(toJson(d), "big.json");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].format() ==
        "big.json: /sections/summary: string of 100001 bytes is longer than the limit of 100000");
  d.sections.summary = std::string(100'000, 'a');
  CHECK(loadPostMortemJson(toJson(d), "ok.json").ok());
}

TEST_CASE("io limits: file size and element counts") {
  ReadLimits limits;
  limits.maxFileBytes = 100;
  LoadResult r = loadPostMortemJson(std::string(101, ' '), "f.json", limits);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "file of 101 bytes is larger than the limit of 100");

  limits = ReadLimits{};
  limits.maxItems = 3;
  nlohmann::json j = nlohmann::json::parse(toJson(hs::testing::sampleDoc()));
  j.erase("events");
  j.erase("why_nodes");
  j.erase("factors");
  j.erase("actions");
  j["tags"] = {"a", "b", "c", "d"};
  // The document object itself has more than 3 members: refused at the 4th key.
  r = loadPostMortemJson(j.dump(), "f.json", limits);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "more than 3 members (limit)");
  limits.maxItems = 20;
  r = loadPostMortemJson(j.dump(), "f.json", limits);
  CHECK(r.ok());
  limits.maxItems = 3 + 0;
  r = loadPostMortemJson(R"([1,2,3,4])", "a.json", limits);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].format() == "a.json: /3: more than 3 elements in an array (limit)");
}

TEST_CASE("io limits: malformed text gives one clean error") {
  for (const char* text : {"", "{", "{\"a\":}", "nul", "\"\xff\"", "[1,]", "{\"format\": 1e999}"}) {
    LoadResult r = loadPostMortemJson(text, "bad.json");
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == 1);
    CHECK(r.errors[0].message.rfind("invalid JSON", 0) == 0);
  }
}
