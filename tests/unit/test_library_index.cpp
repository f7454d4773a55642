#include <doctest/doctest.h>

#include "core/library/library_index.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {

std::vector<PostMortem> library() {
  std::vector<PostMortem> lib = sampleLibrary();
  lib[0].sections.summary = "The primary database ran out of disk space.";
  lib[0].authors = {"Ana Lima"};
  lib[0].status = DocStatus::Closed;
  lib[1].authors = {"Bo Chen"};
  lib[1].status = DocStatus::Reviewed;
  lib[2].updated = at("2026-02-12T00:00:00Z");
  lib[2].actions[1].updated = at("2026-03-07T00:00:00Z");  // an element edited later
  return lib;
}

std::vector<Id> ids(const std::vector<LibraryRow>& rows) {
  std::vector<Id> out;
  for (const LibraryRow& r : rows) out.push_back(r.id);
  return out;
}

const TimeMs kNow = at(kSampleNowText);

}  // namespace

TEST_CASE("library: rows carry counts and the last edit") {
  std::vector<PostMortem> lib = library();
  LibraryRow row = makeLibraryRow(lib[2], 2, kNow);
  CHECK(row.index == 2);
  CHECK(row.id == "pm-c");
  CHECK(row.title == "DB disk full again");
  CHECK(row.incidentDate == at("2026-02-10T14:00:00Z"));
  CHECK(row.severity == Severity::Sev2);
  CHECK(row.status == DocStatus::Draft);
  CHECK(row.openActions == 2);     // c1, c3
  CHECK(row.overdueActions == 1);  // c1 (due 03-01)
  CHECK(row.lastEdit == at("2026-03-07T00:00:00Z"));
}

TEST_CASE("library: default sort is newest incident first") {
  CHECK(ids(queryLibrary(library(), {}, {}, kNow)) ==
        std::vector<Id>{"pm-e", "pm-d", "pm-c", "pm-b", "pm-a"});
}

TEST_CASE("library: text search is case-insensitive over title, summary, tags, services, authors") {
  auto search = [](const char* q) {
    LibraryFilter f;
    f.text = q;
    return ids(queryLibrary(library(), f, {LibraryColumn::Id, true}, kNow));
  };
  CHECK(search("disk") == std::vector<Id>{"pm-a", "pm-c", "pm-d"});  // titles and tag
  CHECK(search("PRIMARY database") == std::vector<Id>{"pm-a"});      // summary, both words
  CHECK(search("bo chen") == std::vector<Id>{"pm-b"});               // author
  CHECK(search("API") == std::vector<Id>{"pm-e"});                   // service
  CHECK(search("latency") == std::vector<Id>{"pm-b"});               // tag + title
  CHECK(search("disk nothing-like-this").empty());
  CHECK(search("   ").size() == 5);
}

TEST_CASE("library: filters by severity, status, tag and service") {
  LibrarySort byId{LibraryColumn::Id, true};
  LibraryFilter f;
  f.severity = Severity::Sev1;
  CHECK(ids(queryLibrary(library(), f, byId, kNow)) == std::vector<Id>{"pm-b", "pm-e"});
  f = {};
  f.status = DocStatus::Draft;
  CHECK(ids(queryLibrary(library(), f, byId, kNow)) == std::vector<Id>{"pm-c", "pm-d", "pm-e"});
  f = {};
  f.tag = " DISK ";
  CHECK(ids(queryLibrary(library(), f, byId, kNow)) == std::vector<Id>{"pm-a", "pm-d"});
  f = {};
  f.service = "db";  // pm-c writes "DB"
  CHECK(ids(queryLibrary(library(), f, byId, kNow)) == std::vector<Id>{"pm-a", "pm-c", "pm-e"});
  f.severity = Severity::Sev2;
  f.text = "again";
  CHECK(ids(queryLibrary(library(), f, byId, kNow)) == std::vector<Id>{"pm-c"});
}

TEST_CASE("library: sort by each column with id tie-break") {
  std::vector<PostMortem> lib = library();
  auto sorted = [&](LibraryColumn c, bool asc) { return ids(queryLibrary(lib, {}, {c, asc}, kNow)); };
  // Severities: a2 b1 c2 d3 e1 -> ties broken by id ascending in both directions.
  CHECK(sorted(LibraryColumn::Severity, true) == std::vector<Id>{"pm-b", "pm-e", "pm-a", "pm-c", "pm-d"});
  CHECK(sorted(LibraryColumn::Severity, false) == std::vector<Id>{"pm-d", "pm-a", "pm-c", "pm-b", "pm-e"});
  // Titles ignore case: "Checkout latency" < "DB disk full" < "DB disk full again" < "DB failover"
  // < "Disk alert noise".
  CHECK(sorted(LibraryColumn::Title, true) == std::vector<Id>{"pm-b", "pm-a", "pm-c", "pm-e", "pm-d"});
  // Status: Draft (c, d, e) < Reviewed (b) < Closed (a).
  CHECK(sorted(LibraryColumn::Status, true) == std::vector<Id>{"pm-c", "pm-d", "pm-e", "pm-b", "pm-a"});
  // Open actions: a0 b0 c2 d0 e1.
  CHECK(sorted(LibraryColumn::OpenActions, false) == std::vector<Id>{"pm-c", "pm-e", "pm-a", "pm-b", "pm-d"});
  CHECK(sorted(LibraryColumn::OverdueActions, false) == std::vector<Id>{"pm-c", "pm-a", "pm-b", "pm-d", "pm-e"});
  // Last edit: fixtures set updated = incident date, except pm-c (03-07 via an element).
  CHECK(sorted(LibraryColumn::LastEdit, false) == std::vector<Id>{"pm-c", "pm-e", "pm-d", "pm-b", "pm-a"});
  CHECK(sorted(LibraryColumn::IncidentDate, true) == std::vector<Id>{"pm-a", "pm-b", "pm-c", "pm-d", "pm-e"});
  CHECK(sorted(LibraryColumn::Id, false) == std::vector<Id>{"pm-e", "pm-d", "pm-c", "pm-b", "pm-a"});
}
