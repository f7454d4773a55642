#include <doctest/doctest.h>

#include "core/analysis/metrics.h"
#include "test_analysis_fixtures.h"

using namespace hs;
using namespace hs::testfx;

namespace {

PostMortem incident(const char* id, const char* when, std::vector<std::string> services,
                    std::vector<std::string> tags = {}) {
  PostMortem pm = postMortem(id, id, at(when));
  pm.services = std::move(services);
  pm.tags = std::move(tags);
  return pm;
}

// The hand-built library of the repeat tests, worked out by hand (default window 90 days):
//   r1 01-01 api                 first api incident: no repeat
//   r2 02-01 "API ", db          repeats r1 (api, 31 days)
//   r3 03-15 db                  repeats r2 (db, 42 days); r2's action r2a (created 02-02, done
//                                03-20) was open on 03-15 -> known unfixed
//   r4 03-20 api, db             api -> r2 (02-01), db -> r3 (03-15): the most recent is r3,
//                                so r4 repeats r3 only (r2a still open then, but r2 is older)
//   t1 04-01 (no services) net   first net incident: no repeat
//   s1, s2 05-05 dns             same day: neither repeats the other
//   t2 06-30 (no services) Net, edge   by tag: repeats t1 (exactly 90 days)
//   r6 06-30 12:00 cache / net   has services, so only services count: no repeat
//   t3 09-29 (no services) net   most recent net is r6 at 90.5 days: outside the window
std::vector<PostMortem> repeatLibrary() {
  std::vector<PostMortem> lib;
  // Out of date order on purpose: the definition orders by incident date, not by position.
  lib.push_back(incident("t3", "2026-09-29T00:00:00Z", {}, {"net"}));
  lib.push_back(incident("r1", "2026-01-01T00:00:00Z", {"api"}));
  PostMortem r2 = incident("r2", "2026-02-01T00:00:00Z", {"API ", "db"});
  r2.actions = {closedAction("r2a", ActionStatus::Done, at("2026-02-02T00:00:00Z"), at("2026-03-20T00:00:00Z"))};
  lib.push_back(r2);
  lib.push_back(incident("r3", "2026-03-15T00:00:00Z", {"db"}));
  lib.push_back(incident("r4", "2026-03-20T00:00:00Z", {"api", "db"}));
  lib.push_back(incident("t1", "2026-04-01T00:00:00Z", {}, {"net"}));
  lib.push_back(incident("s2", "2026-05-05T00:00:00Z", {"dns"}));
  lib.push_back(incident("s1", "2026-05-05T00:00:00Z", {"dns"}));
  lib.push_back(incident("t2", "2026-06-30T00:00:00Z", {}, {"Net", "edge"}));
  lib.push_back(incident("r6", "2026-06-30T12:00:00Z", {"cache"}, {"net"}));
  return lib;
}

}  // namespace

TEST_CASE("scale: a later incident repeats only the most recent related one within 90 days") {
  RepeatFigures r = repeatIncidents(repeatLibrary());
  REQUIRE(r.pairs.size() == 4);
  CHECK(r.pairs[0].laterId == "r2");
  CHECK(r.pairs[0].earlierId == "r1");
  CHECK(r.pairs[0].sharedServices == std::vector<std::string>{"API "});
  CHECK(r.pairs[0].sharedTags.empty());
  CHECK_FALSE(r.pairs[0].knownUnfixed);

  CHECK(r.pairs[1].laterId == "r3");
  CHECK(r.pairs[1].earlierId == "r2");
  CHECK(r.pairs[1].sharedServices == std::vector<std::string>{"db"});
  CHECK(r.pairs[1].knownUnfixed);
  CHECK(r.pairs[1].openActionIds == std::vector<Id>{"r2a"});

  CHECK(r.pairs[2].laterId == "r4");
  CHECK(r.pairs[2].earlierId == "r3");
  CHECK(r.pairs[2].sharedServices == std::vector<std::string>{"db"});
  CHECK_FALSE(r.pairs[2].knownUnfixed);

  CHECK(r.pairs[3].laterId == "t2");
  CHECK(r.pairs[3].earlierId == "t1");
  CHECK(r.pairs[3].sharedServices.empty());
  CHECK(r.pairs[3].sharedTags == std::vector<std::string>{"Net"});

  REQUIRE(r.repeats.value);
  CHECK(*r.repeats.value == 4);
  CHECK(r.repeats.numerator == 4);
  CHECK(r.repeats.denominator == 10);  // out of every incident of the library
  CHECK(r.repeats.postMortemIds == std::vector<Id>{"r2", "r3", "r4", "t2"});
  CHECK(*r.knownUnfixed.value == 1);
  CHECK(r.knownUnfixed.postMortemIds == std::vector<Id>{"r3"});
  CHECK(r.windowDays == 90);
}

TEST_CASE("scale: the repeat window is adjustable") {
  RepeatRule wide;
  wide.windowDays = 91;
  RepeatFigures r = repeatIncidents(repeatLibrary(), wide);
  // t3 now repeats r6 (90.5 days before it, the most recent incident tagged net).
  REQUIRE(r.pairs.size() == 5);
  CHECK(r.pairs[4].laterId == "t3");
  CHECK(r.pairs[4].earlierId == "r6");
  CHECK(r.pairs[4].sharedTags == std::vector<std::string>{"net"});

  RepeatRule narrow;
  narrow.windowDays = 30;
  r = repeatIncidents(repeatLibrary(), narrow);
  // Only r4 -> r3 (5 days) is within 30 days.
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].laterId == "r4");
  CHECK(r.pairs[0].earlierId == "r3");
  CHECK(*r.repeats.value == 1);
  CHECK(*r.knownUnfixed.value == 0);
}

TEST_CASE("scale: the sample library under the new repeat definition") {
  // pm-c (DB, 02-10) repeats pm-a (db, 01-05: 36 days); pm-d has services (monitoring) that no
  // earlier incident shares, so its tag "disk" does not count; pm-e (db, 03-05) repeats pm-c
  // only, the most recent db incident, whose c1, c2, c3 were open on 03-05.
  RepeatFigures r = repeatIncidents(sampleLibrary());
  REQUIRE(r.pairs.size() == 2);
  CHECK(r.pairs[0].laterId == "pm-c");
  CHECK(r.pairs[0].earlierId == "pm-a");
  CHECK(r.pairs[1].laterId == "pm-e");
  CHECK(r.pairs[1].earlierId == "pm-c");
  CHECK(r.pairs[1].openActionIds == std::vector<Id>{"c1", "c2", "c3"});
  CHECK(*r.repeats.value == 2);
  CHECK(*r.knownUnfixed.value == 1);
}

TEST_CASE("scale: repeats grow with the library, not with its pairs") {
  // 3,000 incidents a day apart, all on one service: every one but the first repeats exactly
  // its predecessor (the old definition listed 4.5 million pairs here).
  std::vector<PostMortem> lib;
  for (int i = 0; i < 3000; ++i) {
    PostMortem pm = postMortem(("p" + std::to_string(i)).c_str(), "t", at("2020-01-01T00:00:00Z") + i * kDay);
    pm.services = {"api"};
    lib.push_back(pm);
  }
  RepeatFigures r = repeatIncidents(lib);
  REQUIRE(r.pairs.size() == 2999);
  CHECK(r.pairs[0].laterId == "p1");
  CHECK(r.pairs[0].earlierId == "p0");
  CHECK(r.pairs[2998].laterId == "p2999");
  CHECK(r.pairs[2998].earlierId == "p2998");
}

TEST_CASE("scale: the repeat definition is written next to the figure") {
  RepeatFigures r = repeatIncidents(repeatLibrary());
  CHECK(r.repeats.definition ==
        "A later incident repeats the most recent earlier incident (at most 90 days before it) that "
        "shares a service with it, or a tag when the later incident lists no services; each incident "
        "counts once.");
  RepeatRule narrow;
  narrow.windowDays = 30;
  CHECK(repeatIncidents(repeatLibrary(), narrow).repeats.definition.find("at most 30 days before it") !=
        std::string::npos);
}
