#include "core/io/markdown_import.h"

#include <algorithm>
#include <optional>

#include "core/analysis/durations.h"
#include "core/edit/timeline_commands.h"
#include "core/io/markdown_import/key_values.h"
#include "core/io/markdown_import/markdown_outline.h"
#include "core/io/markdown_import/metadata_values.h"
#include "core/io/markdown_import/section_readers.h"
#include "core/io/markdown_import/text_repair.h"
#include "core/io/markdown_unescape.h"
#include "core/io/timeline/stamp_reader.h"
#include "core/io/timeline/text_scan.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"
#include "core/model/value_rules.h"

namespace hs {
namespace {

constexpr TimeMs kFigureTolerance = kMinute;

enum class Figure { Detect, Acknowledge, Mitigate, Resolve, Duration };

struct Stated {
  Figure figure;
  std::string key;
  std::string value;
  TimeMs ms;
};

struct Builder {
  explicit Builder(const MarkdownImportOptions& o) : options(o), zone(o.zone) {}
  const MarkdownImportOptions& options;
  MarkdownImport out;
  std::optional<TimeMs> statedStart;     // a date with a time of day
  std::optional<CivilDate> statedDate;   // a date alone
  std::string zone;
  std::vector<Stated> stated;
  std::string kept;                      // appended to the summary
  std::vector<std::string> extras;       // details with no field of their own
  std::optional<CivilDate> fallbackDate; // a date written in the title or the opening text
  std::string fallbackDateSource;

  PostMortem& doc() { return out.doc; }
  void note(std::string s) { out.report.notes.push_back(std::move(s)); }

  void appendTo(std::string& field, const std::string& text, std::string_view heading = {}) {
    if (text.empty()) return;
    if (!field.empty()) field += "\n\n";
    if (!heading.empty()) field += "**" + std::string(heading) + "**\n\n";
    field += text;
  }

  void keep(std::string_view heading, const std::string& body) {
    if (body.empty()) return;
    kept += "\n\n#### Imported " + std::string(heading) + "\n\n" + body;
  }

  // Reads a date (and maybe a time and zone) from a detail's value.
  void readDateValue(const std::string& value, bool startKey) {
    std::string_view v = scan::trim(value);
    Stamp st = readStamp(v, 0, 2000, options.dateOrder == DateOrder::DayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst);
    if (!st.found || !st.error.empty()) {
      // "Tuesday, January 31, 2017" starts with a weekday the stamp reader takes too; anything else is kept.
      extras.push_back((startKey ? "Start: " : "Date: ") + value);
      note("The date \"" + value + "\" was not understood; it is kept in the summary.");
      return;
    }
    if (st.date && !st.yearGiven) st.date->year = civilDateOf(options.now).year;
    if (st.dateAmbiguous)
      note("The date \"" + value + "\" reads both ways; it was read as " + isoText(*st.date) +
           (options.dateOrder == DateOrder::DayFirst ? " (day first)." : " (month first)."));
    if (st.msOfDay && st.date) {
      TimeMs local = localMidnight(*st.date) + *st.msOfDay;
      auto z = st.zone ? st.zone : findTimeZone(zone);
      statedStart = toUtc(z ? *z : TimeZone{"UTC", 0, DstRule::None, ""}, local);
    } else if (st.date) {
      if (!statedDate) statedDate = st.date;
    } else if (st.utc) {
      statedStart = st.utc;
    }
  }

  void readImpact(const std::string& value) {
    // Hindsight's export: "text (1200 users affected, 5400.50 revenue lost)"
    std::string text = value;
    std::size_t open = text.rfind(" (");
    std::string figures = open != std::string::npos && !text.empty() && text.back() == ')' ? text.substr(open + 2, text.size() - open - 3)
                                                                                           : (text.find("users affected") != std::string::npos ? text : "");
    bool used = false;
    std::size_t users = figures.find(" users affected");
    if (users != std::string::npos) {
      std::size_t start = users;
      while (start > 0 && scan::isDigit(figures[start - 1])) --start;
      if (start < users && users - start <= 15) {
        doc().impact.usersAffected = std::stoll(figures.substr(start, users - start));
        used = true;
      }
    }
    std::size_t revenue = figures.find(" revenue lost");
    if (revenue != std::string::npos) {
      std::size_t start = figures.rfind(' ', revenue - 1);
      start = start == std::string::npos ? 0 : start + 1;
      std::string number = figures.substr(start, revenue - start);
      char* end = nullptr;
      double v = std::strtod(number.c_str(), &end);
      if (end && *end == '\0' && !number.empty()) {
        doc().impact.revenueLost = v;
        used = true;
      }
    }
    if (used) text = figures == text ? "" : text.substr(0, open);
    if (normalizedKey(text) == "not recorded") text.clear();
    doc().impact.text = text;
  }

  void readDetail(const KeyValue& kv) {
    std::string k = normalizedKey(kv.key);
    const std::string& v = kv.value;
    auto is = [&](std::initializer_list<std::string_view> names) {
      for (std::string_view n : names)
        if (k == n) return true;
      return false;
    };
    auto notRecorded = [&] {
      std::string n = normalizedKey(v);
      return n.empty() || n == "not recorded" || n == "unknown" || n == "n a" || n == "tbd" || n == "none";
    };
    if (is({"title", "incident", "incident title", "name"})) {
      if (doc().title.empty()) doc().title = v;
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"date", "incident date", "date of incident", "day", "incident day"})) {
      readDateValue(v, false);
    } else if (is({"started", "start", "start time", "started at", "incident start", "start date", "began",
                   "impact start", "impact started", "occurred", "occurred at"})) {
      readDateValue(v, true);
    } else if (is({"severity", "sev", "priority", "severity level", "incident severity", "level", "impact level"})) {
      if (auto s = severityFromText(v)) doc().severity = *s;
      else {
        extras.push_back(kv.key + ": " + v);
        note("The severity \"" + v + "\" was not understood; SEV-3 was used and the text kept in the summary.");
      }
    } else if (is({"status", "document status", "postmortem status", "post mortem status", "state", "doc status"})) {
      if (auto s = docStatusFromText(v)) doc().status = *s;
      if (!docStatusFromText(v) || normalizedKey(v).find(' ') != std::string::npos)
        extras.push_back(kv.key + ": " + v);  // "Complete, action items in progress" says more than a status
    } else if (is({"duration", "incident duration", "total duration", "outage duration", "downtime", "length"})) {
      if (notRecorded()) return;
      if (auto d = durationFromText(v)) stated.push_back({Figure::Duration, kv.key, v, *d});
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"time to detect", "time to detection", "ttd", "time to detect ttd", "time to detection ttd", "mttd"})) {
      if (auto d = durationFromText(v)) stated.push_back({Figure::Detect, kv.key, v, *d});
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"time to acknowledge", "time to acknowledgement", "time to acknowledgment", "tta", "time to ack",
                   "time to acknowledge tta", "mtta"})) {
      if (auto d = durationFromText(v)) stated.push_back({Figure::Acknowledge, kv.key, v, *d});
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"time to mitigate", "time to mitigation", "ttm", "time to mitigate ttm", "time to mitigation ttm"})) {
      if (auto d = durationFromText(v)) stated.push_back({Figure::Mitigate, kv.key, v, *d});
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"time to resolve", "time to resolution", "time to recover", "time to recovery", "ttr", "mttr",
                   "time to resolve ttr", "time to resolution ttr", "time to restore"})) {
      if (auto d = durationFromText(v)) stated.push_back({Figure::Resolve, kv.key, v, *d});
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"impact", "customer impact", "user impact", "business impact"})) {
      readImpact(v);
    } else if (is({"users affected", "affected users", "customers affected"})) {
      std::string digits;
      for (char c : v)
        if (scan::isDigit(c)) digits += c;
        else if (c != ',' && c != ' ' && c != '.') break;
      if (!digits.empty() && digits.size() < 16) doc().impact.usersAffected = std::stoll(digits);
      else extras.push_back(kv.key + ": " + v);
    } else if (is({"authors", "author", "written by", "owner", "owners", "prepared by", "document owner", "by"})) {
      if (!notRecorded()) for (auto& p : peopleFromText(v)) doc().authors.push_back(p);
    } else if (is({"reviewers", "reviewer", "reviewed by", "approvers", "approver", "approved by"})) {
      if (!notRecorded()) for (auto& p : peopleFromText(v)) doc().reviewers.push_back(p);
    } else if (is({"services", "service", "affected services", "affected service", "components", "component",
                   "systems", "affected systems", "systems affected", "services affected", "products"})) {
      for (auto& p : peopleFromText(v)) doc().services.push_back(p);
    } else if (is({"tags", "labels", "keywords", "tag"})) {
      for (auto& p : peopleFromText(v)) doc().tags.push_back(p);
    } else if (is({"triggers", "incident triggers", "review triggers"})) {
      for (auto& p : peopleFromText(v)) {
        bool found = false;
        for (int t = 0; t < enumCount<Trigger>(); ++t)
          if (normalizedKey(label(static_cast<Trigger>(t))) == normalizedKey(p)) {
            doc().triggers.push_back(static_cast<Trigger>(t));
            found = true;
          }
        if (!found) extras.push_back(kv.key + ": " + p);
      }
    } else if (is({"summary", "tl dr", "tldr", "overview", "description", "executive summary"})) {
      appendTo(doc().sections.summary, v);
    } else if (is({"root cause", "root causes", "cause", "causes"})) {
      appendTo(doc().sections.rootCause, v);
    } else if (is({"trigger"})) {
      appendTo(doc().sections.rootCause, "Trigger: " + v);
    } else if (is({"detection", "detected by", "how was it detected"})) {
      appendTo(doc().sections.detection, v);
    } else if (is({"resolution", "mitigation", "response", "recovery"})) {
      appendTo(doc().sections.response, v);
    } else if (is({"lessons learned", "lessons"})) {
      appendTo(doc().sections.lessonsLearned, v);
    } else if (is({"time zone", "timezone", "tz", "times", "all times"})) {
      if (findTimeZone(v)) zone = std::string(scan::trim(v));
      else extras.push_back(kv.key + ": " + v);
    } else {
      extras.push_back(kv.key + ": " + v);
    }
  }

  void readDetails(const std::vector<MarkdownLine>& lines, std::vector<MarkdownLine>& rest) {
    for (const KeyValue& kv : readKeyValues(lines, rest)) readDetail(kv);
  }

  std::optional<TimeMs> derived(Figure f, const IncidentDurations& d) {
    switch (f) {
      case Figure::Detect: return d.timeToDetect;
      case Figure::Acknowledge: return d.timeToAcknowledge;
      case Figure::Mitigate: return d.timeToMitigate;
      case Figure::Resolve: return d.timeToResolve;
      case Figure::Duration: return d.timeToResolve;
    }
    return std::nullopt;
  }

  void compareFigures() {
    doc().durationOverride.reset();
    IncidentDurations d = deriveDurations(doc());
    std::string lines;
    for (const Stated& s : stated) {
      std::optional<TimeMs> fromTimeline = derived(s.figure, d);
      if (s.figure == Figure::Duration && (!fromTimeline || *fromTimeline != s.ms)) doc().durationOverride = s.ms;
      if (!fromTimeline) {
        if (s.figure != Figure::Duration)
          lines += "- " + s.key + ": " + s.value + " (stated; the timeline does not give it)\n";
        continue;
      }
      TimeMs diff = *fromTimeline > s.ms ? *fromTimeline - s.ms : s.ms - *fromTimeline;
      if (diff <= kFigureTolerance) continue;
      std::string sentence = s.key + ": stated " + s.value + ", the timeline gives " + formatDuration(*fromTimeline);
      out.report.disagreements.push_back(sentence);
      lines += "- " + sentence + "\n";
    }
    if (!lines.empty()) {
      lines.pop_back();
      keep("figures (stated beside the timeline's)", lines);
    }
  }
};

// The first date with a year written anywhere in the text ("on July 2, 2019").
std::optional<CivilDate> dateIn(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && scan::isAlnum(text[i - 1])) continue;
    if (!scan::isAlnum(text[i])) continue;
    DateRead d = readDate(text, i, 2000, DateOrder::MonthFirst);
    if (d.found && d.error.empty() && d.yearGiven && !d.ambiguous) return d.date;
  }
  return std::nullopt;
}

void readTimeline(Builder& b, const std::vector<const MarkdownSection*>& sections) {
  // The day for times without a date: the stated date, else the first date in the timeline.
  TimeMs incident = startOfDayUtc(b.options.now);
  bool haveDate = false;
  if (b.statedStart) {
    incident = *b.statedStart;
    haveDate = true;
  } else if (b.statedDate) {
    incident = localMidnight(*b.statedDate);
    haveDate = true;
  }
  std::string text;
  std::vector<int> lineOf;  // document line of each text line
  for (const MarkdownSection* s : sections) {
    // "## Timeline (all times PDT)": the heading may state the zone.
    text += s->heading + "\n";
    lineOf.push_back(s->line);
    for (const MarkdownLine& l : s->lines) {
      text += std::string(l.text) + "\n";
      lineOf.push_back(l.number);
    }
  }
  if (!haveDate && b.fallbackDate) {
    incident = localMidnight(*b.fallbackDate);
    haveDate = true;
    b.note("The incident date " + isoText(*b.fallbackDate) + " was taken from " + b.fallbackDateSource + ".");
  }
  if (!haveDate) {
    for (std::size_t pos = 0; pos < text.size() && !haveDate;) {
      std::size_t nl = text.find('\n', pos);
      std::string_view line(text.data() + pos, nl - pos);
      for (std::size_t i = 0; i < line.size() && i < 40; ++i) {
        if (i > 0 && scan::isAlnum(line[i - 1])) continue;
        DateRead d = readDate(line, i, civilDateOf(b.options.now).year, DateOrder::MonthFirst);
        if (d.found && d.error.empty() && d.yearGiven) {
          incident = localMidnight(d.date);
          haveDate = true;
          break;
        }
      }
      pos = nl + 1;
    }
  }
  PasteOptions po;
  po.incidentDate = incident;
  po.zone = b.zone;
  po.dateOrder = b.options.dateOrder;
  PastePreview p = previewPastedTimeline(text, po);
  std::string unread;
  for (PasteRow& row : p.rows) {
    row.line = row.line >= 1 && row.line <= static_cast<int>(lineOf.size()) ? lineOf[row.line - 1] : row.line;
    if (row.accepted) continue;
    if (row.context) continue;
    // The section heading itself ("Timeline") and a placeholder are no event and no loss.
    if ((sectionKindOf(row.source) == SectionKind::Timeline && row.source.find(':') == std::string::npos) ||
        isNoneRecorded(row.source)) {
      row.context = true;
      row.reason.clear();
      --p.rejectedCount;
      ++p.contextCount;
      continue;
    }
    unread += row.source + "\n";
    ++b.out.report.timelineLinesNotRead;
  }
  for (TimelineEvent& e : eventsFromPaste(p)) {
    e.updated = b.options.now;
    b.doc().events.push_back(std::move(e));
  }
  std::stable_sort(b.doc().events.begin(), b.doc().events.end(),
                   [](const TimelineEvent& x, const TimelineEvent& y) { return x.time < y.time; });
  b.out.report.eventsRead = p.acceptedCount;
  if (p.zoneAssumedCount > 0)
    b.note(std::to_string(p.zoneAssumedCount) + " timeline time(s) had no zone and were read as " + po.zone + ".");
  if (p.ambiguousDateCount > 0)
    b.note(std::to_string(p.ambiguousDateCount) + " timeline date(s) could be read either way and were read " +
           (p.dateOrder == DateOrder::DayFirst ? "day first (DD/MM)." : "month first (MM/DD)."));
  if (!haveDate && p.acceptedCount > 0)
    b.note("No incident date was found; times without a date were placed on " + formatDate(incident) + ".");
  if (!unread.empty()) {
    unread.pop_back();
    b.keep("timeline lines (not read as events)", unread);
    b.note(std::to_string(b.out.report.timelineLinesNotRead) +
           " timeline line(s) were not read as events; they are kept in the summary.");
  }
  b.out.report.timelineRows = std::move(p.rows);
}

}  // namespace

// A list whose items ask "Why ...": 5 whys written under another heading.
static bool looksLikeWhyList(const MarkdownSection& s) {
  int whys = 0;
  for (const MarkdownLine& l : s.lines) {
    std::string_view t = scan::trim(l.text);
    std::size_t p = 0;
    while (p < t.size() && (scan::isDigit(t[p]) || t[p] == '.' || t[p] == ')' || t[p] == '-' || t[p] == '*' ||
                            t[p] == ' ' || t[p] == '_'))
      ++p;
    if (p > 0 && scan::wordAt(t, p, "why")) ++whys;
  }
  return whys >= 2;
}

bool looksLikeMarkdown(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string_view t = scan::trim(text);
  while (!t.empty() && (t.front() == '\n' || t.front() == '\r')) t = scan::trim(t.substr(1));
  if (t.empty() || t.front() == '{' || t.front() == '[') return false;
  if (text.find('\0') != std::string_view::npos) return false;
  int checked = 0;
  for (std::size_t pos = 0; pos < text.size() && checked < 200; ++checked) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    std::string_view name;
    if (headingLevel(line, name) > 0 && !name.empty()) return true;
    std::string_view trimmed = scan::trim(line);
    if (scan::startsWithNoCase(trimmed, 0, "title:") || scan::startsWithNoCase(trimmed, 0, "**date") ||
        scan::startsWithNoCase(trimmed, 0, "date:"))
      return true;
    if (nl == std::string_view::npos) break;
    // A setext title: "Title\n====="
    std::size_t next = text.find('\n', nl + 1);
    std::string_view under = scan::trim(text.substr(nl + 1, (next == std::string_view::npos ? text.size() : next) - nl - 1));
    if (!trimmed.empty() && under.size() >= 3 && under.find_first_not_of('=') == std::string_view::npos) return true;
    pos = nl + 1;
  }
  return false;
}

MarkdownImport importMarkdown(std::string_view text, const MarkdownImportOptions& options) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  RepairedText repaired;
  if (checkText(text)) {
    repaired = repairText(text);
    text = repaired.text;
  }
  Builder b(options);
  if (repaired.windows1252Bytes > 0)
    b.note("The text is not all UTF-8: " + std::to_string(repaired.windows1252Bytes) +
           " byte(s) were read as Windows-1252 (Latin-1).");
  if (repaired.nulBytes > 0) b.note(std::to_string(repaired.nulBytes) + " NUL byte(s) were left out.");
  PostMortem& doc = b.doc();
  doc.id = newId("pm");
  doc.created = doc.updated = options.now;

  MarkdownOutline outline = outlineMarkdown(text);
  doc.title = outline.title;

  std::vector<MarkdownLine> preambleRest;
  b.readDetails(outline.preamble, preambleRest);
  // Text before the first section is the document's opening: the start of its summary.
  b.appendTo(doc.sections.summary, proseOf(preambleRest));
  if (auto d = dateIn(outline.title)) {
    b.fallbackDate = d;
    b.fallbackDateSource = "the title";
  } else if (auto d2 = dateIn(doc.sections.summary.substr(0, 2000))) {
    b.fallbackDate = d2;
    b.fallbackDateSource = "the opening text";
  }
  std::vector<const MarkdownSection*> timeline;
  std::vector<PendingLink> links;  // resolved once the events, factors and actions are all read
  // A why list under Root Cause is the 5 whys only when the document has no 5 Whys section of its own.
  const bool hasWhysSection = std::any_of(outline.sections.begin(), outline.sections.end(),
                                          [](const MarkdownSection& s) { return s.kind == SectionKind::Whys; });
  std::string wentWrong, lucky;

  for (const MarkdownSection& s : outline.sections) {
    std::vector<MarkdownLine> rest;
    switch (s.kind) {
      case SectionKind::Metadata: {
        b.readDetails(s.lines, rest);
        b.keep("section: " + s.heading, proseOf(rest));
        break;
      }
      case SectionKind::Summary: b.appendTo(doc.sections.summary, proseOf(s.lines)); break;
      case SectionKind::Impact: b.appendTo(doc.impact.text, proseOf(s.lines)); break;
      case SectionKind::Timeline: timeline.push_back(&s); break;
      case SectionKind::Factors:
        readFactors(s, options.now, doc, rest, links);
        b.keep("notes from " + s.heading, proseOf(rest));
        break;
      case SectionKind::Detection: b.appendTo(doc.sections.detection, proseOf(s.lines)); break;
      case SectionKind::Response: b.appendTo(doc.sections.response, proseOf(s.lines), doc.sections.response.empty() ? "" : s.heading); break;
      case SectionKind::RootCause:
        if (doc.whyNodes.empty() && !hasWhysSection && looksLikeWhyList(s)) {
          readWhys(s, options.now, doc, rest, links);
          b.appendTo(doc.sections.rootCause, proseOf(rest), doc.sections.rootCause.empty() ? "" : s.heading);
          break;
        }
        b.appendTo(doc.sections.rootCause, proseOf(s.lines), doc.sections.rootCause.empty() ? "" : s.heading); break;
      case SectionKind::Trigger: b.appendTo(doc.sections.rootCause, proseOf(s.lines), s.heading); break;
      case SectionKind::Whys:
        if (!doc.whyNodes.empty()) {
          b.keep("section: " + s.heading, proseOf(s.lines));
          break;
        }
        readWhys(s, options.now, doc, rest, links);
        b.keep("notes from " + s.heading, proseOf(rest));
        break;
      case SectionKind::Actions:
        readActions(s, options.now, doc, rest);
        b.keep("notes from " + s.heading, proseOf(rest));
        break;
      case SectionKind::Lessons: b.appendTo(doc.sections.lessonsLearned, proseOf(s.lines)); break;
      case SectionKind::WentWell: b.appendTo(doc.sections.wentWell, proseOf(s.lines)); break;
      case SectionKind::WentWrong: b.appendTo(wentWrong, proseOf(s.lines)); break;
      case SectionKind::Lucky: b.appendTo(lucky, proseOf(s.lines)); break;
      case SectionKind::Unknown: {
        std::string body = proseOf(s.lines);
        b.keep("section: " + s.heading, body.empty() ? "(empty)" : body);
        b.out.report.keptSections.push_back(s.heading);
        break;
      }
    }
  }
  b.appendTo(doc.sections.lessonsLearned, wentWrong, "What went wrong");
  b.appendTo(doc.sections.lessonsLearned, lucky, "Where we got lucky");

  readTimeline(b, timeline);
  resolveItemLinks(doc, links);
  // The incident started at the stated time, else at the first event on the stated day.
  if (b.statedStart) doc.incidentDate = *b.statedStart;
  else if (b.statedDate) {
    doc.incidentDate = localMidnight(*b.statedDate);
    if (!doc.events.empty() && startOfDayUtc(doc.events.front().time) == doc.incidentDate)
      doc.incidentDate = doc.events.front().time;
  } else if (!doc.events.empty()) {
    doc.incidentDate = doc.events.front().time;
  } else {
    doc.incidentDate = startOfDayUtc(options.now);
    b.note("No incident date was found; " + formatDate(doc.incidentDate) + " (today) was used.");
  }
  b.compareFigures();

  if (!b.extras.empty()) {
    std::string lines;
    for (const std::string& e : b.extras) lines += "- " + e + "\n";
    lines.pop_back();
    b.keep("details", lines);
  }
  if (!b.kept.empty()) {
    if (doc.sections.summary.empty()) b.kept.erase(0, 2);
    doc.sections.summary += b.kept;
  }
  if (doc.title.empty()) {
    doc.title = "Untitled post-mortem";
    b.note("No title (a # heading or Title:) was found; it is called \"Untitled post-mortem\".");
  }
  std::sort(doc.triggers.begin(), doc.triggers.end());
  doc.triggers.erase(std::unique(doc.triggers.begin(), doc.triggers.end()), doc.triggers.end());
  if (doc.events.empty()) b.note("No timeline events were read.");
  return std::move(b.out);
}

}  // namespace hs
