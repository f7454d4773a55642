// Markdown post-mortems put in the desktop library folder (issue 15): read by their
// content under an id made from it, never written; an edit is saved beside the .md,
// which is then not imported again; a removal keeps the .md (hindsight_cli).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/model/time_format.h"
#include "platform/native/folder_markdown.h"
#include "platform/native/folder_store.h"
#include "io_test_support.h"
#include "temp_folder.h"

using namespace hs;
namespace fs = std::filesystem;

namespace {

struct LibraryDir : test::TempFolder {
  explicit LibraryDir(const std::string& name) : TempFolder("hindsight-mdfolder", name) {}
};

std::string contents(const std::string& path) { return test::fileContents(path); }

// sha256sum of this text starts e1446ab26876dd33 (worked out with coreutils).
const std::string kOutage =
    "# Checkout outage\n"
    "\n"
    "**Date:** 2026-01-15\n"
    "**Severity:** SEV-2\n"
    "\n"
    "## Summary\n"
    "\n"
    "Checkout returned errors for 48 minutes.\n"
    "\n"
    "## Timeline\n"
    "\n"
    "- 14:32 Alert fired\n"
    "- 15:20 Error rate normal\n"
    "\n"
    "## Action Items\n"
    "\n"
    "- [ ] Validate config before push\n";

struct Loaded {
  std::vector<std::string> keys;  // record keys in order
  std::map<Id, PostMortem> docs;  // the first record per id, as the app keeps it
};

Loaded load(platform::FolderStore& store) {
  Loaded out;
  store.loadAll([&](platform::LibraryStore::Result result, std::vector<platform::LibraryStore::Record> records) {
    REQUIRE(result.ok);
    for (auto& record : records) {
      out.keys.push_back(record.id);
      LoadResult doc = loadPostMortemJson(record.bytes, record.id);
      REQUIRE(doc.ok());
      store.adopt(record.id, doc.doc->id);
      out.docs.emplace(doc.doc->id, *doc.doc);
    }
  });
  return out;
}

}  // namespace

TEST_CASE("desktop markdown folder: a Markdown post-mortem comes in by its content, under an id from its bytes") {
  LibraryDir dir("in");
  const TimeMs modified = *parseRfc3339("2026-01-20T10:00:00Z");
  const std::string md = dir.write("checkout outage.md", kOutage, modified);
  // Read by content, whatever the name; a README, a plain note and a picture are not post-mortems.
  const std::string txt = dir.write("old-outage.txt", kOutage + "\n", modified);
  dir.write("README.md", "# Our post-mortems\n\n## Summary\n\nOne file per incident.\n", modified);
  dir.write("notes.md", "# Notes\n\n## Ideas\n\n- more dashboards\n", modified);
  dir.write("graph.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10), modified);
  PostMortem other = hs::testing::sampleDoc();
  const std::string json = dir.write(other.id + ".postmortem.json", toJson(other), modified);

  for (int start = 0; start < 2; ++start) {
    CAPTURE(start);
    platform::FolderStore store(dir.path.string());
    Loaded l = load(store);
    // JSON first, then the Markdown files in name order.
    CHECK(l.keys == std::vector<std::string>{json, md, txt});
    CHECK(store.takeNotices().empty());
    const std::string id = "pm-md-e1446ab26876dd33";
    REQUIRE(l.docs.count(id) == 1);
    const PostMortem& doc = l.docs.at(id);
    CHECK(doc.title == "Checkout outage");
    CHECK(doc.severity == Severity::Sev2);
    CHECK(doc.sections.summary == "Checkout returned errors for 48 minutes.");
    // The file's time stamps the import, so a second start reads the very same document.
    CHECK(doc.created == modified);
    CHECK(doc.updated == modified);
    REQUIRE(doc.events.size() == 2);
    CHECK(doc.events[0].time == *parseRfc3339("2026-01-15T14:32:00Z"));
    CHECK(doc.events[0].text == "Alert fired");
    CHECK(doc.events[1].time == *parseRfc3339("2026-01-15T15:20:00Z"));
    REQUIRE(doc.actions.size() == 1);
    CHECK(doc.actions[0].title == "Validate config before push");
    // ".txt" holds one more line break: other bytes, another id.
    CHECK(l.docs.count(platform::markdownFileId(kOutage + "\n")) == 1);
    CHECK(l.docs.size() == 3);
    CHECK(contents(md) == kOutage);  // never written
  }
}

TEST_CASE("desktop markdown folder: an edit is saved beside the .md, which is then not imported again") {
  LibraryDir dir("edit");
  const TimeMs modified = *parseRfc3339("2026-01-20T10:00:00Z");
  const std::string md = dir.write("outage.md", kOutage, modified);
  const std::string id = "pm-md-e1446ab26876dd33";
  {
    platform::FolderStore store(dir.path.string());
    Loaded l = load(store);
    REQUIRE(l.docs.count(id) == 1);
    PostMortem edited = l.docs.at(id);
    edited.title = "Checkout outage (reviewed)";
    CHECK(store.pathFor(id) == dir.file(id + ".postmortem.json"));
    bool saved = false;
    store.put(id, toJson(edited), "{}", [&](platform::LibraryStore::Result r) { saved = r.ok; });
    CHECK(saved);
    CHECK(contents(dir.file(id + ".postmortem.json")) == toJson(edited));
    CHECK(contents(md) == kOutage);
  }
  {
    // Next start: the saved edit is the post-mortem; the .md is not a second copy of it.
    platform::FolderStore store(dir.path.string());
    Loaded l = load(store);
    CHECK(l.keys == std::vector<std::string>{dir.file(id + ".postmortem.json")});
    CHECK(l.docs.at(id).title == "Checkout outage (reviewed)");
    CHECK(store.takeNotices().empty());
  }
  {
    // The .md changed outside the app: a new text, imported next to the edited one; nothing is lost.
    const std::string changed = kOutage + "- [ ] Page on checkout errors\n";
    dir.write("outage.md", changed, modified);
    platform::FolderStore store(dir.path.string());
    Loaded l = load(store);
    CHECK(l.keys == std::vector<std::string>{dir.file(id + ".postmortem.json"), md});
    REQUIRE(l.docs.size() == 2);
    CHECK(l.docs.at(platform::markdownFileId(changed)).actions.size() == 2);
    CHECK(l.docs.at(id).title == "Checkout outage (reviewed)");
  }
}

TEST_CASE("desktop markdown folder: the saved copy under another name wins, silently; identical .md files show once") {
  LibraryDir dir("renamed");
  const TimeMs modified = *parseRfc3339("2026-01-20T10:00:00Z");
  const std::string md = dir.write("b-outage.md", kOutage, modified);
  const std::string copy = dir.write("c-outage-copy.md", kOutage, modified);
  const std::string id = "pm-md-e1446ab26876dd33";
  // A teammate renamed the saved edit by its title (a git checkout).
  PostMortem edited = *loadPostMortemJson(*platform::markdownPostMortemJson(kOutage, modified), "x").doc;
  edited.title = "Renamed copy";
  const std::string renamed = dir.write("a-checkout.postmortem.json", toJson(edited), modified);

  platform::FolderStore store(dir.path.string());
  Loaded l = load(store);
  CHECK(l.keys == std::vector<std::string>{renamed, md});
  CHECK(l.docs.at(id).title == "Renamed copy");
  CHECK(store.pathFor(id) == renamed);  // edits go to the file shown, never to the .md
  auto notices = store.takeNotices();
  REQUIRE(notices.size() == 1);
  CHECK(notices[0] == "Two Markdown files in the library folder hold the same text: " + md +
                          " is the one shown; " + copy + " is left untouched.");
}

TEST_CASE("desktop markdown folder: removing an imported post-mortem keeps the .md and it stays removed") {
  LibraryDir dir("remove");
  const TimeMs modified = *parseRfc3339("2026-01-20T10:00:00Z");
  const std::string md = dir.write("outage.md", kOutage, modified);
  const std::string id = "pm-md-e1446ab26876dd33";
  for (bool editedFirst : {false, true}) {
    CAPTURE(editedFirst);
    fs::remove(dir.file(".hindsight-removed-markdown"));
    if (editedFirst) {
      platform::FolderStore store(dir.path.string());
      Loaded l = load(store);
      store.put(id, toJson(l.docs.at(id)), "{}", [](platform::LibraryStore::Result r) { CHECK(r.ok); });
    }
    {
      platform::FolderStore store(dir.path.string());
      Loaded l = load(store);
      REQUIRE(l.docs.count(id) == 1);
      bool removed = false;
      store.remove(id, [&](platform::LibraryStore::Result r) { removed = r.ok; });
      CHECK(removed);
      CHECK(contents(md) == kOutage);
      CHECK_FALSE(fs::exists(dir.file(id + ".postmortem.json")));
      CHECK(contents(dir.file(".hindsight-removed-markdown")) == id + "\toutage.md\n");
    }
    platform::FolderStore store(dir.path.string());
    CHECK(load(store).keys.empty());
  }
  // A changed .md is a new text: it comes in again.
  const std::string changed = kOutage + "\nEdited outside.\n";
  dir.write("outage.md", changed, modified);
  platform::FolderStore store(dir.path.string());
  Loaded l = load(store);
  CHECK(l.keys == std::vector<std::string>{md});
  CHECK(l.docs.count(platform::markdownFileId(changed)) == 1);
}
