// Kept revisions and how an incoming copy relates to the library's (core/merge/revision_log.h).
#include <doctest/doctest.h>

#include "core/merge/revision.h"
#include "core/merge/revision_log.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("revision log: identical, newer, older and diverged copies") {
  RevisionLog log;
  PostMortem r0 = hs::testing::sampleDoc();
  stampRevision(r0);  // A exports it; B imports the same file
  log.keep(r0);

  PostMortem a = r0;  // A edits (not exported yet)
  a.title = "A's title";
  PostMortem b = r0;  // B edits and exports
  b.sections.summary = "B's summary";
  stampRevision(b);
  REQUIRE(b.editedFrom == std::vector<std::string>{r0.revision});

  CHECK(log.compare(r0, r0).relation == CopyRelation::Identical);
  PostMortem sameContent = r0;
  sameContent.revision.clear();  // a copy without revision fields, same content
  CHECK(log.compare(r0, sameContent).relation == CopyRelation::Identical);
  // The library still holds r0 unchanged, B's copy was made from it: update.
  CHECK(log.compare(r0, b).relation == CopyRelation::IncomingNewer);
  // The incoming copy is r0 and the library moved on: nothing new.
  CHECK(log.compare(a, r0).relation == CopyRelation::LibraryNewer);
  // Both changed: merge against r0, the common version kept in the log.
  CopyComparison c = log.compare(a, b);
  CHECK(c.relation == CopyRelation::Diverged);
  REQUIRE(c.base.has_value());
  CHECK(c.base->revision == r0.revision);
  // Without r0 kept: still diverged, but two-way.
  RevisionLog empty;
  CopyComparison none = empty.compare(a, b);
  CHECK(none.relation == CopyRelation::Diverged);
  CHECK_FALSE(none.base.has_value());

  // A merges B's copy: the result names both; B then sees it as newer than its own.
  PostMortem merged = a;
  merged.sections.summary = b.sections.summary;
  stampRevision(merged, {canonicalRevision(a), b.revision});
  CHECK(log.compare(b, merged).relation == CopyRelation::IncomingNewer);
}

TEST_CASE("revision log: keeps the newest 20 revisions per post-mortem") {
  RevisionLog log;
  PostMortem doc = hs::testing::sampleDoc();
  std::vector<std::string> revisions;
  for (int i = 0; i < 25; ++i) {
    doc.title = "Title " + std::to_string(i);
    stampRevision(doc);
    revisions.push_back(doc.revision);
    log.keep(doc);
  }
  const auto& kept = log.revisionsOf(doc.id);
  REQUIRE(kept.size() == 20);
  CHECK(kept.front().revision == revisions[5]);
  CHECK(kept.back().revision == revisions[24]);
  CHECK(log.find(doc.id, revisions[4]) == nullptr);
  CHECK(log.find(doc.id, revisions[5])->doc.title == "Title 5");
  // A chain of parents through the kept revisions: the newest still descends from the oldest kept.
  PostMortem oldest = log.find(doc.id, revisions[5])->doc;
  CHECK(log.compare(oldest, doc).relation == CopyRelation::IncomingNewer);
}
