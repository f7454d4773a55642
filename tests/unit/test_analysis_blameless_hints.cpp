#include <doctest/doctest.h>

#include <string>

#include "core/analysis/blameless_hints.h"

using namespace hs;

namespace {

// "rule@offset+length" for each hit, to compare in one line.
std::string hits(std::string_view text, HintField field = HintField::Text) {
  std::string out;
  for (const BlamelessHint& h : findBlamelessHints(text, field)) {
    if (!out.empty()) out += ' ';
    out += h.ruleId + "@" + std::to_string(h.offset) + "+" + std::to_string(h.length);
  }
  return out;
}

std::string matched(std::string_view text, const BlamelessHint& h) {
  return std::string(text.substr(h.offset, h.length));
}

}  // namespace

TEST_CASE("analysis: blameless acceptance pair") {
  const std::string bob = "Bob should have tested this";
  auto found = findBlamelessHints(bob);
  REQUIRE(found.size() == 1);
  CHECK(found[0].ruleId == "person-should-have");
  CHECK(found[0].offset == 0);
  CHECK(found[0].length == 15);
  CHECK(matched(bob, found[0]) == "Bob should have");
  CHECK(found[0].key == "person-should-have:bob should have");
  CHECK_FALSE(found[0].message.empty());
  CHECK_FALSE(found[0].suggestion.empty());

  CHECK(findBlamelessHints("the test should have caught this").empty());
}

TEST_CASE("analysis: blameless person subjects of 'should have'") {
  CHECK(hits("Then Alice should have rolled back.") == "person-should-have@5+17");
  CHECK(hits("he should have known") == "person-should-have@0+14");
  CHECK(hits("They really should have checked") == "person-should-have@0+23");
  CHECK(hits("Bob should've paged") == "person-should-have@0+13");
  CHECK(hits("Bob shouldn\xE2\x80\x99t have merged") == "person-should-have@0+20");
  CHECK(hits("Bob should not have merged") == "person-should-have@0+19");
  CHECK(hits("Someone should have noticed") == "person-should-have@0+19");
}

TEST_CASE("analysis: blameless look-alikes of 'should have' do not fire") {
  CHECK(hits("the test should have caught this") == "");
  CHECK(hits("The alert should have fired") == "");
  CHECK(hits("the alert should have fired at 10:02") == "");
  CHECK(hits("Monitoring should have paged us") == "");
  CHECK(hits("We should have a canary stage") == "");
  CHECK(hits("It should have been caught in review") == "");
  CHECK(hits("CI should have failed") == "");
  CHECK(hits("the Deploy should have stopped") == "");
  CHECK(hits("Bob should check the runbook") == "");  // advice, not hindsight
}

TEST_CASE("analysis: blameless who pushed / who broke") {
  CHECK(hits("Who pushed this?") == "who-did-it@0+10");
  CHECK(hits("find out who broke prod") == "who-did-it@9+9");
  CHECK(hits("whoever pushed it") == "");
  CHECK(hits("who is on call") == "");
}

TEST_CASE("analysis: blameless loaded words and human error") {
  CHECK(hits("a careless change") == "loaded-word@2+8");
  CHECK(hits("Negligent handling of keys") == "loaded-word@0+9");
  CHECK(hits("sloppy review") == "loaded-word@0+6");
  CHECK(hits("negligible impact") == "");
  CHECK(hits("Root cause: human error.") == "human-error@12+11");
  CHECK(hits("operator-error again") == "human-error@0+14");
  CHECK(hits("better error handling") == "");
  CHECK(hits("the default timeout") == "");
}

TEST_CASE("analysis: blameless fault phrasing and its look-alikes") {
  CHECK(hits("It was Bob's fault") == "fault@7+11");
  CHECK(hits("It was Bob\xE2\x80\x99s fault") == "fault@7+13");
  CHECK(hits("their fault") == "fault@0+11");
  CHECK(hits("the fault of the on-call engineer") == "fault@4+8");
  CHECK(hits("the engineers' fault") == "fault@4+16");
  CHECK(hits("who was at fault") == "fault@8+8");
  CHECK(hits("Monday's deploy failed") == "");
  CHECK(hits("a faultless rollout") == "");
  CHECK(hits("improve fault tolerance") == "");
  CHECK(hits("It was nobody's fault") == "");
  CHECK(hits("no one's fault") == "");
  CHECK(hits("through no fault of their own") == "");
}

TEST_CASE("analysis: blameless forgot and blame") {
  CHECK(hits("Carol forgot to renew the cert") == "person-forgot@0+12");
  CHECK(hits("she forgot") == "person-forgot@0+10");
  CHECK(hits("the script forgot the flag") == "");
  CHECK(hits("Don't blame the intern") == "blame@6+5");
  CHECK(hits("blamed on Dave") == "blame@0+6");
  CHECK(hits("a blameless post-mortem") == "");
  CHECK(hits("a blame-free review") == "");
  CHECK(hits("our no-blame culture") == "");
}

TEST_CASE("analysis: blameless @mentions only in the root cause") {
  const char* text = "Config pushed by @dave.k. Mail ops@example.com";
  CHECK(hits(text, HintField::RootCause) == "mention-in-root-cause@17+7");
  CHECK(hits(text, HintField::Text) == "");
  CHECK(hits("@ alone", HintField::RootCause) == "");
}

TEST_CASE("analysis: blameless several hits in offset order") {
  CHECK(hits("Bob's fault: careless, human error") ==
        "fault@0+11 loaded-word@13+8 human-error@23+11");
}

TEST_CASE("analysis: blameless dismissal keys survive edits and case") {
  CHECK(blamelessHintKey("fault", "Bob\xE2\x80\x99s   Fault") == "fault:bob's fault");
  CHECK(blamelessHintKey("fault", "  at\n fault ") == "fault:at fault");
  std::vector<std::string> dismissed = {"person-should-have:bob should have"};
  // The same phrase with other spacing is still dismissed ("BOB" in capitals is no name).
  CHECK(hits("Later, BOB should have... no: Bob should  have") == "person-should-have@30+16");
  CHECK(activeBlamelessHints("Later, BOB should have... no: Bob should  have", HintField::Text,
                             dismissed).empty());
  auto left = activeBlamelessHints("Later, Bob  should have. Alice should have.", HintField::Text,
                                   dismissed);
  REQUIRE(left.size() == 1);
  CHECK(left[0].key == "person-should-have:alice should have");
  CHECK(left[0].offset == 25);
}
