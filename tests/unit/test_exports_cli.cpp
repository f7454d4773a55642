// `hindsight export --format csv --bom` and `hindsight stats --json` on dates
// 10,000 years apart, through the CLI entry point (defined in test_io_cli.cpp's
// translation unit, which compiles platform/native/cli.cpp in).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/io/json_writer.h"
#include "core/model/time_format.h"
#include "cli_test_support.h"
#include "io_test_support.h"
#include "platform/native/cli.h"

using namespace hs;
namespace fs = std::filesystem;

namespace {

using test::CliRun;
const auto runHindsight = test::runCli;

struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("hindsight-exports-test-" + std::to_string(::getpid()));
  ScratchDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("exports: hindsight export --format csv --bom starts with a UTF-8 BOM") {
  ScratchDir dir;
  PostMortem d = hs::testing::sampleDoc();
  d.actions[0].owner = "Дмитрий";
  const std::string file = dir.write("a.postmortem.json", toJson(d));
  CliRun plain = runHindsight({"export", "--format", "csv", file});
  CliRun bom = runHindsight({"export", "--format", "csv", "--bom", file});
  REQUIRE(plain.code == 0);
  REQUIRE(bom.code == 0);
  CHECK(plain.out.rfind("Summary,", 0) == 0);
  CHECK(bom.out == "\xEF\xBB\xBF" + plain.out);
  CHECK(bom.out.find(",Дмитрий,") != std::string::npos);
  CliRun wrong = runHindsight({"export", "--format", "json", "--bom", file});
  CHECK(wrong.code == 2);
  CHECK(wrong.err.find("--bom applies to --format csv only") != std::string::npos);
}

TEST_CASE("bounds: stats --json of post-mortems dated 0000-01-01 and 9999-12-31 is a few KB") {
  ScratchDir dir;
  PostMortem first = hs::testing::sampleDoc();
  first.id = "pm-0000000000000a01";
  first.incidentDate = *parseRfc3339("0000-01-01T00:00:00Z");
  first.events.front().time = first.incidentDate;
  first.events.back().time = *parseRfc3339("9999-12-31T00:00:00Z");
  PostMortem last = hs::testing::sampleDoc();
  last.id = "pm-0000000000000a02";
  last.incidentDate = *parseRfc3339("9999-12-31T00:00:00Z");
  dir.write("first.postmortem.json", toJson(first));
  dir.write("last.postmortem.json", toJson(last));
  CliRun r = runHindsight({"stats", "--json", dir.path.string()});
  REQUIRE_MESSAGE(r.code == 0, r.err);
  CHECK(r.out.size() < 4096);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["postmortems"] == 2);
  REQUIRE(j["incidents_per_month"].size() == 2);
  CHECK(j["incidents_per_month"][0]["month"] == "0000-01");
  CHECK(j["incidents_per_month"][1]["month"] == "9999-12");
  CliRun text = runHindsight({"stats", dir.path.string()});
  REQUIRE(text.code == 0);
  CHECK(text.out.size() < 4096);
}
