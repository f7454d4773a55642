#include <doctest/doctest.h>

#include "core/io/paste_import.h"

using namespace hs;

namespace {
constexpr TimeMs kJan15 = 1768435200000;  // 2026-01-15T00:00:00Z
TimeMs at(int day, int h, int m, int s = 0) {
  return kJan15 + (day - 15) * kDay + h * kHour + m * kMinute + s * 1000;
}

PasteRow one(std::string_view line) {
  PastePreview p = previewPastedTimeline(line, kJan15);
  REQUIRE(p.rows.size() == 1);
  return p.rows[0];
}
}  // namespace

TEST_CASE("paste: the checkout example gives the expected kinds") {
  const char* text =
      "14:32 alert fired for high error rate\n"
      "14:35 on-call acknowledged\n"
      "14:40 cause identified\n"
      "15:15 fix deployed\n"
      "15:20 error rate normal\n";
  PastePreview p = previewPastedTimeline(text, kJan15 + 5 * kHour);  // any time of the day
  CHECK_FALSE(p.csv);
  REQUIRE(p.rows.size() == 5);
  CHECK(p.acceptedCount == 5);
  CHECK(p.rejectedCount == 0);
  CHECK(p.rows[0].time == at(15, 14, 32));
  CHECK(p.rows[0].text == "alert fired for high error rate");
  CHECK(p.rows[0].kind == EventKind::Alert);
  CHECK(p.rows[1].kind == EventKind::Acknowledged);
  CHECK(p.rows[2].kind == EventKind::CauseIdentified);
  CHECK(p.rows[3].kind == EventKind::FixDeployed);
  CHECK(p.rows[4].kind == EventKind::Resolved);
  CHECK(p.rows[4].time == at(15, 15, 20));
  CHECK(p.rows[4].line == 5);
}

TEST_CASE("paste: each accepted form") {
  PasteRow r = one("14:32 - Alert fired for high error rate");
  CHECK(r.accepted);
  CHECK(r.time == at(15, 14, 32));
  CHECK(r.text == "Alert fired for high error rate");

  r = one("14:32 Alert fired");
  CHECK(r.text == "Alert fired");
  CHECK(r.kind == EventKind::Alert);

  r = one("14:32:05 Pager went off");
  CHECK(r.time == at(15, 14, 32, 5));
  CHECK(r.kind == EventKind::Alert);

  r = one("2026-01-16 14:32:05 Alert fired");
  CHECK(r.time == at(16, 14, 32, 5));

  r = one("2026-01-15T14:32:05Z Alert fired");
  CHECK(r.time == at(15, 14, 32, 5));
  r = one("2026-01-15T16:32:05+02:00 Alert fired");
  CHECK(r.time == at(15, 14, 32, 5));

  r = one("14:32 UTC on-call acknowledged");
  CHECK(r.text == "on-call acknowledged");
  CHECK(r.kind == EventKind::Acknowledged);

  r = one("[14:32] Status page posted");
  CHECK(r.time == at(15, 14, 32));
  CHECK(r.text == "Status page posted");
  CHECK(r.kind == EventKind::Communication);
  r = one("[14:32:10 UTC] investigating");
  CHECK(r.time == at(15, 14, 32, 10));
  CHECK(r.kind == EventKind::Investigating);

  r = one("2:32 PM rolled back the release");
  CHECK(r.time == at(15, 14, 32));
  CHECK(r.kind == EventKind::Mitigated);
  r = one("12:05 am impact began");
  CHECK(r.time == at(15, 0, 5));
  CHECK(r.kind == EventKind::ImpactStarted);
  r = one("12:05pm decided to fail over");
  CHECK(r.time == at(15, 12, 5));
  CHECK(r.kind == EventKind::Decision);

  r = one("  - 9:07 | customer noticed slow checkout  ");
  CHECK(r.time == at(15, 9, 7));
  CHECK(r.text == "customer noticed slow checkout");
  CHECK(r.kind == EventKind::Detected);

  r = one("14:32: queue depth growing");
  CHECK(r.text == "queue depth growing");
  CHECK(r.kind == EventKind::Other);

  r = one("14:32, \"Alert fired, error rate 5%\",alert");
  CHECK(r.text == "Alert fired, error rate 5%");
  CHECK(r.kind == EventKind::Alert);
  r = one("14:32, plain text, with commas");
  CHECK(r.text == "plain text, with commas");
}

TEST_CASE("paste: rejected lines say why") {
  PastePreview p = previewPastedTimeline(
      "Alert fired\n"
      "25:10 something\n"
      "14:3 something\n"
      "14:32\n"
      "13:00 PM lunch\n"
      "2026-01-15 nothing\n"
      "2026-13-15 14:00 bad month\n"
      "[14:32 missing bracket\n"
      "14:32abc stuck\n",
      kJan15);
  REQUIRE(p.rows.size() == 9);
  CHECK(p.acceptedCount == 0);
  CHECK(p.rejectedCount == 9);
  CHECK(p.rows[0].reason.find("no time at the start") != std::string::npos);
  CHECK(p.rows[0].source == "Alert fired");
  CHECK(p.rows[1].reason == "\"25:10\" is not a valid time of day");
  CHECK(p.rows[2].reason.find("two digits of minutes") != std::string::npos);
  CHECK(p.rows[3].reason == "no text after the time");
  CHECK(p.rows[4].reason == "13 is not an hour on a 12-hour clock");
  CHECK(p.rows[5].reason.find("needs a time") != std::string::npos);
  CHECK(p.rows[6].reason == "\"2026-13-15\" is not a valid date");
  CHECK(p.rows[7].reason == "missing \"]\" after the time");
  CHECK(p.rows[8].reason.find("right after the time") != std::string::npos);
  for (const PasteRow& r : p.rows) CHECK_FALSE(r.accepted);
}

TEST_CASE("paste: empty lines are skipped and line numbers kept") {
  PastePreview p = previewPastedTimeline("\n\r\n  \n14:00 a\r\n\n14:05 b\n", kJan15);
  REQUIRE(p.rows.size() == 2);
  CHECK(p.rows[0].line == 4);
  CHECK(p.rows[0].text == "a");
  CHECK(p.rows[1].line == 6);
  CHECK(previewPastedTimeline("", kJan15).rows.empty());
  CHECK(previewPastedTimeline("\n \n", kJan15).rows.empty());
}

TEST_CASE("paste: midnight rollover") {
  PastePreview p = previewPastedTimeline(
      "23:50 deploy started\n"
      "00:10 errors\n"
      "00:08 out of order, same day\n"
      "01:00 more\n"
      "2026-01-20 09:00 days later\n"
      "08:00 step back under 12 h\n"
      "23:00 late\n"
      "07:00 next morning\n",
      kJan15);
  REQUIRE(p.acceptedCount == 8);
  CHECK(p.rows[0].time == at(15, 23, 50));
  CHECK(p.rows[1].time == at(16, 0, 10));
  CHECK(p.rows[2].time == at(16, 0, 8));
  CHECK(p.rows[3].time == at(16, 1, 0));
  CHECK(p.rows[4].time == at(20, 9, 0));
  CHECK(p.rows[5].time == at(20, 8, 0));
  CHECK(p.rows[6].time == at(20, 23, 0));
  CHECK(p.rows[7].time == at(21, 7, 0));  // 16 h back: next day
}

TEST_CASE("paste: CSV with header and RFC 4180 quoting") {
  PastePreview p = previewPastedTimeline(
      "Time,Text,Kind\n"
      "14:32,\"Alert fired, error rate 5%\",\n"
      "\"14:35\",\"On-call said \"\"on it\"\"\",acknowledged\n"
      "14:40,\"Two\nlines\",Decision\n"
      "14:41,no kind column value,\n"
      "oops,text,\n"
      "14:50,,\n"
      "2026-01-15T15:20:00Z,error rate normal,other\n",
      kJan15);
  CHECK(p.csv);
  REQUIRE(p.rows.size() == 7);
  CHECK(p.rows[0].line == 2);
  CHECK(p.rows[0].text == "Alert fired, error rate 5%");
  CHECK(p.rows[0].kind == EventKind::Alert);
  CHECK(p.rows[1].text == "On-call said \"on it\"");
  CHECK(p.rows[1].kind == EventKind::Acknowledged);
  CHECK(p.rows[1].time == at(15, 14, 35));
  CHECK(p.rows[2].text == "Two\nlines");
  CHECK(p.rows[2].kind == EventKind::Decision);  // by label
  CHECK(p.rows[3].line == 6);                   // the quoted line break counts
  CHECK(p.rows[3].kind == EventKind::Other);
  CHECK_FALSE(p.rows[4].accepted);
  CHECK(p.rows[4].reason == "\"oops\" is not a time");
  CHECK(p.rows[5].reason == "the text column is empty");
  CHECK(p.rows[6].kind == EventKind::Other);  // explicit kind wins over inference
  CHECK(p.rows[6].time == at(15, 15, 20));
  CHECK(p.acceptedCount == 5);
  CHECK(p.rejectedCount == 2);
}

TEST_CASE("paste: CSV column order from header, headerless quoted CSV, open quote") {
  PastePreview p = previewPastedTimeline("description,when\nfix deployed,15:15 UTC\n", kJan15);
  CHECK(p.csv);
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0].time == at(15, 15, 15));
  CHECK(p.rows[0].text == "fix deployed");
  CHECK(p.rows[0].kind == EventKind::FixDeployed);

  // Without a time-named column the first line is free text (and rejected).
  p = previewPastedTimeline("first,second\n15:15,fix deployed\n", kJan15);
  CHECK_FALSE(p.csv);
  CHECK(p.rejectedCount == 1);
  CHECK(p.acceptedCount == 1);

  p = previewPastedTimeline("timestamp,level,message\n14:00,warn,pager went off\n", kJan15);
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0].text == "pager went off");

  p = previewPastedTimeline("\"14:00\",\"recovered\"\n\"14:05\",\"never closed\n", kJan15);
  CHECK(p.csv);
  REQUIRE(p.rows.size() == 2);
  CHECK(p.rows[0].kind == EventKind::Resolved);
  CHECK(p.rows[1].reason == "a quoted field is not closed (missing \")");

  p = previewPastedTimeline("time,text\n14:00 extra,x\n", kJan15);
  CHECK(p.rows[0].reason.find("more than a time") != std::string::npos);
}

TEST_CASE("paste: kind inference keywords and look-alikes") {
  CHECK(inferEventKind("Alert fired for high error rate") == EventKind::Alert);
  CHECK(inferEventKind("page fired to on-call") == EventKind::Alert);
  CHECK(inferEventKind("ack") == EventKind::Acknowledged);
  CHECK(inferEventKind("on-call acknowledges") == EventKind::Acknowledged);
  CHECK(inferEventKind("Backlog grew") == EventKind::Other);  // "ack" inside a word
  CHECK(inferEventKind("Prefix cache warmed") == EventKind::Other);
  CHECK(inferEventKind("Root cause found: bad config") == EventKind::CauseIdentified);
  CHECK(inferEventKind("Mitigated by draining node") == EventKind::Mitigated);
  CHECK(inferEventKind("Rollback complete") == EventKind::Mitigated);
  CHECK(inferEventKind("Hotfix deployed") == EventKind::FixDeployed);
  CHECK(inferEventKind("Service recovered") == EventKind::Resolved);
  CHECK(inferEventKind("Latency back to normal") == EventKind::Resolved);
  CHECK(inferEventKind("Alert resolved") == EventKind::Resolved);
  CHECK(inferEventKind("Impact started for EU users") == EventKind::ImpactStarted);
  CHECK(inferEventKind("Support noticed complaints") == EventKind::Detected);
  CHECK(inferEventKind("Anomaly detected") == EventKind::Detected);
  CHECK(inferEventKind("Investigating the database") == EventKind::Investigating);
  CHECK(inferEventKind("Decision: keep the feature flag off") == EventKind::Decision);
  CHECK(inferEventKind("Communicated to customers") == EventKind::Communication);
  CHECK(inferEventKind("Coffee") == EventKind::Other);
  CHECK(inferEventKind("") == EventKind::Other);
}

TEST_CASE("paste: limits") {
  std::string longLine = "14:00 " + std::string(5000, 'x');
  PastePreview p = previewPastedTimeline(longLine, kJan15);
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0].reason == "line too long (over 4096 bytes)");
  CHECK(p.rows[0].source.size() == kPasteMaxRowBytes);
}
