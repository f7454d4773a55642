// The SAX reader and the direct writer against the previous DOM reader and
// nlohmann writer (reference_json_io.cpp): same bytes out, same errors, same
// pointers, same order, on the examples and on many random and mutated files.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/json_text_writer.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"
#include "reference_json_io.h"

using namespace hs;
using Json = nlohmann::json;

namespace {

std::string readExample(const char* name) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/assets/examples/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* const kExamples[] = {"checkout-outage.postmortem.json", "database-disk-full.postmortem.json",
                                 "wal-archive-near-miss.postmortem.json"};

std::string errorsText(const LoadResult& r) {
  std::string all;
  for (const auto& e : r.errors) all += e.format() + "\n";
  return all;
}

// Both readers on the same text: the same errors in the same order, the same document.
void sameLoad(const std::string& text, const ReadLimits& limits = {}) {
  LoadResult now = loadPostMortemJson(text, "f.json", limits);
  LoadResult before = reference::loadPostMortemJson(text, "f.json", limits);
  INFO("input: " << text.substr(0, 2000));
  CHECK(errorsText(now) == errorsText(before));
  REQUIRE(now.ok() == before.ok());
  if (now.ok()) CHECK(toJson(*now.doc) == reference::toJson(*before.doc));
}

struct Random {
  std::mt19937 rng;
  explicit Random(unsigned seed) : rng(seed) {}
  int below(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
  bool chance(int percent) { return below(100) < percent; }

  // Text with the awkward parts: escapes, control bytes, multi-byte and invalid UTF-8.
  std::string text(int maxLen = 24) {
    static const char* const kPieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f",
                                          "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                          "\xed\xa0\x80", "\xc0\xaf", "\xff", "\xe2\x82", "\x80",
                                          "\xf4\x90\x80\x80", "~", "\b", "\f", "\r", "word "};
    std::string s;
    int n = below(maxLen + 1);
    for (int i = 0; i < n; ++i) s += kPieces[below(static_cast<int>(std::size(kPieces)))];
    return s;
  }
  std::string validText() {
    static const char* const kWords[] = {"disk", "full", "\"quoted\"", "line\nbreak", "caf\xc3\xa9",
                                         "\xe2\x82\xac", "tab\t", "back\\slash"};
    std::string s;
    for (int i = below(5); i >= 0; --i) s += std::string(kWords[below(8)]) + " ";
    return s;
  }
  TimeMs time() { return 1768487520000 + static_cast<TimeMs>(below(1'000'000)) * (chance(50) ? 1000 : 7); }
  std::string unknown() {
    switch (below(8)) {
      case 0: return "{}";
      case 1: return "not json";
      case 2: return "[1,2]";
      case 3: return R"({"zz":{"b":[1,{"c":null}],"a":"x\u0001"},"aa":-1.5})";
      case 4: return R"({"id":"shadow","owner":"x","extra":true})";
      case 5: return "{\"k\xff\":\"v\xc3\"}";
      default: return "";
    }
  }
};

PostMortem randomDoc(Random& r, bool validStrings) {
  auto str = [&](int len = 24) { return validStrings ? r.validText() : r.text(len); };
  PostMortem d;
  d.id = "pm-" + std::to_string(r.below(1000));
  d.title = str();
  d.incidentDate = r.time();
  d.severity = static_cast<Severity>(1 + r.below(4));
  if (r.chance(50)) d.durationOverride = r.below(1'000'000);
  if (r.chance(50)) d.impact.text = str();
  if (r.chance(30)) d.impact.usersAffected = r.below(100000);
  if (r.chance(30)) d.impact.revenueLost = r.below(100000) / 7.0;
  if (r.chance(20)) d.impact.unknown = r.unknown();
  for (int i = r.below(3); i > 0; --i) d.authors.push_back(str(8));
  for (int i = r.below(3); i > 0; --i) d.tags.push_back(str(8));
  d.status = static_cast<DocStatus>(r.below(3));
  for (int i = r.below(4); i > 0; --i) d.triggers.push_back(static_cast<Trigger>(r.below(enumCount<Trigger>())));
  d.created = r.time();
  d.updated = r.time();
  if (r.chance(50)) d.sections.summary = str();
  if (r.chance(30)) d.sections.lessonsLearned = str();
  if (r.chance(20)) d.sections.unknown = r.unknown();
  int nodes = r.below(8);
  for (int i = 0; i < nodes; ++i) {
    WhyNode n;
    n.id = "wn-" + std::to_string(i);
    if (i > 0) n.parentId = "wn-" + std::to_string(r.below(i));
    n.order = r.below(5) - 2;
    n.text = str();
    n.rootCause = r.chance(20);
    if (r.chance(30)) n.category = static_cast<FactorCategory>(r.below(3));
    if (r.chance(30)) n.notes = str();
    n.updated = r.time();
    if (r.chance(10)) n.unknown = r.unknown();
    d.whyNodes.push_back(n);
  }
  for (int i = r.below(8); i > 0; --i) {
    TimelineEvent e;
    e.id = "ev-" + std::to_string(i);
    e.time = r.time();
    e.kind = static_cast<EventKind>(r.below(enumCount<EventKind>()));
    e.text = str();
    e.decisionPoint = r.chance(20);
    if (nodes && r.chance(30)) e.whyNodeId = "wn-" + std::to_string(r.below(nodes));
    e.updated = r.time();
    if (r.chance(10)) e.unknown = r.unknown();
    d.events.push_back(e);
  }
  for (int i = r.below(3); i > 0; --i) {
    Factor f;
    f.id = "fa-" + std::to_string(i);
    f.category = static_cast<FactorCategory>(r.below(3));
    f.text = str();
    if (nodes) f.whyNodeIds.push_back("wn-" + std::to_string(r.below(nodes)));
    f.updated = r.time();
    if (r.chance(10)) f.unknown = r.unknown();
    d.factors.push_back(f);
  }
  for (int i = r.below(4); i > 0; --i) {
    ActionItem a;
    a.id = "ac-" + std::to_string(i);
    a.title = str();
    if (r.chance(50)) a.owner = str(6);
    if (r.chance(50)) a.due = r.time();
    a.status = static_cast<ActionStatus>(r.below(enumCount<ActionStatus>()));
    a.kind = static_cast<ActionKind>(r.below(enumCount<ActionKind>()));
    if (r.chance(30)) a.link = "https://x.example/" + std::to_string(i);
    a.progress = r.below(101);
    a.created = r.time();
    if (r.chance(30)) a.completed = r.time();
    if (nodes && r.chance(50)) a.whyNodeIds.push_back("wn-0");
    if (!d.factors.empty() && r.chance(50)) a.factorIds.push_back("fa-1");
    a.updated = r.time();
    if (r.chance(10)) a.unknown = r.unknown();
    d.actions.push_back(a);
  }
  if (r.chance(20)) d.dismissedHints = {str(6), str(6)};
  if (r.chance(20)) d.unknown = r.unknown();
  return d;
}

// A random edit somewhere in the JSON tree: delete, retype, duplicate an id, break a link.
void mutate(Random& r, Json& j) {
  std::vector<Json*> objects;
  std::vector<Json*> stack{&j};
  while (!stack.empty()) {
    Json* v = stack.back();
    stack.pop_back();
    if (v->is_object()) objects.push_back(v);
    if (v->is_structured())
      for (auto& child : *v) stack.push_back(&child);
  }
  Json* target = objects[r.below(static_cast<int>(objects.size()))];
  if (target->empty()) return;
  auto it = target->begin();
  std::advance(it, r.below(static_cast<int>(target->size())));
  static const Json kValues[] = {nullptr, true, 7, -3, 2.5, 1e300, "x", "wn-0", "ev-1", "fa-1",
                                 "2026-01-15T14:32:00Z", "sev9", Json::array(), Json::object(),
                                 Json::array({1, "a"}), Json{{"k", 1}}, std::string(70, 'i'),
                                 18446744073709551615ull, -9223372036854775807ll - 1};
  switch (r.below(4)) {
    case 0: target->erase(it.key()); break;
    case 1: *it = kValues[r.below(static_cast<int>(std::size(kValues)))]; break;
    case 2: (*target)["new_" + std::to_string(r.below(3))] = kValues[r.below(5)]; break;
    default:
      if (it->is_array() && !it->empty()) (*it)[0] = kValues[r.below(static_cast<int>(std::size(kValues)))];
      else if (it->is_string()) *it = r.chance(50) ? Json("wn-1") : Json("ev-1");
  }
}

}  // namespace

TEST_CASE("io json differential: strings are escaped exactly like nlohmann's dump") {
  Random r(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s = r.text(12);
    if (r.chance(30))  // raw random bytes too
      for (int k = r.below(6); k > 0; --k) s += static_cast<char>(r.below(256));
    std::string mine;
    appendJsonString(mine, s);
    CHECK(mine == Json(s).dump(-1, ' ', false, Json::error_handler_t::replace));
  }
}

TEST_CASE("io json differential: writer output is byte-identical on examples and random documents") {
  CHECK(toJson(hs::testing::sampleDoc()) == reference::toJson(hs::testing::sampleDoc()));
  CHECK(toJson(PostMortem{}) == reference::toJson(PostMortem{}));
  for (const char* name : kExamples) {
    LoadResult r = loadPostMortemJson(readExample(name), name);
    REQUIRE(r.ok());
    CHECK(toJson(*r.doc) == reference::toJson(*r.doc));
  }
  Random r(11);
  for (int i = 0; i < 600; ++i) {
    PostMortem d = randomDoc(r, i % 2 == 0);
    CHECK(toJson(d) == reference::toJson(d));
  }
}

TEST_CASE("io json differential: reader agrees on examples, random and mutated documents") {
  for (const char* name : kExamples) sameLoad(readExample(name));
  Random r(23);
  for (int i = 0; i < 400; ++i) {
    PostMortem d = randomDoc(r, true);
    std::string canonical = toJson(d);
    sameLoad(canonical);
    Json j = Json::parse(canonical);
    for (int m = r.below(4); m >= 0; --m) mutate(r, j);
    // nlohmann writes keys sorted: a key order other than the canonical one.
    sameLoad(j.dump(r.chance(50) ? 2 : -1));
  }
}

TEST_CASE("io json differential: reader agrees on broken text and tight limits") {
  Random r(5);
  std::string base = toJson(hs::testing::sampleDoc());
  for (int i = 0; i < 1500; ++i) {
    std::string text = base;
    for (int m = r.below(3); m >= 0; --m) {
      std::size_t at = static_cast<std::size_t>(r.below(static_cast<int>(text.size())));
      switch (r.below(4)) {
        case 0: text.erase(at, 1 + r.below(8)); break;
        case 1: text.insert(at, 1, "{}[]\",:0ax\\"[r.below(11)]); break;
        case 2: text[at] = static_cast<char>(r.below(256)); break;
        default: text.resize(at); break;
      }
    }
    ReadLimits limits;
    if (r.chance(40)) {
      limits.maxDepth = 1 + r.below(4);
      limits.maxItems = 1 + static_cast<std::size_t>(r.below(20));
      limits.maxStringBytes = static_cast<std::size_t>(r.below(40));
      limits.maxErrors = static_cast<std::size_t>(r.below(4));
    }
    sameLoad(text, limits);
  }
  // Many errors, capped.
  Json j = Json::parse(base);
  for (auto& e : j["events"]) e["kind"] = 1, e.erase("time");
  for (auto& a : j["actions"]) a["progress"] = -1, a["id"] = "ev-1";
  for (std::size_t maxErrors : {0, 1, 3, 9, 100}) {
    ReadLimits limits;
    limits.maxErrors = maxErrors;
    sameLoad(j.dump(), limits);
  }
}
