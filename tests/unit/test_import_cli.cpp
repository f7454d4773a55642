// `hindsight import` in-process: Markdown files to JSON, the report on stderr,
// and a timeline file to a draft post-mortem.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

// cli.cpp (compiled into the tests by test_io_cli.cpp) dispatches to this file.
#include "platform/native/cli_import.h"

#include "cli_test_support.h"

using namespace hs;

namespace {
std::string fixturePath(const char* name) {
  return std::string(HINDSIGHT_SOURCE_DIR) + "/tests/fixtures/markdown/" + name;
}

std::filesystem::path tempDir(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("import cli: one Markdown file to JSON on stdout, the report on stderr") {
  test::CliRun r = test::runCli({"import", fixturePath("google_sre_shakespeare.md")});
  CHECK(r.code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["title"] == "Shakespeare Sonnet++ Postmortem (incident #465)");
  CHECK(j["events"].size() == 16);
  CHECK(j["actions"].size() == 5);
  CHECK(r.err.find("google_sre_shakespeare.md: imported \"Shakespeare Sonnet++ Postmortem (incident #465)\": 16 events, "
                   "0 factors, 0 whys, 5 actions\n") != std::string::npos);
  CHECK(r.err.find("kept section \"Supporting information\" in the summary") != std::string::npos);
}

TEST_CASE("import cli: several files into a folder, by content whatever the name; refusals named") {
  auto dir = tempDir("hindsight-import-cli");
  auto odd = dir / "notes.txt";  // Markdown without a .md name
  std::ofstream(odd) << "# Cache stampede\n\n## Timeline\n\n- 10:00 alert fired\n";
  auto binary = dir / "blob.bin";
  std::ofstream(binary) << "just some words";
  auto outDir = tempDir("hindsight-import-cli-out");
  test::CliRun r = test::runCli({"import", fixturePath("confluence_export.md"), odd.string(), binary.string(), "-o",
                                 outDir.string()});
  CHECK(r.code == 1);  // one refused
  CHECK(std::filesystem::exists(outDir / "incident-report-search-latency-in-eu-west.postmortem.json"));
  CHECK(std::filesystem::exists(outDir / "cache-stampede.postmortem.json"));
  CHECK(r.err.find("blob.bin: refused: neither a Markdown post-mortem") != std::string::npos);

  r = test::runCli({"import", fixturePath("confluence_export.md"), odd.string()});
  CHECK(r.code == 2);
  CHECK(r.err.find("several FILEs need -o DIR") != std::string::npos);
}

TEST_CASE("import cli: --timeline prints a draft with the events, the unread rows on stderr") {
  auto dir = tempDir("hindsight-import-timeline");
  auto file = dir / "slack.txt";
  std::ofstream(file) << "23:10 CET db1 lag alert\nwho is on call?\n23:20 UTC replication stopped\n";
  test::CliRun r = test::runCli({"import", "--timeline", file.string(), "--date", "2017-01-31", "--tz", "Europe/Berlin"});
  CHECK(r.code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["events"].size() == 2);
  CHECK(j["events"][0]["time"] == "2017-01-31T22:10:00Z");  // 23:10 CET
  CHECK(j["events"][1]["time"] == "2017-01-31T23:20:00Z");
  CHECK(j["title"] == "Draft from slack.txt");
  CHECK(r.err.find("slack.txt:2: not read: no time at the start of the line") != std::string::npos);
  CHECK(r.err.find(": who is on call?\n") != std::string::npos);

  r = test::runCli({"import", "--timeline", file.string(), "--date", "31.01.2017"});
  CHECK(r.code == 2);
  CHECK(r.err.find("--date takes YYYY-MM-DD") != std::string::npos);
  r = test::runCli({"import", "--timeline", file.string(), "--date", "2017-01-31", "--tz", "Mars/Base"});
  CHECK(r.code == 2);
  CHECK(r.err.find("unknown zone \"Mars/Base\"") != std::string::npos);
}
