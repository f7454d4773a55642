// Revisions: content hashes of documents (core/merge/revision.h, core/text/sha256.h).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "core/merge/revision.h"
#include "core/text/sha256.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("revision: sha256 of the FIPS 180-4 test vectors") {
  CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the padding needs a second block.
  CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("revision: the hash of the content, whatever the revision fields say") {
  PostMortem doc = hs::testing::sampleDoc();
  const std::string first = canonicalRevision(doc);
  CHECK(first.size() == 64);
  PostMortem same = doc;
  same.revision = "something else";
  same.editedFrom = {"abc"};
  CHECK(canonicalRevision(same) == first);
  same.title += "!";
  CHECK(canonicalRevision(same) != first);
}

TEST_CASE("revision: stamping records what an edit was made from") {
  PostMortem doc = hs::testing::sampleDoc();
  stampRevision(doc);
  const std::string r0 = doc.revision;
  CHECK(r0 == canonicalRevision(doc));
  CHECK(doc.editedFrom.empty());  // a first revision has no parent
  stampRevision(doc);  // nothing changed: the same revision, the same parent
  CHECK(doc.revision == r0);
  CHECK(doc.editedFrom.empty());
  doc.title = "Edited";
  stampRevision(doc);
  CHECK(doc.revision != r0);
  CHECK(doc.editedFrom == std::vector<std::string>{r0});
  // A merge names both sides, sorted, without blanks or repeats.
  stampRevision(doc, {"bb", "", "aa", "bb"});
  CHECK(doc.editedFrom == std::vector<std::string>{"aa", "bb"});
  CHECK(doc.revision == canonicalRevision(doc));
}

TEST_CASE("revision: the format carries revision, edited_from and conflicts through JSON and snapshots") {
  PostMortem doc = hs::testing::sampleDoc();
  MergeConflict c;
  c.element = ConflictElement::Event;
  c.id = "ev-2";
  c.field = "text";
  c.base = "\"On-call acknowledged\"";
  c.ours = "\"Ana acknowledged\"";
  c.theirs = "\"Bo acknowledged\"";
  MergeConflict gone;
  gone.element = ConflictElement::Factor;
  gone.id = "fa-1";
  gone.ours = R"({"id":"fa-1","text":"x"})";
  doc.conflicts = {c, gone};
  stampRevision(doc, {std::string(64, 'a'), std::string(64, 'b')});
  const std::string json = toJson(doc);
  CHECK(json.find(R"(  "conflicts": [
    {
      "element": "event",
      "id": "ev-2",
      "field": "text",
      "base": "On-call acknowledged",)") != std::string::npos);  // JSON values, not strings of JSON
  CHECK(json.find(R"(      "ours": "Ana acknowledged",
      "theirs": "Bo acknowledged"
    },
    {
      "element": "factor",
      "id": "fa-1",
      "ours": {
        "id": "fa-1",
        "text": "x"
      }
    }
  ],
  "revision": ")" + doc.revision + R"(",
  "edited_from": [
    ")" + std::string(64, 'a')) != std::string::npos);
  LoadResult back = loadPostMortemJson(json, "c.json");
  REQUIRE(back.ok());
  CHECK(back.doc->conflicts == doc.conflicts);
  CHECK(back.doc->revision == doc.revision);
  CHECK(back.doc->editedFrom == doc.editedFrom);
  CHECK(toJson(*back.doc) == json);
  std::string error;
  auto snap = loadSnapshot(saveSnapshot(doc), &error);
  REQUIRE(snap.has_value());
  CHECK(toJson(*snap) == json);
}

TEST_CASE("revision: bad revision fields and conflicts are named where they are") {
  std::string good = toJson(hs::testing::sampleDoc());
  auto withTail = [&](const std::string& tail) { return good.substr(0, good.size() - 3) + ",\n" + tail + "\n}\n"; };
  LoadResult r = loadPostMortemJson(withTail(R"("revision": "abc")"), "r.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].format() == "r.json: /revision: expected a revision (64 hex digits, lowercase), found the string \"abc\"");
  r = loadPostMortemJson(withTail(R"("edited_from": ["XYZ"])"), "r.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].format() ==
        "r.json: /edited_from/0: expected a revision (64 hex digits, lowercase), found the string \"XYZ\"");
  r = loadPostMortemJson(withTail(R"("conflicts": [{"element": "event", "id": "ev-2"}, {"element": "nope"}])"), "r.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].format() ==
        "r.json: /conflicts: at /conflicts/1/element: expected one of \"document\", \"impact\", \"sections\", "
        "\"event\", \"why_node\", \"factor\", \"action\", found \"nope\"");
}

TEST_CASE("revision: each shipped example names the revision of its own content") {
  for (const char* name : {"checkout-outage", "database-disk-full", "wal-archive-near-miss"}) {
    INFO(name);
    std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/assets/examples/" + name + ".postmortem.json",
                     std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    LoadResult r = loadPostMortemJson(text.str(), name);
    REQUIRE(r.ok());
    CHECK(r.doc->revision == canonicalRevision(*r.doc));
    CHECK(toJson(*r.doc) == text.str());
  }
}
