// The desktop's file reading, saving and library folder (hindsight_cli).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/native/folder_markdown.h"
#include "platform/native/folder_store.h"
#include "platform/native/local_files.h"

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "cli_test_support.h"
#include "io_test_support.h"
#include "temp_folder.h"
#include "platform/native/cli.h"

using namespace hs;
namespace fs = std::filesystem;

namespace {

struct DesktopDir : test::TempFolder {
  explicit DesktopDir(const std::string& name) : TempFolder("hindsight-desktop", name) {}
};

std::string contents(const std::string& path) { return test::fileContents(path); }

using test::CliRun;
const auto cli = test::runCli;

// True when a chmod 000 file can still be read (running as root): then
// "permission denied" cannot be produced that way.
bool unreadableFilesAreReadable(const std::string& path) { return ::access(path.c_str(), R_OK) == 0; }

}  // namespace

TEST_CASE("desktop: the file reader refuses FIFOs, devices, folders and oversized files before reading") {
  DesktopDir dir("reader");
  std::string fifo = dir.file("pipe.postmortem.json");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  // Returns at once: a FIFO is never opened, so no writer is waited for.
  auto pipe = platform::readLocalFile(fifo, 1000);
  CHECK_FALSE(pipe.ok);
  CHECK(platform::describeReadError(pipe, fifo) == "a named pipe (FIFO), not a regular file: " + fifo);

  auto zero = platform::readLocalFile("/dev/zero", 1000);
  CHECK_FALSE(zero.ok);
  CHECK(zero.error == "a device, not a regular file");
  CHECK(zero.bytes.empty());

  auto folder = platform::readLocalFile(dir.path.string(), 1000);
  CHECK(folder.error == "a folder, not a file");

  std::string big = dir.write("big.json", std::string(30, 'x'));
  auto tooBig = platform::readLocalFile(big, 10);
  CHECK_FALSE(tooBig.ok);
  CHECK(tooBig.error == "too large (30 bytes; the limit is 10 bytes)");
  auto atLimit = platform::readLocalFile(big, 30);
  CHECK(atLimit.ok);
  CHECK(atLimit.bytes == std::string(30, 'x'));
  CHECK(platform::readLocalFile(dir.write("empty.json", ""), 10).ok);

  std::string bigMb = dir.write("mb.json", "");
  fs::resize_file(bigMb, 25u * 1024u * 1024u);  // sparse: nothing is written
  CHECK(platform::readLocalFile(bigMb, 20u * 1024u * 1024u).error == "too large (25 MB; the limit is 20 MB)");

  CHECK(platform::readLocalFile(dir.file("missing.json"), 10).error == "no such file");
}

TEST_CASE("desktop: an unreadable file is reported as permission denied, not as invalid JSON") {
  DesktopDir dir("perm");
  std::string locked = dir.write("locked.postmortem.json", toJson(hs::testing::sampleDoc()));
  fs::permissions(locked, fs::perms::none);
  if (unreadableFilesAreReadable(locked)) {
    MESSAGE("skipped: running as root, a chmod 000 file is still readable");
    return;
  }
  auto read = platform::readLocalFile(locked, 1u << 20);
  CHECK(platform::describeReadError(read, locked) == "permission denied: " + locked);
  CliRun r = cli({"validate", locked});
  CHECK(r.code == 1);
  CHECK(r.err == locked + ": (document): cannot read the file: permission denied\n");
}

TEST_CASE("desktop: validate, export and stats refuse /dev/zero, a FIFO and a folder with the file named") {
  DesktopDir dir("cli");
  std::string fifo = dir.file("pipe.json");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);

  CliRun zero = cli({"validate", "/dev/zero"});
  CHECK(zero.code == 1);
  CHECK(zero.err == "/dev/zero: (document): cannot read the file: a device, not a regular file\n");

  CliRun pipe = cli({"export", "--format", "json", fifo});
  CHECK(pipe.code == 1);
  CHECK(pipe.out.empty());
  CHECK(pipe.err == fifo + ": (document): cannot read the file: a named pipe (FIFO), not a regular file\n");

  // stats expands folders, so a folder named as a file is only refused by validate.
  std::string folder = dir.file("folder.postmortem.json");
  fs::create_directories(folder);
  CliRun dirRun = cli({"validate", folder});
  CHECK(dirRun.err == folder + ": (document): cannot read the file: a folder, not a file\n");

  CliRun stats = cli({"stats", "/dev/zero"});
  CHECK(stats.code == 1);
  CHECK(stats.err == "/dev/zero: (document): cannot read the file: a device, not a regular file\n");
}

TEST_CASE("desktop: a save never replaces a file of the same name") {
  DesktopDir dir("save");
  std::string theirs = dir.write("checkout.postmortem.json", "theirs");
  auto first = platform::saveWithoutReplacing(dir.path.string(), "checkout.postmortem.json", "mine 1");
  REQUIRE(first.ok);
  CHECK(first.path == dir.file("checkout (2).postmortem.json"));
  auto second = platform::saveWithoutReplacing(dir.path.string(), "checkout.postmortem.json", "mine 2");
  CHECK(second.path == dir.file("checkout (3).postmortem.json"));
  auto md = platform::saveWithoutReplacing(dir.path.string(), "checkout.md", "# md");
  CHECK(md.path == dir.file("checkout.md"));
  CHECK(contents(theirs) == "theirs");
  CHECK(contents(first.path) == "mine 1");
  CHECK(contents(second.path) == "mine 2");
  CHECK(contents(md.path) == "# md");

  auto nowhere = platform::saveWithoutReplacing(dir.file("no-such-folder"), "a.md", "x");
  CHECK_FALSE(nowhere.ok);
  CHECK(nowhere.error == "cannot create " + dir.file("no-such-folder") + "/a.md: no such file");
}

namespace {

// What Persistence::load does with the records: parse, adopt in order, keep the first per id.
std::vector<std::string> loadLikeTheApp(platform::FolderStore& store, std::map<Id, std::string>* shown) {
  std::vector<std::string> order;
  store.loadAll([&](platform::LibraryStore::Result result, std::vector<platform::LibraryStore::Record> records) {
    REQUIRE(result.ok);
    for (auto& record : records) {
      order.push_back(record.id);
      auto loaded = loadPostMortemJson(record.bytes, record.id);
      if (!loaded.ok()) continue;
      store.adopt(record.id, loaded.doc->id);
      shown->emplace(loaded.doc->id, loaded.doc->title);
    }
  });
  return order;
}

}  // namespace

TEST_CASE("desktop: two files with one post-mortem id: the one shown is the one saved, the other is never written") {
  DesktopDir dir("dupes");
  PostMortem doc = hs::testing::sampleDoc();
  doc.title = "Canonical copy";
  std::string canonical = dir.write(doc.id + ".postmortem.json", toJson(doc));
  doc.title = "Teammate's copy";
  const std::string teammateBytes = toJson(doc);
  // Named so that it sorts before "pm-..." and after it, to cover both orders.
  for (std::string teammateName : {"checkout-outage.postmortem.json", "zz-checkout.postmortem.json"}) {
    CAPTURE(teammateName);
    std::string teammate = dir.write(teammateName, teammateBytes);
    std::string first = std::min(canonical, teammate), second = std::max(canonical, teammate);

    for (int restart = 0; restart < 3; ++restart) {
      platform::FolderStore store(dir.path.string());
      std::map<Id, std::string> shown;
      auto order = loadLikeTheApp(store, &shown);
      REQUIRE(order.size() == 2);
      CHECK(order[0] == first);  // name order, the same on every start
      CHECK(store.pathFor(doc.id) == first);
      auto notices = store.takeNotices();
      REQUIRE(notices.size() == 1);
      CHECK(notices[0] == "Two files in the library folder hold the same post-mortem (id " + doc.id + "): " +
                              first + " is the one shown and edits are saved there; " + second +
                              " is left untouched. Rename or remove one of them.");
      CHECK(store.takeNotices().empty());

      // Edit what is shown and save: it lands in the file shown, the other keeps its bytes.
      PostMortem edited = *loadPostMortemJson(contents(first), first).doc;
      CHECK(shown[doc.id] == edited.title);
      std::string before = edited.title;
      edited.title = "Edit " + std::to_string(restart);
      const std::string otherBefore = contents(second);
      bool saved = false;
      store.put(doc.id, toJson(edited), "{}", [&](platform::LibraryStore::Result r) { saved = r.ok; });
      CHECK(saved);
      CHECK(contents(first) == toJson(edited));
      CHECK(contents(second) == otherBefore);
      if (restart > 0) CHECK(before == "Edit " + std::to_string(restart - 1));  // the last edit survived the restart
    }
    fs::remove(teammate);
    doc.title = "Canonical copy";
    dir.write(doc.id + ".postmortem.json", toJson(doc));
  }
}

TEST_CASE("desktop: a library file that cannot be read is named in a notice and left alone") {
  DesktopDir dir("unreadable");
  PostMortem doc = hs::testing::sampleDoc();
  std::string good = dir.write(doc.id + ".postmortem.json", toJson(doc));
  std::string fifo = dir.file("a-pipe.postmortem.json");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  platform::FolderStore store(dir.path.string());
  std::map<Id, std::string> shown;
  auto order = loadLikeTheApp(store, &shown);
  CHECK(order == std::vector<std::string>{good});
  CHECK(shown.size() == 1);
  auto notices = store.takeNotices();
  REQUIRE(notices.size() == 1);
  CHECK(notices[0] == "A file in the library folder could not be read and was left untouched: "
                      "a named pipe (FIFO), not a regular file: " + fifo);
  CHECK(fs::is_fifo(fifo));
}
