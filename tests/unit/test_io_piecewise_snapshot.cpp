#include <doctest/doctest.h>

#include <cstdio>
#include <map>

#include "core/edit/commands.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "core/model/ids.h"

using namespace hs;

namespace {

PostMortem documentWith(int events, int nodes) {
  seedIds(42);
  PostMortem doc;
  doc.id = newId("pm");
  doc.title = "Piecewise";
  doc.updated = 5;
  for (int i = 0; i < nodes; ++i) {
    WhyNode n;
    n.id = newId("wn");
    n.parentId = i == 0 ? "" : doc.whyNodes[static_cast<std::size_t>(i - 1) / 2].id;
    n.text = "why " + std::to_string(i);
    n.updated = 1;
    doc.whyNodes.push_back(n);
  }
  for (int i = 0; i < events; ++i) {
    TimelineEvent e;
    e.id = newId("ev");
    e.time = 1000 * i;
    e.text = "event " + std::to_string(i);
    e.updated = 1;
    doc.events.push_back(e);
  }
  return doc;
}

// The store as a map of piece key -> bytes, updated like IndexedDB would be.
struct FakeStore {
  std::string head;
  std::map<std::string, std::string> pieces;
  // Writes `save` as one transaction and tells the writer it landed.
  void apply(PiecewiseSnapshotWriter& writer, const PiecewiseSave& save) {
    writer.confirm(save);
    head = save.head;
    for (const auto& p : save.changed) pieces[p.key] = p.bytes;
    for (const auto& k : save.stale) pieces.erase(k);
  }
  std::optional<PostMortem> load(std::string* error = nullptr) {
    return assemblePiecewise(head, [this](const std::string& k) -> const std::string* {
      auto it = pieces.find(k);
      return it == pieces.end() ? nullptr : &it->second;
    }, error);
  }
};

}  // namespace

std::size_t encodedElements(const PiecewiseSave& save) {
  std::size_t n = 0;
  for (const auto& piece : save.changed) {
    auto part = loadSnapshot(piece.bytes, nullptr);
    REQUIRE(part);
    n += part->events.size() + part->whyNodes.size() + part->factors.size() + part->actions.size();
  }
  return n;
}

TEST_CASE("io piecewise: first save writes every piece, and the document comes back byte-identical") {
  PostMortem doc = documentWith(5000, 600);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  auto save = writer.prepare(doc);
  CHECK(save.stale.empty());
  CHECK(encodedElements(save) == 5600);
  // Content-defined pieces: about 5000/128 + 600/128 of them, none over the cap.
  CHECK(save.changed.size() >= 20);
  CHECK(save.changed.size() <= 120);
  for (const auto& piece : save.changed) {
    auto part = loadSnapshot(piece.bytes, nullptr);
    CHECK(part->events.size() + part->whyNodes.size() <= PiecewiseSnapshotWriter::kMaxPieceSize);
  }
  store.apply(writer, save);
  auto back = store.load();
  REQUIRE(back);
  CHECK(toJson(*back) == toJson(doc));
  CHECK(doc.events.size() == 5000);  // prepare left the document as it was
  CHECK(doc.whyNodes.size() == 600);
}

TEST_CASE("io piecewise: ids that differ only in their last digits still spread over pieces") {
  PostMortem doc;
  doc.id = "pm-sequential";
  char id[32];
  for (int i = 0; i < 5000; ++i) {
    TimelineEvent e;
    std::snprintf(id, sizeof id, "ev-%016d", i);
    e.id = id;
    e.time = i;
    doc.events.push_back(e);
  }
  PiecewiseSnapshotWriter writer;
  auto save = writer.prepare(doc);
  // 5000 / 128 ≈ 39 expected; the 512-element cap alone would give 10.
  CHECK(save.changed.size() >= 20);
  CHECK(save.changed.size() <= 80);
}

TEST_CASE("io piecewise: an edit rewrites only its piece") {
  PostMortem doc = documentWith(5000, 10);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  store.apply(writer, writer.prepare(doc));
  CHECK(writer.prepare(doc).changed.empty());  // nothing changed, nothing written

  History history;
  history.apply(doc, editElement<TimelineEvent>("Edit", "", doc.events[2700].id, doc, 99,
                                                [](TimelineEvent& e) { e.text = "changed"; }), 99);
  auto save = writer.prepare(doc);
  REQUIRE(save.changed.size() == 1);
  CHECK(encodedElements(save) <= PiecewiseSnapshotWriter::kMaxPieceSize);
  store.apply(writer, save);
  CHECK(toJson(*store.load()) == toJson(doc));

  history.undo(doc, 100);  // the old element, with its old stamp, is a change too
  save = writer.prepare(doc);
  CHECK(save.changed.size() == 1);
  store.apply(writer, save);
  CHECK(store.load()->events[2700].text == "event 2700");
}

TEST_CASE("io piecewise: a document replaced wholesale is rewritten after invalidate()") {
  PostMortem doc = documentWith(3000, 10);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  store.apply(writer, writer.prepare(doc));
  const std::size_t pieces = store.pieces.size();
  // An imported copy: same ids and stamps, other text (a hand-edited file).
  PostMortem incoming = doc;
  incoming.events[10].text = "edited by hand, stamp untouched";
  incoming.events.erase(incoming.events.begin() + 2000, incoming.events.end());
  doc = incoming;
  writer.invalidate();
  auto save = writer.prepare(doc);
  PiecewiseSnapshotWriter fresh;
  CHECK(save.changed.size() == fresh.prepare(doc).changed.size());  // every piece
  CHECK(!save.stale.empty());                                        // the gone ones are deleted
  store.apply(writer, save);
  CHECK(store.pieces.size() < pieces);
  CHECK(toJson(*store.load()) == toJson(doc));
  CHECK(writer.prepare(doc).changed.empty());
}

TEST_CASE("io piecewise: inserting or removing an element near the start touches one piece, not all after it") {
  PostMortem doc = documentWith(5000, 0);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  store.apply(writer, writer.prepare(doc));
  const std::size_t pieces = store.pieces.size();

  TimelineEvent extra;
  extra.id = newId("ev");
  extra.text = "inserted";
  extra.updated = 3;
  doc.events.insert(doc.events.begin() + 3, extra);
  auto save = writer.prepare(doc);
  CHECK(save.changed.size() <= 2);  // 2 when the new element happens to end a piece
  CHECK(encodedElements(save) <= 2 * PiecewiseSnapshotWriter::kMaxPieceSize);
  store.apply(writer, save);
  CHECK(toJson(*store.load()) == toJson(doc));

  doc.events.erase(doc.events.begin());  // the first piece takes a new name
  save = writer.prepare(doc);
  CHECK(save.changed.size() == 1);
  CHECK(save.stale.size() == 1);
  store.apply(writer, save);
  CHECK(store.pieces.size() <= pieces + 1);
  CHECK(toJson(*store.load()) == toJson(doc));

  doc.events.resize(100);  // most pieces go
  save = writer.prepare(doc);
  store.apply(writer, save);
  PiecewiseSnapshotWriter fresh;
  CHECK(store.pieces.size() == fresh.prepare(doc).changed.size());
  CHECK(store.pieces.size() < 5);
  CHECK(toJson(*store.load()) == toJson(doc));
}

TEST_CASE("io piecewise: a save that did not land is written again by the next one") {
  PostMortem doc = documentWith(2000, 0);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  store.apply(writer, writer.prepare(doc));
  doc.events[1500].text = "lost write";
  doc.events[1500].updated = 50;
  auto failed = writer.prepare(doc);  // the transaction aborts: no apply, no confirm
  REQUIRE(failed.changed.size() == 1);
  doc.events.erase(doc.events.begin());
  auto retry = writer.prepare(doc);
  CHECK(retry.changed.size() == 2);  // the unsaved edit and the renamed first piece
  CHECK(retry.stale.size() == 1);
  store.apply(writer, retry);
  CHECK(toJson(*store.load()) == toJson(doc));
  CHECK(writer.prepare(doc).changed.empty());
}

TEST_CASE("io piecewise: after a load, remember() makes the next save write only the change") {
  PostMortem doc = documentWith(3000, 20);
  FakeStore store;
  {
    PiecewiseSnapshotWriter first;
    store.apply(first, first.prepare(doc));
  }
  auto loaded = store.load();
  REQUIRE(loaded);
  PiecewiseSnapshotWriter writer;  // a new session
  writer.remember(*loaded);
  CHECK(writer.prepare(*loaded).changed.empty());
  loaded->whyNodes[5].text = "edited after the reload";
  loaded->whyNodes[5].updated = 77;
  auto save = writer.prepare(*loaded);
  CHECK(save.changed.size() == 1);
  CHECK(save.stale.empty());
}

TEST_CASE("io piecewise: a missing or corrupt piece is reported, not half-loaded") {
  PostMortem doc = documentWith(1000, 3);
  PiecewiseSnapshotWriter writer;
  FakeStore store;
  store.apply(writer, writer.prepare(doc));
  REQUIRE(store.pieces.size() >= 2);
  std::string error;
  auto second = std::next(store.pieces.begin());
  const std::string intact = second->second;
  second->second[40] ^= 0x5A;
  CHECK_FALSE(store.load(&error));
  CHECK(error.find("piece " + second->first + ": snapshot refused: checksum mismatch") == 0);
  second->second = intact;
  std::string firstKey = store.pieces.begin()->first;
  store.pieces.erase(store.pieces.begin());
  CHECK_FALSE(store.load(&error));
  CHECK(error == "piece " + firstKey + " is missing");
  CHECK_FALSE(assemblePiecewise("HSPIECE1\nev.1\n", [](const std::string&) { return nullptr; }, &error));
  CHECK(error == "the list of pieces is cut short");
  PiecewiseSnapshotWriter fresh;
  store.apply(fresh, fresh.prepare(doc));  // a writer that knows nothing writes everything
  CHECK(store.load());
}
