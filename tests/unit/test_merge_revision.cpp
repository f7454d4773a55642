// Revisions: content hashes of documents (core/merge/revision.h, core/text/sha256.h).
#include <doctest/doctest.h>

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
