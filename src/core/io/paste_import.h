// Turns pasted timeline text (chat logs, notes, CSV) into a preview of events:
// each non-empty input row is either accepted (time, text, inferred kind) or
// rejected with a reason. Nothing is added to a document here; the view shows
// the preview and sends accepted rows as one command.
//
// Free-text lines: [bullet] TIME [UTC|GMT|Z] [separator] TEXT, where
//   TIME      = H:MM | HH:MM | HH:MM:SS, optionally with AM/PM ("2:32 PM"),
//               optionally in brackets ("[14:32]");
//             | YYYY-MM-DD HH:MM[:SS] (UTC)
//             | YYYY-MM-DDTHH:MM:SS[.fff](Z|±hh:mm)  (RFC 3339, converted to UTC)
//   separator = one of - – — : , | (optional)
//   bullet    = a leading "- ", "* " or "• " (dropped)
// A comma right after the time followed by a quote reads the rest as CSV fields.
//
// CSV: when the first non-empty line is a header with a field named time,
// timestamp, date, datetime or when, or the first line starts with a quote, the
// whole paste is read as RFC 4180 CSV (quoted fields, "" escapes, line breaks
// inside quotes). Columns are found by header name: time (above), text
// (text/description/event/what/message/summary, else the second column) and an
// optional kind column (kind/type/category: wire name or label, else inferred).
//
// Dates: a time without a date is on the incident date; times run forward, so a
// time more than 12 hours earlier than the previous row is taken to be on the
// next day (23:50 then 00:10 -> next day) while a small step back (14:35 then
// 14:32) is kept as an out-of-order row on the same day. A row with a full date
// sets the day for the rows after it. All times are UTC.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace hs {

struct PasteRow {
  int line = 0;        // 1-based line where the row starts in the pasted text
  std::string source;  // the row as pasted (without the line break)
  bool accepted = false;
  TimeMs time = 0;     // UTC; valid when accepted
  std::string text;    // event text; valid when accepted
  EventKind kind = EventKind::Other;
  std::string reason;  // why the row was rejected; empty when accepted
};

struct PastePreview {
  std::vector<PasteRow> rows;  // in input order; empty lines and a CSV header are skipped
  int acceptedCount = 0;
  int rejectedCount = 0;
  bool csv = false;            // read as CSV
};

// Limits against accidental huge pastes: longer rows are rejected, rows past
// the count limit are rejected with a reason saying so.
constexpr std::size_t kPasteMaxRowBytes = 4096;
constexpr int kPasteMaxRows = 20000;

// incidentDate: the incident's day (any time in it; its UTC midnight is used).
PastePreview previewPastedTimeline(std::string_view pasted, TimeMs incidentDate);

// Keyword rules, first match wins, whole words, case-insensitive:
//   CauseIdentified: cause identified, root cause found/identified, found the cause
//   Decision:        decided, decision
//   Acknowledged:    acknowledged, ack, acked
//   Resolved:        resolved, recovered, back to normal, returned to normal,
//                    error rate normal, all clear
//   Mitigated:       mitigated, mitigation, rollback, rolled back, roll back, reverted
//   FixDeployed:     deployed, fix, fixed, hotfix
//   ImpactStarted:   impact began/started, outage began/started
//   Alert:           alert, alerts, alert fired, paged, page fired, pager
//   Detected:        detected, noticed, reported
//   Communication:   posted, status page, communicated, announced
//   Investigating:   investigating, investigation
//   else Other.
EventKind inferEventKind(std::string_view text);

}  // namespace hs
