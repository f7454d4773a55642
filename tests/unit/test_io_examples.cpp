#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"

using namespace hs;

namespace {

std::string readExample(const std::string& name) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/assets/examples/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("io examples: every shipped example loads cleanly and is canonical") {
  for (const char* name : {"checkout-outage.postmortem.json", "database-disk-full.postmortem.json",
                           "wal-archive-near-miss.postmortem.json"}) {
    CAPTURE(name);
    std::string text = readExample(name);
    REQUIRE_FALSE(text.empty());
    LoadResult r = loadPostMortemJson(text, name);
    for (const auto& e : r.errors) MESSAGE(e.format());
    REQUIRE(r.ok());
    CHECK(toJson(*r.doc) == text);
  }
}

TEST_CASE("io examples: the database example has the 5-whys chain and a linked root cause") {
  LoadResult r = loadPostMortemJson(readExample("database-disk-full.postmortem.json"), "db");
  REQUIRE(r.ok());
  const PostMortem& d = *r.doc;
  CHECK(d.severity == Severity::Sev1);
  const WhyNode* node = d.rootWhyNode();
  REQUIRE(node);
  CHECK(node->text == "The primary database rejected writes");
  // Follow the first child at each level down to the marked root cause.
  std::vector<std::string> chain{node->text};
  while (true) {
    const WhyNode* next = nullptr;
    for (const auto& n : d.whyNodes)
      if (n.parentId == node->id && n.order == 0) next = &n;
    if (!next) break;
    chain.push_back(next->text);
    node = next;
  }
  REQUIRE(chain.size() == 6);
  CHECK(node->rootCause);
  CHECK(node->text == "Monitoring only checked host liveness, not the jobs running on the host");
  bool linked = false;
  for (const auto& a : d.actions)
    for (const auto& id : a.whyNodeIds) linked |= id == node->id;
  CHECK(linked);
}
