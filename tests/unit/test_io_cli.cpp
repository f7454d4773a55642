#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "platform/native/cli.h"

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "cli_test_support.h"
#include "io_test_support.h"

using namespace hs;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() /
           ("hindsight-cli-test-" + std::to_string(std::hash<std::string>{}(
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)))));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

using Run = test::CliRun;
const auto run = test::runCli;

}  // namespace

TEST_CASE("io cli: not a command -> -1 so the app starts") {
  CHECK(run({}).code == -1);
  CHECK(run({"some.postmortem.json"}).code == -1);
  CHECK(run({"--library", "/tmp"}).code == -1);
}

TEST_CASE("io cli: --help prints usage") {
  Run r = run({"--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("hindsight validate FILE...") != std::string::npos);
  CHECK(r.out.find("hindsight export --format markdown|csv|json FILE") != std::string::npos);
}

TEST_CASE("io cli: validate reports each file, errors as FILE: pointer: message") {
  TempDir dir;
  std::string good = dir.write("good.json", toJson(hs::testing::sampleDoc()));
  std::string text = toJson(hs::testing::sampleDoc());
  text.replace(text.find("\"progress\": 40"), 14, "\"progress\": 140");
  std::string bad = dir.write("bad.json", text);
  std::string missing = (dir.path / "missing.json").string();

  Run ok = run({"validate", good});
  CHECK(ok.code == 0);
  CHECK(ok.out == good + ": valid\n");
  CHECK(ok.err.empty());

  Run r = run({"validate", good, bad, missing});
  CHECK(r.code == 1);
  CHECK(r.out == good + ": valid\n");
  CHECK(r.err.find(bad + ": /actions/0/progress: expected an integer from 0 to 100, found the number 140\n") == 0);
  CHECK(r.err.find(missing + ": (document): cannot read the file: ") != std::string::npos);

  Run none = run({"validate"});
  CHECK(none.code == 2);
  CHECK(none.err.find("validate needs at least one FILE") != std::string::npos);
}

TEST_CASE("io cli: export json is the canonical rewrite, markdown and csv go to stdout") {
  TempDir dir;
  std::string canonical = toJson(hs::testing::sampleDoc());
  // Compact, reordered input: export rewrites it canonically.
  std::string compact = nlohmann::json::parse(canonical).dump();
  std::string file = dir.write("c.json", compact);

  Run json = run({"export", "--format", "json", file});
  CHECK(json.code == 0);
  CHECK(json.out == canonical);

  Run md = run({"export", file, "--format=markdown"});
  CHECK(md.code == 0);
  CHECK(md.out.rfind("# Checkout outage: 5xx!\n", 0) == 0);

  Run csv = run({"export", "-f", "csv", file});
  CHECK(csv.code == 0);
  CHECK(csv.out.rfind("Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n", 0) == 0);

  CHECK(run({"export", file}).code == 2);
  CHECK(run({"export", "--format", "pdf", file}).err.find("unknown export format \"pdf\"") != std::string::npos);
  CHECK(run({"export", "--format", "json"}).code == 2);
  Run missing = run({"export", "--format", "json", (dir.path / "nope.json").string()});
  CHECK(missing.code == 1);
  CHECK(missing.out.empty());
}

TEST_CASE("io cli: stats prints the report of valid files, refuses invalid ones") {
  TempDir dir;
  std::string file = dir.write("a.json", toJson(hs::testing::sampleDoc()));
  Run r = run({"stats", file});
  CHECK(r.code == 0);
  CHECK(r.out.rfind("postmortems: 1\n", 0) == 0);
  std::string bad = dir.write("b.json", "{}");
  Run refused = run({"stats", file, bad});
  CHECK(refused.code == 1);
  CHECK(refused.err == bad + ": /format: missing required field; expected \"hindsight.postmortem\"\n");
}

TEST_CASE("io cli: stats reads the *.json files of a directory, and --json gives the same figures") {
  TempDir dir;
  PostMortem a = hs::testing::sampleDoc();
  PostMortem b = hs::testing::sampleDoc();
  b.id = "pm-second0000000001";
  b.severity = Severity::Sev3;
  b.status = DocStatus::Closed;
  dir.write("a.postmortem.json", toJson(a));
  dir.write("b.postmortem.json", toJson(b));
  dir.write("notes.txt", "not a post-mortem");
  Run text = run({"stats", dir.path.string()});
  CHECK(text.code == 0);
  CHECK(text.out.rfind("postmortems: 2\n", 0) == 0);
  const std::string sev = "postmortems_by_severity: sev1=" + std::to_string(a.severity == Severity::Sev1 ? 1 : 0);
  CHECK(text.out.find(sev) != std::string::npos);
  CHECK(text.out.find("closed=1\n") != std::string::npos);

  Run json = run({"stats", "--json", dir.path.string()});
  CHECK(json.code == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["postmortems"] == 2);
  CHECK(j["by_severity"]["sev3"] == (a.severity == Severity::Sev3 ? 2 : 1));
  CHECK(j["by_status"]["closed"] == 1);
  CHECK(j["actions"]["total"] == 2 * a.actions.size());
  // The text line and the JSON agree on the completion rate.
  const int done = j["completion_rate"]["done"], counted = j["completion_rate"]["counted"];
  CHECK(text.out.find("(" + std::to_string(done) + "/" + std::to_string(counted) + ")") != std::string::npos);

  CHECK(run({"stats", "--json"}).code == 2);
}

TEST_CASE("io cli: generate writes a valid document of the asked size, the same for the same seed") {
  Run r = run({"generate", "--nodes", "120", "--events", "300", "--seed", "3"});
  CHECK(r.code == 0);
  LoadResult loaded = loadPostMortemJson(r.out, "generated.json");
  REQUIRE(loaded.ok());
  CHECK(loaded.doc->whyNodes.size() == 120);
  CHECK(loaded.doc->events.size() == 300);
  CHECK(loaded.doc->factors.size() == 60);
  CHECK(loaded.doc->actions.size() == 40);
  CHECK(toJson(*loaded.doc) == r.out);  // canonical
  CHECK(run({"generate", "--nodes", "120", "--events", "300", "--seed", "3"}).out == r.out);
  CHECK(run({"generate", "--nodes", "120", "--events", "300", "--seed", "4"}).out != r.out);

  Run none = run({"generate", "--nodes", "0", "--events", "5"});
  CHECK(none.code == 0);
  CHECK(loadPostMortemJson(none.out, "g.json").ok());

  Run bad = run({"generate", "--events", "lots"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("--events takes a whole number from 0 to 50000, not \"lots\"") != std::string::npos);
  CHECK(run({"generate", "--nodes", "50001"}).code == 2);
  CHECK(run({"generate", "--colour"}).code == 2);
}
