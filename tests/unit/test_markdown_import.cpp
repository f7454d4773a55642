// The Markdown importer on post-mortems retyped in five real-world styles
// (tests/fixtures/markdown/), with the values expected worked out by hand.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_import.h"
#include "core/model/time_format.h"

using namespace hs;

namespace {
TimeMs T(const char* rfc3339) { return *parseRfc3339(rfc3339); }
const TimeMs kNow = T("2026-01-20T10:00:00Z");

std::string fixture(const char* name) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/tests/fixtures/markdown/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

MarkdownImport load(const char* name) {
  MarkdownImportOptions o;
  o.now = kNow;
  MarkdownImport m = importMarkdown(fixture(name), o);
  LoadResult checked = loadPostMortemJson(toJson(m.doc), name);
  CHECK_MESSAGE(checked.ok(), (checked.errors.empty() ? std::string() : checked.errors.front().format()));
  return m;
}

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

const WhyNode* child(const PostMortem& d, const Id& parent, int order) {
  for (const WhyNode& n : d.whyNodes)
    if (n.parentId == parent && n.order == order) return &n;
  return nullptr;
}
}  // namespace

TEST_CASE("markdown import: GitLab 2017-01-31 style (prose intro, YYYY/MM/DD timeline, why list under RCA)") {
  MarkdownImport m = load("gitlab_2017_01_31_database.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "Postmortem of database outage of January 31");
  CHECK(contains(d.sections.summary, "On January 31st 2017 we experienced an outage"));
  REQUIRE(d.events.size() == 9);
  CHECK(d.events[0].time == T("2017-01-31T16:00:00Z"));
  CHECK(d.events[0].text == "/17:00 - 21:00: spam pushes the load on the primary up; the team blocks the spammers");
  CHECK(d.events[2].time == T("2017-01-31T23:00:00Z"));
  CHECK(d.events[2].text == "(approx.) an engineer starts re-seeding the secondary with pg_basebackup, which keeps failing");
  CHECK(d.events[3].time == T("2017-01-31T23:27:00Z"));
  CHECK(d.events[5].time == T("2017-02-01T00:36:00Z"));
  CHECK(d.events[8].time == T("2017-02-01T18:00:00Z"));
  CHECK(d.incidentDate == T("2017-01-31T16:00:00Z"));  // the first event (the title has no year)
  // Whys: the numbered RCA list, nested by 4-space indents.
  REQUIRE(d.whyNodes.size() == 5);
  const WhyNode* root = d.rootWhyNode();
  REQUIRE(root);
  CHECK(contains(root->text, "Why was GitLab.com down?"));
  const WhyNode* removed = child(d, root->id, 0);
  REQUIRE(removed);
  CHECK(contains(removed->text, "Why was the directory removed?"));
  const WhyNode* command = child(d, root->id, 1);
  REQUIRE(command);
  CHECK(command->rootCause);
  REQUIRE(child(d, removed->id, 0));
  // "Problems Encountered" is kept; "Improving Recovery Procedures" holds the actions.
  CHECK(m.report.keptSections == std::vector<std::string>{"Problems Encountered"});
  CHECK(contains(d.sections.summary, "#### Imported section: Problems Encountered\n\n- LVM snapshots"));
  REQUIRE(d.actions.size() == 5);
  CHECK(d.actions[0].link == "https://gitlab.example/infra/issues/1094");
  CHECK(d.actions[1].owner == "Infrastructure");
  CHECK(d.actions[2].status == ActionStatus::NotStarted);
  CHECK(d.actions[3].status == ActionStatus::Done);
  CHECK(d.actions[4].due == T("2017-03-15T00:00:00Z"));
  // The phase headings carry no time; they are kept with the summary, not lost.
  CHECK(m.report.timelineLinesNotRead == 2);
  CHECK(contains(d.sections.summary, "#### Imported timeline lines (not read as events)\n\n### First incident\n### Recovery"));
}

TEST_CASE("markdown import: Cloudflare 2019-07-02 style (setext title, zone in the heading, code kept)") {
  MarkdownImport m = load("cloudflare_2019_07_02_waf.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "Details of the Cloudflare outage on July 2, 2019");
  REQUIRE(d.events.size() == 9);
  CHECK(d.events[0].time == T("2019-07-02T13:42:00Z"));  // date from the title, zone from the heading
  CHECK(d.events[1].kind == EventKind::Alert);
  CHECK(d.events[4].kind == EventKind::Decision);
  CHECK(d.events[7].kind == EventKind::Resolved);
  CHECK(d.events[8].time == T("2019-07-02T14:52:00Z"));
  CHECK(d.factors.size() == 4);
  CHECK(d.actions.size() == 4);  // "What we're doing about it"
  CHECK(contains(d.sections.summary, "For about 30 minutes on 2019-07-02"));
  CHECK(contains(d.sections.summary, "A single regular expression"));  // "What happened"
  // Unknown sections are kept, code fence and all.
  CHECK(m.report.keptSections == std::vector<std::string>{"Why did it happen?", "Conclusion"});
  CHECK(contains(d.sections.summary, "#### Imported section: Why did it happen?\n\nThe regular expression"));
  CHECK(contains(d.sections.summary, "```\n(?:(?:\\\"|'|\\]"));
  CHECK(d.incidentDate == T("2019-07-02T13:42:00Z"));
  bool noted = false;
  for (const std::string& n : m.report.notes) noted |= n == "The incident date 2019-07-02 was taken from the title.";
  CHECK(noted);
}

TEST_CASE("markdown import: Google SRE book style (bold details, action table with types, lessons subsections)") {
  MarkdownImport m = load("google_sre_shakespeare.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "Shakespeare Sonnet++ Postmortem (incident #465)");
  CHECK(d.authors == std::vector<std::string>{"jennifer", "martym", "agoogler"});
  CHECK(d.status == DocStatus::Reviewed);
  CHECK(contains(d.sections.summary, "Shakespeare Search down for 66 minutes"));
  CHECK(d.impact.text == "Estimated 1.21B queries lost, no revenue impact.");
  CHECK(contains(d.sections.rootCause, "Cascading failure"));
  CHECK(contains(d.sections.rootCause, "Trigger: Latent bug"));
  CHECK(contains(d.sections.response, "sacrificial cluster"));
  CHECK(d.sections.detection == "Borgmon detected a high level of HTTP 500s and paged on-call.");
  REQUIRE(d.actions.size() == 5);
  CHECK(d.actions[0].title == "Update playbook with instructions for responding to cascading failure");
  CHECK(d.actions[0].kind == ActionKind::SpeedUpRecovery);  // mitigate
  CHECK(d.actions[0].owner == "jennifer");
  CHECK(d.actions[0].status == ActionStatus::Done);
  CHECK(d.actions[0].link.empty());  // "n/a"
  CHECK(d.actions[1].kind == ActionKind::PreventRecurrence);
  CHECK(d.actions[1].status == ActionStatus::NotStarted);
  CHECK(d.actions[1].link == "Bug 5554823");
  CHECK(d.actions[2].kind == ActionKind::Other);  // process
  CHECK(contains(d.sections.wentWell, "Monitoring quickly alerted us"));
  CHECK(contains(d.sections.lessonsLearned, "**What went wrong**\n\n- We're out of practice"));
  CHECK(contains(d.sections.lessonsLearned, "**Where we got lucky**\n\n- Mailing list"));
  REQUIRE(d.events.size() == 16);
  CHECK(d.events[0].time == T("2015-10-21T14:51:00Z"));
  CHECK(d.events[2].kind == EventKind::ImpactStarted);  // OUTAGE BEGINS
  CHECK(d.events[15].time == T("2015-10-21T17:00:00Z"));
  CHECK(d.incidentDate == T("2015-10-21T14:51:00Z"));
  CHECK(m.report.keptSections == std::vector<std::string>{"Supporting information"});
  CHECK(contains(d.sections.summary, "- Status: Complete, action items in progress"));
}

TEST_CASE("markdown import: checklist template (Key: value details, day heading, flat whys, checklist, stated figures)") {
  MarkdownImport m = load("checklist_template.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "Checkout returned 502 for EU customers");
  CHECK(d.severity == Severity::Sev1);  // P1
  CHECK(d.status == DocStatus::Draft);  // In review
  CHECK(d.authors == std::vector<std::string>{"dana", "lee"});
  REQUIRE(d.events.size() == 7);
  CHECK(d.events[0].time == T("2023-03-04T10:02:00Z"));  // 03/04/2023 month first, flagged
  CHECK(d.events[6].time == T("2023-03-04T11:15:00Z"));
  CHECK(d.events[1].kind == EventKind::ImpactStarted);
  CHECK(m.report.timelineLinesNotRead == 1);
  CHECK(contains(d.sections.summary, "#### Imported timeline lines (not read as events)\n\n* note from lee"));
  // Stated 8 minutes; the timeline gives impact 10:05 -> alert 10:17 = 12 min. TTR agrees (1 h 10 min).
  REQUIRE(m.report.disagreements.size() == 1);
  CHECK(m.report.disagreements[0] == "Time to detection: stated 8 minutes, the timeline gives 12 min");
  CHECK_FALSE(d.durationOverride.has_value());
  CHECK(contains(d.sections.summary, "- Attendees: dana, lee, priya, ops-oncall"));
  // Whys: "Problem:" paragraph, then a chain.
  REQUIRE(d.whyNodes.size() == 5);
  const WhyNode* root = d.rootWhyNode();
  REQUIRE(root);
  CHECK(root->text == "EU customers could not check out.");
  const WhyNode* n = root;
  for (int depth = 0; depth < 4; ++depth) {
    n = child(d, n->id, 0);
    REQUIRE(n);
  }
  CHECK(n->text == "Nobody reviewed the tool's semantics when it was adopted.");
  CHECK(n->rootCause);
  REQUIRE(d.actions.size() == 3);
  CHECK(d.actions[0].status == ActionStatus::Done);
  CHECK(d.actions[0].owner == "lee");
  CHECK(d.actions[0].due == T("2023-03-20T00:00:00Z"));
  CHECK(d.actions[1].owner == "dana");
  CHECK(d.actions[1].due == T("2023-04-15T00:00:00Z"));
  CHECK(d.actions[2].notes == "include the status page update");
  CHECK(contains(d.sections.lessonsLearned, "**Where we got lucky**"));
  bool ambiguityNoted = false;
  for (const std::string& s : m.report.notes) ambiguityNoted |= contains(s, "reads both ways");
  CHECK(ambiguityNoted);
}

TEST_CASE("markdown import: Confluence export style (details table, date and time columns, reordered action table)") {
  MarkdownImport m = load("confluence_export.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "Incident Report: Search latency in eu-west");
  CHECK(d.severity == Severity::Sev2);
  CHECK(d.status == DocStatus::Closed);
  CHECK(d.authors == std::vector<std::string>{"J\xC3\xB6rg M\xC3\xBCller", "Ana Lima"});
  CHECK(d.services == std::vector<std::string>{"search-api", "indexer"});
  REQUIRE(d.events.size() == 6);
  CHECK(d.events[0].time == T("2021-06-22T08:21:00Z"));  // 10:21 CEST
  CHECK(d.events[5].time == T("2021-06-22T10:30:00Z"));
  CHECK(d.incidentDate == T("2021-06-22T08:21:00Z"));
  // Stated ~2 hours; the timeline gives alert 10:34 -> resolved 12:30 = 1 h 56 min: kept as the override.
  CHECK(d.durationOverride == 2 * kHour);
  CHECK(m.report.disagreements.size() == 1);
  CHECK(d.impact.text == "Around 40% of search requests in eu-west were slower than 5 seconds.");
  REQUIRE(d.factors.size() == 3);
  CHECK(d.factors[0].category == FactorCategory::Technical);
  CHECK(d.factors[1].category == FactorCategory::Process);
  REQUIRE(d.actions.size() == 3);
  CHECK(d.actions[0].title == "Pin the CNI version in the cluster config");
  CHECK(d.actions[0].status == ActionStatus::Done);
  CHECK(d.actions[0].link == "https://jira.example/browse/SRCH-101");
  CHECK(d.actions[0].owner == "Ana Lima");
  CHECK(d.actions[0].notes == "Priority: High");
  CHECK(d.actions[1].status == ActionStatus::InProgress);
  CHECK(d.actions[1].due == T("2021-07-15T00:00:00Z"));
  CHECK(d.actions[2].owner.empty());
  CHECK(contains(d.sections.summary, "- Incident commander: Sam Okafor"));
  CHECK(m.report.keptSections == std::vector<std::string>{"Appendix"});
}

TEST_CASE("markdown import: content sniffing, not the file name") {
  CHECK(looksLikeMarkdown("# Title\n\nText"));
  CHECK(looksLikeMarkdown("Title: x\nDate: 2017-01-31\n"));
  CHECK(looksLikeMarkdown("Some report\n===========\n"));
  CHECK_FALSE(looksLikeMarkdown("{\"format\": \"hindsight\"}"));
  CHECK_FALSE(looksLikeMarkdown("   \n  {\"a\":1}"));
  CHECK_FALSE(looksLikeMarkdown(std::string("# x\0y", 5)));
  CHECK_FALSE(looksLikeMarkdown("just a line of text"));
}

TEST_CASE("markdown import: an unknown document keeps everything and says so") {
  MarkdownImportOptions o;
  o.now = kNow;
  MarkdownImport m = importMarkdown("Some notes\n\n## Random heading\n\nbody text\n", o);
  CHECK(m.doc.title == "Untitled post-mortem");
  CHECK(contains(m.doc.sections.summary, "Some notes"));
  CHECK(contains(m.doc.sections.summary, "#### Imported section: Random heading\n\nbody text"));
  CHECK(m.doc.incidentDate == T("2026-01-20T00:00:00Z"));
  CHECK(m.report.notes.size() == 3);  // no date, no title, no events
}

TEST_CASE("markdown import: PagerDuty style (headerless details table, start time with zone, 12-hour table times)") {
  MarkdownImport m = load("pagerduty_style.md");
  const PostMortem& d = m.doc;
  CHECK(d.title == "[INC-1234] Elevated API error rates");
  CHECK(d.severity == Severity::Sev2);
  CHECK(d.incidentDate == T("2023-05-10T21:02:00Z"));  // 14:02 PDT
  REQUIRE(d.events.size() == 5);
  CHECK(d.events[1].time == T("2023-05-10T21:09:00Z"));  // 2:09 PM in the "Time (PDT)" column
  CHECK(d.events[2].kind == EventKind::Acknowledged);
  // Stated 47 minutes; the timeline gives alert 2:09 PM -> recovered 2:49 PM = 40 min.
  CHECK(d.durationOverride == 47 * kMinute);
  REQUIRE(m.report.disagreements.size() == 1);
  CHECK(m.report.disagreements[0] == "Duration: stated 47 minutes, the timeline gives 40 min");
  REQUIRE(d.actions.size() == 2);
  CHECK(d.actions[0].owner == "omar");
  CHECK(d.actions[0].title == "Pin pool size in config");
  CHECK(d.actions[0].link == "AUTH-77");
  CHECK(m.report.keptSections == std::vector<std::string>{"Responders", "Messaging"});
  CHECK(m.report.timelineLinesNotRead == 0);
  for (const PasteRow& r : m.report.timelineRows) CHECK((r.accepted || r.context));
  CHECK(contains(d.sections.summary, "- Incident Commander: Jane Smith"));
}

TEST_CASE("markdown import: Windows-1252 bytes are read as such and NULs left out (fuzz finding: the result was refused)") {
  // 0xE9 é, 0x92 ’, 0x80 € and 0x81 (undefined in Windows-1252) are not UTF-8; one NUL.
  const char raw[] = "# Caf\xE9 outage\n\n## Summary\n\nIt\x92s down\0 for \x80" "5 customers\x81.\n";
  MarkdownImportOptions o;
  o.now = kNow;
  MarkdownImport m = importMarkdown(std::string_view(raw, sizeof raw - 1), o);
  CHECK(m.doc.title == "Caf\xC3\xA9 outage");
  CHECK(m.doc.sections.summary == "It\xE2\x80\x99s down for \xE2\x82\xAC" "5 customers\xEF\xBF\xBD.");
  CHECK(m.report.notes.at(0) == "The text is not all UTF-8: 4 byte(s) were read as Windows-1252 (Latin-1).");
  CHECK(m.report.notes.at(1) == "1 NUL byte(s) were left out.");
  CHECK(loadPostMortemJson(toJson(m.doc), "cafe.json").ok());
}

TEST_CASE("markdown import: a why list under Root Cause stays prose when the document has its own 5 Whys (fuzz finding)") {
  const std::string md =
      "# Outage\n\n## Root Cause\n\n- Why was it down? The disk filled\n- Why? Logs were not rotated\n\n"
      "## 5 Whys\n\n_None recorded._\n";
  MarkdownImportOptions o;
  o.now = kNow;
  MarkdownImport m = importMarkdown(md, o);
  CHECK(m.doc.whyNodes.empty());
  CHECK(m.doc.sections.rootCause == "- Why was it down? The disk filled\n- Why? Logs were not rotated");
}
