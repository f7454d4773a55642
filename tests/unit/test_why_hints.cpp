#include <doctest/doctest.h>

#include "core/analysis/why_hints.h"

using namespace hs;

namespace {

void addNode(PostMortem& doc, const char* id, const char* parent, const char* text,
             bool rootCause = false) {
  WhyNode n;
  n.id = id;
  n.parentId = parent;
  n.text = text;
  n.rootCause = rootCause;
  doc.whyNodes.push_back(n);
}

const WhyNodeHints* hintsFor(const std::vector<WhyNodeHints>& all, const char* id) {
  for (const WhyNodeHints& h : all)
    if (h.nodeId == id) return &h;
  return nullptr;
}

bool has(const std::vector<WhyNodeHints>& all, const char* id, WhyHintKind kind) {
  const WhyNodeHints* h = hintsFor(all, id);
  if (!h) return false;
  for (const WhyHint& hint : h->hints)
    if (hint.kind == kind) return true;
  return false;
}

}  // namespace

TEST_CASE("why hints: blame phrases, mentions and names") {
  CHECK(soundsLikeBlame("Human error"));
  CHECK(soundsLikeBlame("It was operator error during the migration"));
  CHECK(soundsLikeBlame("Someone forgot to renew the certificate"));
  CHECK(soundsLikeBlame("ask @priya why"));
  CHECK(soundsLikeBlame("@bob"));
  CHECK(soundsLikeBlame("Bob forgot to run the migration"));
  CHECK(soundsLikeBlame("John didn't check the dashboard"));
  CHECK(soundsLikeBlame("John didn\xE2\x80\x99t check"));  // curly apostrophe
  CHECK(soundsLikeBlame("Because Priya failed to page the DBA"));
  CHECK(soundsLikeBlame("Alice should have reviewed it"));
  CHECK(soundsLikeBlame("Carlos missed the warning"));
  CHECK(soundsLikeBlame("Maria did not update the runbook"));
}

TEST_CASE("why hints: look-alikes that are not blame") {
  CHECK_FALSE(soundsLikeBlame("The deploy failed to roll back automatically"));
  CHECK_FALSE(soundsLikeBlame("Monitoring missed the latency spike"));
  CHECK_FALSE(soundsLikeBlame("We didn't have an alert on queue depth"));
  CHECK_FALSE(soundsLikeBlame("It failed to reconnect after failover"));
  CHECK_FALSE(soundsLikeBlame("No check existed for expiring certificates"));
  CHECK_FALSE(soundsLikeBlame("Redis failed to persist the snapshot"));
  CHECK_FALSE(soundsLikeBlame("DNS failed to resolve"));          // not title case
  CHECK_FALSE(soundsLikeBlame("PostgreSQL missed the checkpoint"));
  CHECK_FALSE(soundsLikeBlame("the Scheduler missed two runs"));  // after an article
  CHECK_FALSE(soundsLikeBlame("Mail to ops@example.com bounced"));
  CHECK_FALSE(soundsLikeBlame("Bob's script has no timeout"));    // a name, but no blame verb
  CHECK_FALSE(soundsLikeBlame("Error budget exhausted"));
  CHECK_FALSE(soundsLikeBlame("Humans errors in the log parser"));
  CHECK_FALSE(soundsLikeBlame(""));
}

TEST_CASE("why hints: root cause without an action item") {
  PostMortem doc;
  addNode(doc, "root", "", "Checkout failed");
  addNode(doc, "a", "root", "Config pushed without validation", true);
  addNode(doc, "b", "root", "No canary stage", true);
  addNode(doc, "c", "root", "Retry storm", true);
  ActionItem fix;
  fix.id = "act-1";
  fix.whyNodeIds = {"b"};
  doc.actions.push_back(fix);
  ActionItem wont;
  wont.id = "act-2";
  wont.status = ActionStatus::WontDo;
  wont.whyNodeIds = {"c"};
  doc.actions.push_back(wont);

  std::vector<WhyNodeHints> hints;
  computeWhyHints(doc, hints);
  CHECK(has(hints, "a", WhyHintKind::RootCauseWithoutAction));
  CHECK_FALSE(has(hints, "b", WhyHintKind::RootCauseWithoutAction));
  CHECK(has(hints, "c", WhyHintKind::RootCauseWithoutAction));  // won't-do does not address it
  CHECK(hintsFor(hints, "root") == nullptr);
  REQUIRE(hintsFor(hints, "a") != nullptr);
  const WhyHint& h = hintsFor(hints, "a")->hints[0];
  CHECK(std::string(h.message) == "Marked as a root cause, but no action item addresses it.");
  CHECK(std::string(h.suggestion).size() > 10);
}

TEST_CASE("why hints: blame only on leaves") {
  PostMortem doc;
  addNode(doc, "root", "", "Bob forgot the flag");  // root is never a branch end
  addNode(doc, "a", "root", "Human error");        // has a child: not a leaf
  addNode(doc, "a1", "a", "The deploy tool allows skipping the checklist");
  addNode(doc, "b", "root", "Someone forgot to renew the certificate");
  addNode(doc, "c", "root", "Monitoring missed the spike");
  std::vector<WhyNodeHints> hints;
  computeWhyHints(doc, hints);
  CHECK_FALSE(has(hints, "root", WhyHintKind::EndsInBlame));
  CHECK_FALSE(has(hints, "a", WhyHintKind::EndsInBlame));
  CHECK_FALSE(has(hints, "a1", WhyHintKind::EndsInBlame));
  CHECK(has(hints, "b", WhyHintKind::EndsInBlame));
  CHECK_FALSE(has(hints, "c", WhyHintKind::EndsInBlame));
  CHECK(hints.size() == 1);
}

TEST_CASE("why hints: chains deeper than seven whys") {
  PostMortem doc;
  addNode(doc, "w0", "", "problem");
  const char* ids[] = {"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9"};
  const char* prev = "w0";
  for (const char* id : ids) {
    addNode(doc, id, prev, "because");
    prev = id;
  }
  addNode(doc, "side7", "w6", "because");  // depth 7: fine
  std::vector<WhyNodeHints> hints;
  computeWhyHints(doc, hints);
  CHECK(has(hints, "w8", WhyHintKind::ChainTooDeep));  // the 8th why
  CHECK_FALSE(has(hints, "w7", WhyHintKind::ChainTooDeep));
  CHECK_FALSE(has(hints, "w9", WhyHintKind::ChainTooDeep));  // only the first one past the limit
  CHECK_FALSE(has(hints, "side7", WhyHintKind::ChainTooDeep));
  CHECK(hints.size() == 1);

  // Cycles and orphans: no depth, no crash.
  PostMortem odd;
  addNode(odd, "x", "y", "Human error");
  addNode(odd, "y", "x", "loop");
  addNode(odd, "o", "missing", "orphan");
  computeWhyHints(odd, hints);
  CHECK_FALSE(has(hints, "x", WhyHintKind::ChainTooDeep));
  CHECK_FALSE(has(hints, "o", WhyHintKind::ChainTooDeep));
}
