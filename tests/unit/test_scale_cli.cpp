// `hindsight generate-library` and `hindsight stats` at library scale: streamed, copies of one
// id counted once, invalid files skipped.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

// Like cli.cpp in test_io_cli.cpp: the CLI's own files live in src/platform/native, linked
// into the app, not into hindsight_core, so the test compiles them in.
#include "platform/native/cli_generate_library.h"
#include "platform/native/cli_stats.h"

#include "cli_test_support.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/model/generated_library.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;
namespace fs = std::filesystem;

namespace {

struct ScaleDir {
  fs::path path;
  explicit ScaleDir(const char* name) {
    path = fs::temp_directory_path() / (std::string("hindsight-scale-") + name);
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScaleDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string lineOf(const std::string& out, const std::string& key) {
  std::size_t at = out.find("\n" + key + ": ");
  if (at == std::string::npos) at = out.rfind(key + ": ", 0) == 0 ? 0 : std::string::npos;
  else ++at;
  if (at == std::string::npos) return "";
  return out.substr(at, out.find('\n', at) - at);
}

}  // namespace

TEST_CASE("scale: generate-library writes valid, varied, reproducible files") {
  ScaleDir dir("generate");
  test::CliRun r = test::runCli({"generate-library", "--count", "60", "--seed", "3", "-o", dir.path.string()});
  REQUIRE(r.code == 0);
  CHECK(r.out == "wrote 60 post-mortems to " + dir.path.string() + "\n");
  std::set<std::string> titles, ids, services;
  std::set<int> severities, statuses;
  for (int i = 1; i <= 60; ++i) {
    char name[40];
    std::snprintf(name, sizeof name, "pm-%05d.postmortem.json", i);
    std::string text = slurp(dir.path / name);
    LoadResult loaded = loadPostMortemJson(text, name);
    REQUIRE_MESSAGE(loaded.ok(), name);
    titles.insert(loaded.doc->title);
    ids.insert(loaded.doc->id);
    for (const auto& s : loaded.doc->services) services.insert(s);
    severities.insert(static_cast<int>(loaded.doc->severity));
    statuses.insert(static_cast<int>(loaded.doc->status));
    // Written exactly as the generator makes it: same seed, same document.
    CHECK(text == toJson(generateLibraryPostMortem(i - 1, 60, 3)));
  }
  CHECK(ids.size() == 60);
  CHECK(titles.size() > 50);
  CHECK(services.size() > 20);
  CHECK(severities.size() == 4);
  CHECK(statuses.size() == 3);
  CHECK(test::runCli({"generate-library", "-o", dir.path.string()}).code == 2);
  CHECK(test::runCli({"generate-library", "--count", "0", "-o", dir.path.string()}).code == 2);
}

TEST_CASE("scale: stats counts copies of one id once, the newest, with a note") {
  ScaleDir dir("copies");
  PostMortem old = postMortem("pm-x", "Old copy", at("2026-01-05T00:00:00Z"), Severity::Sev1);
  old.updated = at("2026-01-06T00:00:00Z");
  PostMortem fresh = old;
  fresh.title = "Newer copy";
  fresh.severity = Severity::Sev2;
  fresh.updated = at("2026-01-09T00:00:00Z");
  PostMortem other = postMortem("pm-y", "Other", at("2026-01-07T00:00:00Z"), Severity::Sev4);
  // Name order: a (newer), b (other), c (older): the newer one wins though it is read first.
  std::string a = dir.write("a.json", toJson(fresh));
  dir.write("b.json", toJson(other));
  std::string c = dir.write("c.json", toJson(old));
  test::CliRun r = test::runCli({"stats", dir.path.string()});
  CHECK(r.code == 0);
  CHECK(lineOf(r.out, "postmortems") == "postmortems: 2");
  CHECK(lineOf(r.out, "postmortems_by_severity") == "postmortems_by_severity: sev1=0 sev2=1 sev3=0 sev4=1");
  CHECK(r.err == "note: 2 files hold post-mortem pm-x (" + a + ", " + c + "); counted once, the newest: " + a +
                     " (updated 2026-01-09T00:00:00Z)\n");
}

TEST_CASE("scale: stats reports an invalid file, skips it and still prints the figures") {
  ScaleDir dir("invalid");
  dir.write("a.json", toJson(postMortem("pm-a", "A", at("2026-01-05T00:00:00Z"), Severity::Sev1)));
  std::string bad = dir.write("b.json", "{\"format\": \"hindsight.postmortem\"");
  dir.write("c.json", toJson(postMortem("pm-c", "C", at("2026-01-06T00:00:00Z"), Severity::Sev3)));
  test::CliRun r = test::runCli({"stats", dir.path.string()});
  CHECK(r.code == 1);
  CHECK(r.err.rfind(bad + ": ", 0) == 0);
  CHECK(lineOf(r.out, "postmortems") == "postmortems: 2");
  CHECK(lineOf(r.out, "postmortems_by_severity") == "postmortems_by_severity: sev1=1 sev2=0 sev3=1 sev4=0");
}

TEST_CASE("scale: stats --repeat-window changes the window and says so") {
  ScaleDir dir("window");
  PostMortem x = postMortem("pm-x", "X", at("2026-01-01T00:00:00Z"));
  PostMortem y = postMortem("pm-y", "Y", at("2026-03-02T00:00:00Z"));  // 60 days later
  x.services = y.services = {"api"};
  dir.write("x.json", toJson(x));
  dir.write("y.json", toJson(y));
  test::CliRun wide = test::runCli({"stats", dir.path.string()});
  CHECK(lineOf(wide.out, "repeat_incidents") == "repeat_incidents: 1");
  test::CliRun narrow = test::runCli({"stats", "--repeat-window", "30", dir.path.string()});
  CHECK(lineOf(narrow.out, "repeat_incidents") == "repeat_incidents: 0");
  CHECK(lineOf(narrow.out, "repeat_incidents_definition").find("at most 30 days before it") != std::string::npos);
  test::CliRun bad = test::runCli({"stats", "--repeat-window", "0", dir.path.string()});
  CHECK(bad.code == 2);
  CHECK(bad.err.rfind("hindsight: --repeat-window takes a whole number of days from 1 to 3650, not \"0\"\n", 0) == 0);
}
