// One test per timeline form of issue 15. Expected times are written as the UTC
// instant worked out by hand from the written local time and its zone.
#include <doctest/doctest.h>

#include "core/io/paste_import.h"
#include "core/io/timeline/time_zones.h"
#include "core/model/time_format.h"

using namespace hs;

namespace {
TimeMs T(const char* rfc3339) { return *parseRfc3339(rfc3339); }
const TimeMs kJan31_2017 = T("2017-01-31T00:00:00Z");

PastePreview read(std::string_view text, TimeMs incident = kJan31_2017, std::string zone = "UTC",
                  DateOrder order = DateOrder::Auto) {
  PasteOptions o;
  o.incidentDate = incident;
  o.zone = std::move(zone);
  o.dateOrder = order;
  return previewPastedTimeline(text, o);
}

PasteRow one(std::string_view text, TimeMs incident = kJan31_2017, std::string zone = "UTC") {
  PastePreview p = read(text, incident, std::move(zone));
  REQUIRE(p.rows.size() == 1);
  return p.rows[0];
}

std::string highlighted(const PasteRow& r) { return r.source.substr(r.timeBegin, r.timeEnd - r.timeBegin); }
}  // namespace

TEST_CASE("timeline forms: Markdown table rows, header zone, separate date and time cells") {
  PastePreview p = read(
      "| Time (UTC) | Event |\n"
      "|------------|-------|\n"
      "| 2021-06-22 08:21 | VPC CNI replaced |\n"
      "| 2021-06-22 | 08:40 | Pods \\| nodes restarted<br>all of them |\n"
      "| **08:55** | Alert | error rate above 5% |\n"
      "| n/a | text only |\n");
  REQUIRE(p.rows.size() == 5);
  CHECK(p.rows[0].context);
  CHECK(p.rows[0].note == "times below are in UTC");
  CHECK(p.rows[1].accepted);
  CHECK(p.rows[1].time == T("2021-06-22T08:21:00Z"));
  CHECK(p.rows[1].text == "VPC CNI replaced");
  CHECK_FALSE(p.rows[1].zoneAssumed);  // the header said UTC
  CHECK(highlighted(p.rows[1]) == "2021-06-22 08:21");
  CHECK(p.rows[2].time == T("2021-06-22T08:40:00Z"));
  CHECK(p.rows[2].text == "Pods | nodes restarted\nall of them");
  CHECK(highlighted(p.rows[2]) == "2021-06-22 | 08:40");
  CHECK(p.rows[3].time == T("2021-06-22T08:55:00Z"));  // the day of the row above
  CHECK(p.rows[3].kind == EventKind::Alert);
  CHECK(p.rows[3].text == "error rate above 5%");
  CHECK_FALSE(p.rows[4].accepted);
  CHECK(p.rows[4].reason ==
        "no time in the table row's first cells (expected e.g. | 14:32 | text | or | 2017-01-31 | 14:32 | text |)");
  CHECK(p.acceptedCount == 3);
  CHECK(p.rejectedCount == 1);
}

TEST_CASE("timeline forms: Hindsight's own Markdown export lines read back") {
  PastePreview p = read(
      "All times UTC on 2026-01-15.\n"
      "\n"
      "- **14:27** \xE2\x80\x94 Alert fired for \\*checkout\\* &lt;p1&gt; _(Alert)_\n"
      "- **14:40** \xE2\x80\x94 Decided to roll back _(Decision)_ **[Decision point]**\n"
      "- **2026-01-16 00:10** \xE2\x80\x94 All clear _(Resolved)_\n");
  REQUIRE(p.rows.size() == 4);
  CHECK(p.rows[0].context);
  CHECK(p.rows[0].note == "times below are in UTC; the date is 2026-01-15");
  CHECK(p.rows[1].time == T("2026-01-15T14:27:00Z"));
  CHECK(p.rows[1].text == "Alert fired for *checkout* <p1>");
  CHECK(p.rows[1].kind == EventKind::Alert);
  CHECK_FALSE(p.rows[1].decisionPoint);
  CHECK(highlighted(p.rows[1]) == "14:27");
  CHECK(p.rows[2].decisionPoint);
  CHECK(p.rows[2].kind == EventKind::Decision);
  CHECK(p.rows[2].text == "Decided to roll back");
  CHECK(p.rows[3].time == T("2026-01-16T00:10:00Z"));
  CHECK(p.rows[3].kind == EventKind::Resolved);
  CHECK(p.acceptedCount == 3);
}

TEST_CASE("timeline forms: bullets with bold, bracketed, code and numbered times; continuation lines") {
  PastePreview p = read(
      "- **14:27** \xE2\x80\x94 Alert fired\n"
      "* [11:33 PM] Jane: db down\n"
      "1. `09:05` restart\n"
      "**14:32 UTC:** status page posted\n"
      "+ (15:00) rollback\n"
      "- 15:10 deploy started\n"
      "  second line of the same event\n"
      "  - a nested detail\n");
  REQUIRE(p.rows.size() == 6);
  CHECK(p.rows[0].time == T("2017-01-31T14:27:00Z"));
  CHECK(p.rows[0].text == "Alert fired");
  CHECK(p.rows[0].timeBegin == 4);
  CHECK(p.rows[0].timeEnd == 9);
  CHECK(p.rows[1].time == T("2017-01-31T23:33:00Z"));
  CHECK(p.rows[1].text == "Jane: db down");
  CHECK(highlighted(p.rows[1]) == "11:33 PM");
  CHECK(p.rows[2].time == T("2017-02-01T09:05:00Z"));  // 14 h back: next day
  CHECK(p.rows[3].text == "status page posted");
  CHECK_FALSE(p.rows[3].zoneAssumed);
  CHECK(p.rows[4].kind == EventKind::Mitigated);
  CHECK(p.rows[5].text == "deploy started\nsecond line of the same event\n- a nested detail");
  CHECK(p.acceptedCount == 6);
}

TEST_CASE("timeline forms: numeric dates YYYY/MM/DD, DD.MM.YYYY, MM/DD/YYYY and the ambiguity") {
  CHECK(one("2017/01/31 23:10 backup removed").time == T("2017-01-31T23:10:00Z"));
  CHECK(one("31.01.2017 23:10 backup removed").time == T("2017-01-31T23:10:00Z"));
  PasteRow r = one("01/31/2017 11:10 PM backup removed");
  CHECK(r.time == T("2017-01-31T23:10:00Z"));
  CHECK_FALSE(r.dateAmbiguous);
  CHECK(highlighted(r) == "01/31/2017 11:10 PM");

  // 02/03/2017 alone: read month first and flagged.
  PastePreview p = read("02/03/2017 10:00 first\n");
  CHECK(p.rows[0].time == T("2017-02-03T10:00:00Z"));
  CHECK(p.rows[0].dateAmbiguous);
  CHECK(p.ambiguousDateCount == 1);
  CHECK(p.dateOrder == DateOrder::MonthFirst);
  CHECK_FALSE(p.dateOrderFromText);

  // Another row that can only be day first settles it.
  p = read("02/03/2017 10:00 first\n31/03/2017 09:00 second\n");
  CHECK(p.dateOrder == DateOrder::DayFirst);
  CHECK(p.dateOrderFromText);
  CHECK(p.rows[0].time == T("2017-03-02T10:00:00Z"));
  CHECK(p.rows[1].time == T("2017-03-31T09:00:00Z"));

  // The dialog's choice wins.
  p = read("02/03/2017 10:00 first\n", kJan31_2017, "UTC", DateOrder::DayFirst);
  CHECK(p.rows[0].time == T("2017-03-02T10:00:00Z"));

  r = one("2017-02-30 10:00 no such day");
  CHECK_FALSE(r.accepted);
  CHECK(r.reason == "\"2017-02-30\" is not a valid date");
}

TEST_CASE("timeline forms: month names, weekdays and ordinals") {
  CHECK(one("Jan 31 23:10 replication lag").time == T("2017-01-31T23:10:00Z"));  // incident's year
  CHECK(one("31 Jan 2017 23:10 lag").time == T("2017-01-31T23:10:00Z"));
  PasteRow r = one("Tuesday 22nd June 2021 08:21 VPC CNI replaced");
  CHECK(r.time == T("2021-06-22T08:21:00Z"));
  CHECK(r.text == "VPC CNI replaced");
  CHECK(r.note.empty());
  CHECK(one("January 31, 2017 at 11:10 PM lag").time == T("2017-01-31T23:10:00Z"));
  r = one("Monday 22nd June 2021 08:21 wrong weekday");
  CHECK(r.accepted);
  CHECK(r.note == "2021-06-22 is a Tuesday, not a Monday; the date was used");
}

TEST_CASE("timeline forms: 12-hour times with and without minutes") {
  CHECK(one("6pm standup").time == T("2017-01-31T18:00:00Z"));
  CHECK(one("11pm db1 wiped").time == T("2017-01-31T23:00:00Z"));
  CHECK(one("11:27pm rsync started").time == T("2017-01-31T23:27:00Z"));
  CHECK(one("11 p.m. backups checked").time == T("2017-01-31T23:00:00Z"));
  CHECK(one("12am midnight deploy").time == T("2017-01-31T00:00:00Z"));
  CHECK(one("noon review").time == T("2017-01-31T12:00:00Z"));
}

TEST_CASE("timeline forms: approximations are kept as approximate") {
  PasteRow r = one("~23:00 engineer notices lag");
  CHECK(r.approximate);
  CHECK(r.time == T("2017-01-31T23:00:00Z"));
  CHECK(r.text == "engineer notices lag");
  CHECK(eventTextOf(r) == "(approx.) engineer notices lag");
  CHECK(highlighted(r) == "~23:00");
  r = one("11pm-ish rm -rf on the wrong host");
  CHECK(r.approximate);
  CHECK(r.time == T("2017-01-31T23:00:00Z"));
  CHECK(r.text == "rm -rf on the wrong host");
  CHECK(one("around 23:10 lag").approximate);
  CHECK(one("23:15 (approx.) lag").approximate);
  CHECK_FALSE(one("23:15 lag").approximate);
}

TEST_CASE("timeline forms: seconds and fractions") {
  CHECK(one("23:10:05 lag").time == T("2017-01-31T23:10:05Z"));
  CHECK(one("2017-01-31 23:10:05.250 lag").time == T("2017-01-31T23:10:05.250Z"));
}

TEST_CASE("timeline forms: ISO 8601 with offsets is converted, the offset not left in the text") {
  PasteRow r = one("2017-01-31 23:20 +01:00 replication stopped");
  CHECK(r.time == T("2017-01-31T22:20:00Z"));  // 23:20 at UTC+1 is 22:20 UTC
  CHECK(r.text == "replication stopped");
  CHECK_FALSE(r.zoneAssumed);
  CHECK(one("2017-01-31T23:20:00+0100 x").time == T("2017-01-31T22:20:00Z"));
  CHECK(one("2017-01-31T23:20:00.500-05:00 x").time == T("2017-02-01T04:20:00.500Z"));
  CHECK(one("2017-01-31T23:20:00Z x").time == T("2017-01-31T23:20:00Z"));
}

TEST_CASE("timeline forms: zone abbreviations and offsets") {
  // incident 2017-01-31 (winter)
  PasteRow r = one("23:21 CET db2 stopped");
  CHECK(r.time == T("2017-01-31T22:21:00Z"));
  CHECK(r.text == "db2 stopped");
  CHECK(r.zone == "CET");
  CHECK(highlighted(r) == "23:21 CET");
  CHECK(one("14:00 PST x").time == T("2017-01-31T22:00:00Z"));
  CHECK(one("14:00 PDT x").time == T("2017-01-31T21:00:00Z"));
  CHECK(one("10:00 EST x").time == T("2017-01-31T15:00:00Z"));
  CHECK(one("10:00 EDT x").time == T("2017-01-31T14:00:00Z"));
  CHECK(one("10:00 CEST x").time == T("2017-01-31T08:00:00Z"));
  CHECK(one("10:00 BST x").time == T("2017-01-31T09:00:00Z"));
  CHECK(one("10:00 JST x").time == T("2017-01-31T01:00:00Z"));
  CHECK(one("10:00 GMT x").time == T("2017-01-31T10:00:00Z"));
  CHECK(one("10:00Z x").time == T("2017-01-31T10:00:00Z"));
  CHECK(one("10:00 UTC+2 x").time == T("2017-01-31T08:00:00Z"));
  CHECK(one("10:00 GMT-05:30 x").time == T("2017-01-31T15:30:00Z"));
  CHECK(one("10:00 (PST) x").time == T("2017-01-31T18:00:00Z"));
  r = one("10:00 IST x");
  CHECK(r.time == T("2017-01-31T04:30:00Z"));
  CHECK(r.note == "IST read as India Standard Time (UTC+05:30), not Irish or Israel time");
  // a word that only looks like a zone stays in the text
  r = one("14:32 DNS failed");
  CHECK(r.text == "DNS failed");
  CHECK(r.zoneAssumed);
}

TEST_CASE("timeline forms: IANA zone names follow daylight saving time") {
  const TimeMs jul1 = T("2021-07-01T00:00:00Z");
  CHECK(one("10:00 Europe/Berlin x").time == T("2017-01-31T09:00:00Z"));
  CHECK(one("10:00 Europe/Berlin x", jul1).time == T("2021-07-01T08:00:00Z"));
  CHECK(one("10:00 America/New_York x").time == T("2017-01-31T15:00:00Z"));
  CHECK(one("10:00 America/New_York x", jul1).time == T("2021-07-01T14:00:00Z"));
  CHECK(one("10:00 Australia/Sydney x").time == T("2017-01-30T23:00:00Z"));  // AEDT, UTC+11
  CHECK(one("10:00 Asia/Kolkata x").time == T("2017-01-31T04:30:00Z"));
  // EU switch 2017-03-26 01:00 UTC; US switch 2017-03-12 02:00 local.
  CHECK(one("2017-03-26 01:30 Europe/Berlin x").time == T("2017-03-26T00:30:00Z"));
  CHECK(one("2017-03-26 03:30 Europe/Berlin x").time == T("2017-03-26T01:30:00Z"));
  CHECK(one("2017-03-12 01:30 America/New_York x").time == T("2017-03-12T06:30:00Z"));
  CHECK(one("2017-03-12 03:30 America/New_York x").time == T("2017-03-12T07:30:00Z"));
  CHECK(one("2017-11-05 12:00 America/Los_Angeles x").time == T("2017-11-05T20:00:00Z"));

  PasteRow r = one("10:00 America/Nowhere x");
  CHECK_FALSE(r.accepted);
  CHECK(r.reason == "the time zone \"America/Nowhere\" is not in Hindsight's zone table; write its offset instead (e.g. +01:00)");
}

TEST_CASE("timeline forms: a zone chosen for times written without one") {
  PastePreview p = read("10:00 deploy\n11:00 UTC alert\n", kJan31_2017, "Europe/Berlin");
  CHECK(p.rows[0].time == T("2017-01-31T09:00:00Z"));
  CHECK(p.rows[0].zoneAssumed);
  CHECK(p.rows[0].zone == "Europe/Berlin");
  CHECK(p.rows[1].time == T("2017-01-31T11:00:00Z"));
  CHECK_FALSE(p.rows[1].zoneAssumed);
  CHECK(p.zoneAssumedCount == 1);
  // "All times PST" states the zone: not assumed.
  p = read("All times are in PST.\n10:00 deploy\n");
  CHECK(p.rows[0].context);
  CHECK(p.rows[1].time == T("2017-01-31T18:00:00Z"));
  CHECK_FALSE(p.rows[1].zoneAssumed);
  CHECK(findTimeZone("Europe/Berlin").has_value());
  CHECK_FALSE(findTimeZone("Mars/Olympus").has_value());
}

TEST_CASE("timeline forms: day headings set the date of the rows below") {
  PastePreview p = read(
      "### 2017-01-31\n"
      "23:10 first\n"
      "## Wednesday 1 February 2017\n"
      "00:10 second\n"
      "**Day 3**\n"
      "09:00 third\n"
      "**2017-02-10**\n"
      "08:00 fourth\n"
      "### Recovery\n");
  REQUIRE(p.rows.size() == 9);
  CHECK(p.rows[0].context);
  CHECK(p.rows[0].note == "sets the date to 2017-01-31");
  CHECK(p.rows[1].time == T("2017-01-31T23:10:00Z"));
  CHECK(p.rows[3].time == T("2017-02-01T00:10:00Z"));
  CHECK(p.rows[4].note == "sets the date to 2017-02-02");  // Day 3 of an incident on Jan 31
  CHECK(p.rows[5].time == T("2017-02-02T09:00:00Z"));
  CHECK(p.rows[7].time == T("2017-02-10T08:00:00Z"));
  CHECK_FALSE(p.rows[8].accepted);
  CHECK(p.rows[8].reason == "a heading without a date or time (day headings look like ### 2017-01-31 or **Day 2**)");
  CHECK(p.contextCount == 4);
  CHECK(p.acceptedCount == 4);
  CHECK(p.rejectedCount == 1);
}

TEST_CASE("timeline forms: syslog lines") {
  PasteRow r = one("Jan 31 23:10:05 db1 postgres[1234]: FATAL: terminating connection");
  CHECK(r.time == T("2017-01-31T23:10:05Z"));
  CHECK(r.text == "db1 postgres[1234]: FATAL: terminating connection");
  CHECK(highlighted(r) == "Jan 31 23:10:05");
}

TEST_CASE("timeline forms: Slack copies, a name and time line then the message") {
  PastePreview p = read(
      "Jane Doe  [11:33 PM]\n"
      "the db is down\n"
      "really down\n"
      "John Roe  11:35 PM\n"
      "looking\n"
      "Ana Lima\n"
      "11:40 PM\n"
      "back up\n");
  REQUIRE(p.rows.size() == 3);
  CHECK(p.rows[0].time == T("2017-01-31T23:33:00Z"));
  CHECK(p.rows[0].text == "Jane Doe: the db is down\nreally down");
  CHECK(highlighted(p.rows[0]) == "11:33 PM");
  CHECK(p.rows[1].time == T("2017-01-31T23:35:00Z"));
  CHECK(p.rows[1].text == "John Roe: looking");
  CHECK(p.rows[2].time == T("2017-01-31T23:40:00Z"));
  CHECK(p.rows[2].text == "Ana Lima: back up");
  CHECK(p.rows[2].line == 6);
  CHECK(highlighted(p.rows[2]) == "11:40 PM");
  CHECK(p.acceptedCount == 3);
  CHECK(p.rejectedCount == 0);
}

TEST_CASE("timeline forms: epoch seconds and milliseconds") {
  // 2017-01-31T00:00Z is 1485820800; + 23 h 10 min (83,400 s) = 1485904200.
  PasteRow r = one("1485904200 backup started");
  CHECK(r.time == T("2017-01-31T23:10:00Z"));
  CHECK(r.text == "backup started");
  CHECK_FALSE(r.zoneAssumed);
  CHECK(one("1485904200123 backup started").time == T("2017-01-31T23:10:00.123Z"));
  CHECK_FALSE(one("12345 servers").accepted);  // a number, not a time
}

TEST_CASE("timeline forms: quoted CSV and date plus time columns") {
  PastePreview p = read("\"2017-01-31 23:10\",\"Failover, then restore\"\n\"23:20 CET\",\"second\"\n");
  CHECK(p.csv);
  REQUIRE(p.rows.size() == 2);
  CHECK(p.rows[0].time == T("2017-01-31T23:10:00Z"));
  CHECK(p.rows[0].text == "Failover, then restore");
  CHECK(highlighted(p.rows[0]) == "2017-01-31 23:10");
  CHECK(p.rows[1].time == T("2017-01-31T22:20:00Z"));
  p = read("Date,Time,Event\n31.01.2017,23:10,db1 wiped\n");
  CHECK(p.csv);
  REQUIRE(p.rows.size() == 1);
  CHECK(p.rows[0].time == T("2017-01-31T23:10:00Z"));
  CHECK(p.rows[0].text == "db1 wiped");
}

TEST_CASE("timeline forms: never silently wrong - reasons whole, unknown text kept") {
  PasteRow r = one("14:32 XYZ restarted");
  CHECK(r.text == "XYZ restarted");
  r = one("we restarted the database");
  CHECK(r.reason ==
        "no time at the start of the line (expected e.g. 14:32, 2:32 PM, 2017-01-31 23:10, Jan 31 23:10 or a "
        "table row | 14:32 | text |)");
  r = one("2017-01-31 deploy");
  CHECK(r.reason == "a date needs a time after it (e.g. 2026-01-15 14:32)");
}
