// `hindsight merge` and `hindsight git-setup`: in process, and through real git
// with the built binary as the merge driver.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <climits>
#include <filesystem>
#include <fstream>
#include <sstream>

// The subcommands and FolderStore's merge bases are in hindsight_cli, which the unit tests link.
#include "platform/native/cli_git_setup.h"
#include "platform/native/cli_merge.h"
#include "platform/native/folder_store.h"

#include "cli_test_support.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/revision.h"
#include "io_test_support.h"

using namespace hs;
namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path path;
  explicit Scratch(const char* name) {
    path = fs::temp_directory_path() / ("hindsight-merge-test-" + std::string(name) + "-" + std::to_string(getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Scratch() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
  std::string read(const std::string& name) const {
    std::ifstream in(path / name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

PostMortem editedBase() {
  PostMortem doc = hs::testing::sampleDoc();
  stampRevision(doc);
  return doc;
}

// The `hindsight` binary built next to this test binary.
std::string hindsightBinary() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  REQUIRE(n > 0);
  return (fs::path(std::string(buf, static_cast<std::size_t>(n))).parent_path() / "hindsight").string();
}

int git(const std::string& dir, std::vector<std::string> args, std::string* out = nullptr) {
  args.insert(args.begin(), {"git", "-C", dir, "-c", "user.name=Test", "-c", "user.email=test@example.com"});
  std::string sink;
  return platform::runProgram(args, out ? out : &sink);
}

}  // namespace

TEST_CASE("merge cli: a clean merge writes over OURS and exits 0") {
  Scratch dir("clean");
  const PostMortem base = editedBase();
  PostMortem ours = base, theirs = base;
  ours.title = "Checkout outage (config)";
  theirs.sections.summary = "Checkout returned 5xx for 48 minutes.\nA config push removed an endpoint.";
  const std::string b = dir.write("base.json", toJson(base));
  const std::string o = dir.write("ours.json", toJson(ours));
  const std::string t = dir.write("theirs.json", toJson(theirs));
  test::CliRun r = test::runCli({"merge", b, o, t});
  CHECK(r.code == 0);
  CHECK(r.out.find("0 conflict(s)") != std::string::npos);
  LoadResult merged = loadPostMortemJson(dir.read("ours.json"), "ours.json");
  REQUIRE(merged.ok());
  CHECK(merged.doc->title == "Checkout outage (config)");
  CHECK(merged.doc->sections.summary == theirs.sections.summary);
  CHECK(merged.doc->conflicts.empty());
  // Made from both sides: its revision names both as what it was edited from.
  CHECK(merged.doc->revision == canonicalRevision(*merged.doc));
  std::vector<std::string> parents = {canonicalRevision(ours), canonicalRevision(theirs)};
  std::sort(parents.begin(), parents.end());
  CHECK(merged.doc->editedFrom == parents);
}

TEST_CASE("merge cli: a conflict exits 1 and the file keeps both texts in its conflicts") {
  Scratch dir("conflict");
  const PostMortem base = editedBase();
  PostMortem ours = base, theirs = base;
  ours.events[1].text = "Ana acknowledged";
  theirs.events[1].text = "Bo acknowledged";
  const std::string b = dir.write("base.json", toJson(base));
  const std::string o = dir.write("ours.json", toJson(ours));
  const std::string t = dir.write("theirs.json", toJson(theirs));
  const std::string out = (dir.path / "out.json").string();
  test::CliRun r = test::runCli({"merge", b, o, t, "-o", out});
  CHECK(r.code == 1);
  CHECK(r.out.find("conflict: event ev-2 text: ours \"Ana acknowledged\", theirs \"Bo acknowledged\"") !=
        std::string::npos);
  CHECK(dir.read("ours.json") == toJson(ours));  // -o: OURS untouched
  LoadResult merged = loadPostMortemJson(dir.read("out.json"), "out.json");
  REQUIRE(merged.ok());
  REQUIRE(merged.doc->conflicts.size() == 1);
  CHECK(merged.doc->conflicts[0].ours == std::optional<std::string>("\"Ana acknowledged\""));
  CHECK(merged.doc->conflicts[0].theirs == std::optional<std::string>("\"Bo acknowledged\""));
  CHECK(merged.doc->events[1].text == "Ana acknowledged");
}

TEST_CASE("merge cli: unreadable sides, other post-mortems and bad arguments change nothing") {
  Scratch dir("refuse");
  const PostMortem base = editedBase();
  PostMortem other = base;
  other.id = "pm-other";
  const std::string b = dir.write("base.json", toJson(base));
  const std::string o = dir.write("ours.json", toJson(base));
  const std::string t = dir.write("theirs.json", toJson(other));
  const std::string bad = dir.write("bad.json", "{\"format\": 1}");
  test::CliRun r = test::runCli({"merge", b, o, t});
  CHECK(r.code == 2);
  CHECK(r.err.find("are different post-mortems (ids \"pm-0000000000000001\" and \"pm-other\")") != std::string::npos);
  CHECK(dir.read("ours.json") == toJson(base));
  r = test::runCli({"merge", b, o, bad});
  CHECK(r.code == 2);
  CHECK(r.err.find("bad.json: /format:") != std::string::npos);
  CHECK(r.err.find("not merged; " + o + " is unchanged") != std::string::npos);
  CHECK(test::runCli({"merge", b, o}).code == 2);
  CHECK(test::runCli({"merge", b, o, t, "-o"}).code == 2);
  // An empty BASE (git's "no common version"): two-way.
  const std::string empty = dir.write("empty.json", "");
  PostMortem theirs = base;
  theirs.tags.push_back("added");
  dir.write("theirs2.json", toJson(theirs));
  r = test::runCli({"merge", empty, o, (dir.path / "theirs2.json").string()});
  CHECK(r.code == 0);
  CHECK(r.out.find("two-way merge") != std::string::npos);
  CHECK(loadPostMortemJson(dir.read("ours.json"), "o").doc->tags == std::vector<std::string>{"config", "added"});
}

TEST_CASE("merge cli: with real git, git-setup registers the driver and branches merge through it") {
  const std::string binary = hindsightBinary();
  INFO("the app binary is built by scripts/build native: " << binary);
  REQUIRE(fs::exists(binary));
  Scratch repo("git");
  const std::string dir = repo.path.string();
  REQUIRE(git(dir, {"init", "-q", "-b", "main"}) == 0);
  const PostMortem base = editedBase();
  const std::string file = "checkout.postmortem.json";
  repo.write(file, toJson(base));
  std::string setup;
  REQUIRE(platform::runProgram({binary, "git-setup", dir}, &setup) == 0);
  CHECK(setup.find(".gitattributes: added \"*.postmortem.json merge=hindsight\"") != std::string::npos);
  CHECK(repo.read(".gitattributes") == "*.postmortem.json merge=hindsight\n");
  CHECK(repo.read(".gitignore") == ".hindsight-revisions/\n.hindsight.lock\n");
  std::string driver;
  REQUIRE(git(dir, {"config", "--local", "merge.hindsight.driver"}, &driver) == 0);
  CHECK(driver == "'" + binary + "' merge %O %A %B\n");
  // Running it again changes nothing and says so.
  REQUIRE(platform::runProgram({binary, "git-setup", dir}, &setup) == 0);
  CHECK(setup.find(".gitattributes: already has") != std::string::npos);
  CHECK(setup.find(".gitignore: already has") != std::string::npos);
  CHECK(repo.read(".gitattributes") == "*.postmortem.json merge=hindsight\n");
  CHECK(repo.read(".gitignore") == ".hindsight-revisions/\n.hindsight.lock\n");
  REQUIRE(git(dir, {"add", "."}) == 0);
  REQUIRE(git(dir, {"commit", "-q", "-m", "base"}) == 0);

  SUBCASE("different parts: a clean merge") {
    REQUIRE(git(dir, {"checkout", "-q", "-b", "bo"}) == 0);
    PostMortem bo = base;
    bo.sections.summary = "Checkout failed for 48 minutes.";
    bo.tags.push_back("payments");
    repo.write(file, toJson(bo));
    REQUIRE(git(dir, {"commit", "-q", "-am", "bo"}) == 0);
    REQUIRE(git(dir, {"checkout", "-q", "main"}) == 0);
    PostMortem ana = base;
    ana.title = "Checkout outage after a config push";
    ana.events[0].text = "Alert fired: 5xx above 2%";
    repo.write(file, toJson(ana));
    REQUIRE(git(dir, {"commit", "-q", "-am", "ana"}) == 0);
    std::string log;
    CHECK(git(dir, {"merge", "--no-edit", "bo"}, &log) == 0);
    LoadResult merged = loadPostMortemJson(repo.read(file), file);
    REQUIRE(merged.ok());
    CHECK(merged.doc->title == "Checkout outage after a config push");
    CHECK(merged.doc->events[0].text == "Alert fired: 5xx above 2%");
    CHECK(merged.doc->sections.summary == "Checkout failed for 48 minutes.");
    CHECK(merged.doc->tags == std::vector<std::string>{"config", "payments"});
    CHECK(merged.doc->conflicts.empty());
  }
  SUBCASE("the same event text: a conflict, the file valid with both texts") {
    REQUIRE(git(dir, {"checkout", "-q", "-b", "bo"}) == 0);
    PostMortem bo = base;
    bo.events[1].text = "Bo acknowledged at 14:35";
    repo.write(file, toJson(bo));
    REQUIRE(git(dir, {"commit", "-q", "-am", "bo"}) == 0);
    REQUIRE(git(dir, {"checkout", "-q", "main"}) == 0);
    PostMortem ana = base;
    ana.events[1].text = "Ana acknowledged the page";
    repo.write(file, toJson(ana));
    REQUIRE(git(dir, {"commit", "-q", "-am", "ana"}) == 0);
    std::string log;
    CHECK(git(dir, {"merge", "--no-edit", "bo"}, &log) == 1);
    const std::string text = repo.read(file);
    CHECK(text.find("<<<<<<<") == std::string::npos);
    LoadResult merged = loadPostMortemJson(text, file);
    REQUIRE(merged.ok());
    REQUIRE(merged.doc->conflicts.size() == 1);
    CHECK(merged.doc->conflicts[0].id == "ev-2");
    CHECK(merged.doc->conflicts[0].ours == std::optional<std::string>("\"Ana acknowledged the page\""));
    CHECK(merged.doc->conflicts[0].theirs == std::optional<std::string>("\"Bo acknowledged at 14:35\""));
    std::string status;
    git(dir, {"status", "--porcelain"}, &status);
    CHECK(status == "UU " + file + "\n");
  }
}

TEST_CASE("merge cli: git-setup outside a repository says so") {
  Scratch dir("norepo");
  test::CliRun r = test::runCli({"git-setup", dir.path.string()});
  CHECK(r.code == 1);
  CHECK(r.err.find("is not inside a git repository") != std::string::npos);
}

TEST_CASE("merge cli: the desktop library keeps the newest merge bases in a hidden folder") {
  Scratch dir("bases");
  platform::FolderStore store(dir.path.string());
  const std::string id = "pm-0000000000000001";
  for (int i = 0; i < 4; ++i) {
    std::string revision(64, static_cast<char>('a' + i));
    store.putRevision(id, revision, "{\"n\": " + std::to_string(i) + "}", 3);
    // Distinct modification times, oldest first.
    fs::last_write_time(dir.path / ".hindsight-revisions" / id / (revision + ".json"),
                        fs::file_time_type::clock::now() - std::chrono::hours(10 - i));
  }
  store.putRevision(id, "../escape", "{}", 3);  // never a path
  store.putRevision("../bad", std::string(64, 'f'), "{}", 3);
  std::vector<platform::LibraryStore::Record> kept;
  store.loadRevisions(id, [&](std::vector<platform::LibraryStore::Record> r) { kept = std::move(r); });
  std::vector<std::string> names;
  for (const auto& r : kept) names.push_back(r.id);
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{std::string(64, 'b'), std::string(64, 'c'), std::string(64, 'd')});
  CHECK_FALSE(fs::exists(dir.path / ".hindsight-revisions" / "bad"));
  CHECK_FALSE(fs::exists(dir.path / ".hindsight-revisions" / "escape.json"));
}
