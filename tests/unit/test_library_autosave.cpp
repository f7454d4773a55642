// The autosave protocol against a store whose answers the test gives by hand.
#include <doctest/doctest.h>

#include <deque>
#include <map>

#include "core/edit/commands.h"
#include "core/io/snapshot.h"
#include "core/library/autosave.h"

using namespace hs;

namespace {

// A store that records every call and answers when the test says so.
struct FakeLibraryStore final : LibraryStore {
  bool pieces = false;
  bool answerAtOnce = true;   // like the folder store; false: like IndexedDB, later
  Result nextAnswer;          // what puts and removes answer
  Result loadAnswer;
  std::vector<Record> stored;  // what loadAll returns
  std::vector<std::string> puts, removes, adopted;
  std::vector<std::size_t> piecesWritten;  // per putPieces call
  std::deque<std::function<void()>> waiting;

  std::string description() const override { return "fake"; }
  bool storesJson() const override { return false; }
  bool storesPieces() const override { return pieces; }
  void answer(std::function<void()> call) {
    if (answerAtOnce) call();
    else waiting.push_back(std::move(call));
  }
  void answerOne() {
    REQUIRE(!waiting.empty());
    auto call = std::move(waiting.front());
    waiting.pop_front();
    call();
  }
  void loadAll(std::function<void(Result, std::vector<Record>)> done) override {
    answer([this, done] { done(loadAnswer, stored); });
  }
  void put(const std::string& id, std::string, const std::string&, std::function<void(Result)> done) override {
    puts.push_back(id);
    answer([this, done] { done(nextAnswer); });
  }
  void remove(const std::string& id, std::function<void(Result)> done) override {
    removes.push_back(id);
    answer([this, done] { done(nextAnswer); });
  }
  void putPieces(const std::string& id, std::string, std::vector<std::pair<std::string, std::string>> written,
                 std::vector<std::string>, const std::string&, std::function<void(Result)> done) override {
    puts.push_back(id);
    piecesWritten.push_back(written.size());
    answer([this, done] { done(nextAnswer); });
  }
  void adopt(const std::string& recordKey, const std::string&) override { adopted.push_back(recordKey); }
};

struct FakeLibrary final : AutosaveLibrary {
  TimeMs clock = 10'000;
  std::vector<PostMortem> docs;
  UnsavedChanges changes;
  std::vector<std::string> warnings;

  TimeMs now() const override { return clock; }
  PostMortem* findDocument(const Id& id) override {
    for (auto& d : docs)
      if (d.id == id) return &d;
    return nullptr;
  }
  void addStored(PostMortem doc) override { docs.push_back(std::move(doc)); }
  void warn(std::string text) override { warnings.push_back(std::move(text)); }
  UnsavedChanges& unsaved() override { return changes; }

  void edit(const Id& id) { changes.edited(id, clock); }
};

PostMortem docNamed(const std::string& id, int events = 0) {
  PostMortem doc;
  doc.id = id;
  doc.title = "Doc " + id;
  for (int i = 0; i < events; ++i) {
    TimelineEvent e;
    e.id = "ev-" + std::to_string(1000 + i);
    e.time = i * 1000;
    e.text = "event " + std::to_string(i);
    doc.events.push_back(e);
  }
  return doc;
}

// An autosave that is the writer and has loaded an empty store.
struct Fixture {
  FakeLibraryStore store;
  FakeLibrary library;
  Autosave autosave{store, library};
  Fixture() {
    library.docs.push_back(docNamed("pm-a"));
    library.docs.push_back(docNamed("pm-b"));
    autosave.claimed(true, "");
  }
};

}  // namespace

TEST_CASE("autosave: loads the store, skips and keeps an unreadable record, assembles a piecewise one") {
  FakeLibraryStore store;
  store.answerAtOnce = false;
  FakeLibrary library;
  PostMortem whole = docNamed("pm-whole");
  PostMortem big = docNamed("pm-big", 300);
  PiecewiseSnapshotWriter writer;
  PiecewiseSave save = writer.prepare(big);
  store.stored.push_back({"pm-whole", saveSnapshot(whole)});
  store.stored.push_back({"pm-broken", "not a snapshot"});
  store.stored.push_back({"pm-big", save.head});
  for (auto& piece : save.changed) store.stored.push_back({pieceRecordId("pm-big", piece.key), piece.bytes});
  Autosave autosave(store, library);

  CHECK(autosave.status().text == "Opening the library\xE2\x80\xA6");  // no claim yet
  autosave.claimed(true, "");
  CHECK(autosave.status().text == "Opening the library\xE2\x80\xA6");  // claimed, load not answered
  CHECK_FALSE(autosave.loaded());
  store.answerOne();
  CHECK(autosave.loaded());
  REQUIRE(library.docs.size() == 2);
  CHECK(library.docs[0].id == "pm-whole");
  CHECK(library.docs[1].id == "pm-big");
  CHECK(library.docs[1].events.size() == 300);
  CHECK(library.docs[1].events[299].text == "event 299");
  REQUIRE(autosave.unreadable().size() == 1);
  CHECK(autosave.unreadable()[0].id == "pm-broken");
  CHECK(autosave.unreadable()[0].bytes == "not a snapshot");
  CHECK(store.adopted == std::vector<std::string>{"pm-whole", "pm-big"});
  CHECK(autosave.status().text == "No changes");
  CHECK(autosave.status().kind == SaveStatus::Kind::Fine);
  CHECK(library.changes.counter() == 0);  // loading is not an edit
}

TEST_CASE("autosave: piece record ids are spelled pmc:<id>:<key>") {
  CHECK(pieceRecordId("pm-1", "ev.00ff") == "pmc:pm-1:ev.00ff");
  CHECK(isPieceRecordId("pmc:pm-1:ev.00ff"));
  CHECK_FALSE(isPieceRecordId("pm-1"));
  CHECK_FALSE(isPieceRecordId("pmc"));
}

TEST_CASE("autosave: a load error is a problem; Retry now loads again") {
  FakeLibraryStore store;
  store.loadAnswer = {false, "IndexedDB blocked"};
  FakeLibrary library;
  Autosave autosave(store, library);
  autosave.claimed(true, "");
  CHECK(autosave.problem() ==
        "Saved post-mortems could not be read (IndexedDB blocked). Changes stay in this window only: download a copy to keep them.");
  store.loadAnswer = {};
  store.stored.push_back({"pm-x", saveSnapshot(docNamed("pm-x"))});
  autosave.retryNow();
  CHECK(autosave.problem().empty());
  CHECK(library.docs.size() == 1);
}

TEST_CASE("autosave: writes one quiet second after the last edit, only the edited document") {
  Fixture f;
  f.library.edit("pm-b");
  f.autosave.tick();
  CHECK(f.autosave.status().text == "Unsaved changes");
  CHECK(f.autosave.status().kind == SaveStatus::Kind::Pending);
  f.library.clock = 10'999;
  f.autosave.tick();
  CHECK(f.store.puts.empty());
  f.library.clock = 11'000;
  f.autosave.tick();
  CHECK(f.store.puts == std::vector<std::string>{"pm-b"});
  CHECK(f.library.changes.dirty().empty());
  CHECK(f.autosave.status().text == "Saved");
  f.library.clock = 11'000 + 7'000;
  CHECK(f.autosave.status().text == "Saved \xC2\xB7 7 s ago");
  f.autosave.tick();
  CHECK(f.store.puts.size() == 1);  // nothing more to write
}

TEST_CASE("autosave: flushNow writes at once, without the quiet second") {
  Fixture f;
  f.library.edit("pm-a");
  f.autosave.flushNow();
  CHECK(f.store.puts == std::vector<std::string>{"pm-a"});
}

TEST_CASE("autosave: a failed write is retried after 2, 4, 8, 16, 30, 30 s; success resets the delay") {
  Fixture f;
  f.store.nextAnswer = {false, "disk full"};
  f.library.edit("pm-a");
  f.library.clock = 11'000;
  f.autosave.tick();
  REQUIRE(f.store.puts.size() == 1);
  CHECK(f.autosave.status().kind == SaveStatus::Kind::Failed);
  CHECK(f.autosave.status().text == "Not saved: disk full \xC2\xB7 retry in 2 s");
  CHECK(f.autosave.problem() ==
        "Changes are not being saved: disk full. They stay in this window; download a copy to keep them. Saving is retried.");
  CHECK(f.library.changes.dirty().count("pm-a") == 1);  // still to be written

  TimeMs at = 11'000;
  for (TimeMs delay : {2'000, 4'000, 8'000, 16'000, 30'000, 30'000}) {
    std::size_t before = f.store.puts.size();
    CHECK(f.autosave.retryAt() == at + delay);
    f.library.clock = at + delay - 1;
    f.autosave.tick();
    CHECK(f.store.puts.size() == before);  // not yet
    f.library.clock = at + delay;
    f.autosave.tick();
    CHECK(f.store.puts.size() == before + 1);
    at += delay;
  }
  f.library.clock = at + 1'500;
  CHECK(f.autosave.status().text == "Not saved: disk full \xC2\xB7 retry in 29 s");  // 28.5 s rounded up

  f.store.nextAnswer = {};
  f.autosave.retryNow();  // "Retry now" does not wait
  CHECK(f.autosave.status().text == "Saved");
  CHECK(f.library.changes.dirty().empty());
  f.store.nextAnswer = {false, "disk full"};
  f.library.edit("pm-b");
  f.library.clock += 1'000;
  f.autosave.tick();
  CHECK(f.autosave.retryAt() == f.library.clock + 2'000);  // back to the first delay
}

TEST_CASE("autosave: an edit made while a write is in flight stays dirty and is written next") {
  Fixture f;
  f.store.answerAtOnce = false;
  f.library.edit("pm-a");  // counter 1
  f.library.clock = 11'000;
  f.autosave.tick();
  CHECK(f.autosave.status().text == "Saving\xE2\x80\xA6");
  f.library.clock = 11'200;
  f.library.edit("pm-a");  // counter 2, while counter 1 is being written
  f.autosave.tick();
  CHECK(f.store.puts.size() == 1);  // one write at a time
  f.store.answerOne();
  CHECK(f.library.changes.dirty().at("pm-a") == 2);
  CHECK(f.autosave.status().text == "Unsaved changes");
  f.library.clock = 12'200;
  f.autosave.tick();
  CHECK(f.store.puts.size() == 2);
  f.store.answerOne();
  CHECK(f.library.changes.dirty().empty());
  CHECK(f.autosave.status().text == "Saved");
}

TEST_CASE("autosave: a failed removal is tried again; a document removed and added back is written") {
  Fixture f;
  f.store.nextAnswer = {false, "locked"};
  f.library.docs.erase(f.library.docs.begin());  // pm-a
  f.library.changes.removed("pm-a", f.library.clock);
  f.autosave.flushNow();
  CHECK(f.store.removes == std::vector<std::string>{"pm-a"});
  CHECK(f.autosave.status().text.rfind("Not saved: locked", 0) == 0);
  f.store.nextAnswer = {};
  f.autosave.retryNow();
  CHECK(f.store.removes == std::vector<std::string>{"pm-a", "pm-a"});
  CHECK(f.autosave.status().text == "Saved");

  f.library.docs.erase(f.library.docs.begin());  // pm-b
  f.library.changes.removed("pm-b", f.library.clock);
  f.library.docs.push_back(docNamed("pm-b"));
  f.library.changes.edited("pm-b", f.library.clock);
  f.autosave.flushNow();
  CHECK(f.store.removes.size() == 2);  // pm-b not removed
  CHECK(f.store.puts == std::vector<std::string>{"pm-b"});
}

TEST_CASE("autosave: a read-only instance never writes and says why") {
  FakeLibraryStore store;
  FakeLibrary library;
  library.docs.push_back(docNamed("pm-a"));
  Autosave autosave(store, library);
  autosave.claimed(false, "Hindsight is open in another tab");
  CHECK(autosave.role() == Autosave::Role::ReadOnly);
  CHECK(autosave.status().text == "Read-only: open in another tab");
  CHECK(autosave.status().kind == SaveStatus::Kind::Fine);
  library.edit("pm-a");
  library.clock += 5'000;
  autosave.tick();
  autosave.flushNow();
  CHECK(store.puts.empty());
  CHECK(autosave.status().text == "Not saved: open in another tab");
  CHECK(autosave.status().kind == SaveStatus::Kind::Failed);
  CHECK(autosave.problem() == "Hindsight is open in another tab.");
}

TEST_CASE("autosave: never writes over a stored record it could not read, until its banner is dismissed") {
  FakeLibraryStore store;
  store.stored.push_back({"pm-a", "garbage"});
  FakeLibrary library;
  library.docs.push_back(docNamed("pm-a"));  // e.g. imported again after the load
  Autosave autosave(store, library);
  autosave.claimed(true, "");
  library.edit("pm-a");
  autosave.flushNow();
  CHECK(store.puts.empty());
  CHECK(autosave.status().text.rfind("Not saved: a stored record with the same id could not be read", 0) == 0);
  autosave.dismissUnreadable(0);
  autosave.retryNow();
  CHECK(store.puts == std::vector<std::string>{"pm-a"});
}

TEST_CASE("autosave: a piecewise store gets only changed pieces, and every piece after a replacement") {
  Fixture f;
  f.store.pieces = true;
  f.library.docs.push_back(docNamed("pm-big", 600));
  f.library.edit("pm-big");
  f.autosave.flushNow();
  REQUIRE(f.store.piecesWritten.size() == 1);
  const std::size_t all = f.store.piecesWritten[0];
  CHECK(all >= 2);

  PostMortem& big = f.library.docs.back();
  History history;
  history.apply(big, editElement<TimelineEvent>("Edit", "", big.events[300].id, big, 20'000,
                                                [](TimelineEvent& e) { e.text = "changed"; }), 20'000);
  f.library.edit("pm-big");
  f.autosave.flushNow();
  CHECK(f.store.piecesWritten.back() == 1);

  f.library.changes.replaced("pm-big");  // stamps from elsewhere: diffing by stamp is not enough
  f.library.edit("pm-big");
  f.autosave.flushNow();
  CHECK(f.store.piecesWritten.back() == all);
}
