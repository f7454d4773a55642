// Turns pasted timeline text (chat logs, notes, Markdown, CSV, logs) into a
// preview of events: each input row is accepted (time, text, kind), rejected
// with its whole reason, or a context row (a day heading or a line such as
// "All times UTC" that sets the date or zone of the rows below). Nothing is
// added to a document here; the view shows the preview and sends accepted rows
// as one command.
//
// The forms read (see io/timeline/): Markdown table rows; bullets with bold,
// bracketed or plain times; Hindsight's own Markdown export; dates as
// YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY (ambiguity
// reported and settled by DateOrder), month names (Jan 31 23:10, 31 Jan 2017,
// Tuesday 22nd June 2021); 12-hour times (6pm, 11:27 p.m.); approximations
// (~23:00, 11pm-ish); seconds; ISO 8601 with offsets; zone names and
// abbreviations (UTC, Z, PST, CEST, IST, UTC+2, Europe/Berlin); day headings
// (### 2017-01-31, **Day 2**); syslog lines; Slack copies (a name and time
// line, then the message); epoch seconds and milliseconds; CSV with a header
// naming a time (or date and time) column, or quoted CSV.
//
// Dates: a time without a date is on the current day (the incident date until
// a date is read); times run forward, so a time more than 12 hours earlier than
// the previous row is on the next day (23:50 then 00:10) while a small step back
// is kept as an out-of-order row. A time without a zone is in options.zone
// (UTC unless chosen) and the row says the zone was assumed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/timeline/date_reader.h"
#include "core/model/types.h"

namespace hs {

struct PasteRow {
  int line = 0;        // 1-based line where the row starts in the pasted text
  std::string source;  // the row as pasted (without the line break)
  bool accepted = false;
  TimeMs time = 0;     // UTC; valid when accepted
  std::string text;    // event text; valid when accepted
  EventKind kind = EventKind::Other;
  std::string reason;  // why the row was rejected, in full; empty when accepted

  // Span of `source` (bytes) read as the time, for highlighting; empty when none.
  std::size_t timeBegin = 0;
  std::size_t timeEnd = 0;
  bool approximate = false;    // "~23:00", "11pm-ish": the event text says so too
  bool zoneAssumed = false;    // no zone written or stated: PasteOptions::zone was used
  bool dateAmbiguous = false;  // like 02/03/2017: read in PastePreview::dateOrder
  bool decisionPoint = false;  // Hindsight's export mark "[Decision point]"
  bool context = false;        // a day heading or zone line: sets what follows, not an event
  std::string zone;            // the zone the time was read in ("CET", "UTC+01:00")
  std::string note;            // read, but worth a look (or what a context row set)
};

struct PastePreview {
  std::vector<PasteRow> rows;  // in input order; empty lines and a CSV header are skipped
  int acceptedCount = 0;
  int rejectedCount = 0;
  bool csv = false;            // read as CSV
  int contextCount = 0;
  int zoneAssumedCount = 0;    // accepted rows whose zone came from PasteOptions::zone
  int ambiguousDateCount = 0;  // accepted rows with a date that reads both ways
  DateOrder dateOrder = DateOrder::MonthFirst;  // how ambiguous dates were read
  bool dateOrderFromText = false;  // settled by an unambiguous date in the same paste
};

struct PasteOptions {
  TimeMs incidentDate = 0;  // any time in the incident's first day
  std::string zone = "UTC"; // for times written without a zone (a findTimeZone name)
  DateOrder dateOrder = DateOrder::Auto;  // Auto: from the paste's unambiguous dates, else month first
};

// Limits against accidental huge pastes: longer rows are rejected, rows past
// the count limit are rejected with a reason saying so.
constexpr std::size_t kPasteMaxRowBytes = 4096;
constexpr int kPasteMaxRows = 20000;

// incidentDate: the incident's day (any time in it; its UTC midnight is used).
PastePreview previewPastedTimeline(std::string_view pasted, TimeMs incidentDate);
PastePreview previewPastedTimeline(std::string_view pasted, const PasteOptions& options);

// The event text for an accepted row: an approximate time is said in the text
// ("(approx.) ...") since an event's time has no such mark.
std::string eventTextOf(const PasteRow& row);

// Keyword rules, first match wins, whole words, case-insensitive:
//   CauseIdentified: cause identified, root cause found/identified, found the cause
//   Decision:        decided, decision
//   Acknowledged:    acknowledged, acknowledges, ack, acked, acks
//   Resolved:        resolved, recovered, back to normal, returned to normal,
//                    error rate normal, all clear
//   Mitigated:       mitigated, mitigation, rollback, rolled back, roll back, reverted
//   FixDeployed:     deployed, fix, fixed, hotfix
//   ImpactStarted:   impact began/started, outage began/started
//   Alert:           alert, alerts, alert fired, paged, page fired, pager, pagerduty
//   Detected:        detected, noticed, reported
//   Communication:   posted, status page, communicated, announced
//   Investigating:   investigating, investigation
//   else Other.
EventKind inferEventKind(std::string_view text);

}  // namespace hs
