#include "core/io/paste_import.h"

#include "core/io/timeline/csv_record.h"
#include "core/io/timeline/text_scan.h"
#include "core/io/timeline/timeline_reader.h"
#include "core/library/text_match.h"

namespace hs {
namespace {

std::string toLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = scan::lower(c);
  return out;
}

void readCsvPaste(std::string_view pasted, std::size_t first, int firstLine, bool headerRow,
                  const std::vector<std::string>& header, std::size_t afterHeader, int headerLines,
                  TimelineReader& reader, PastePreview& out) {
  CsvColumns cols;
  std::size_t pos = first;
  int line = firstLine;
  if (headerRow) {
    cols = csvColumnsFromHeader(header);
    pos = afterHeader;
    line += headerLines;
  }
  std::vector<std::string> fields;
  std::string reason;
  int linesUsed = 0;
  while (pos < pasted.size()) {
    std::size_t start = pos;
    int startLine = line;
    bool ok = readCsvRecord(pasted, pos, fields, linesUsed, reason);
    line += linesUsed;
    std::string_view raw = pasted.substr(start, pos - start);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
    if (scan::trim(raw).empty()) continue;
    PasteRow rejected;
    if (static_cast<int>(out.rows.size()) >= kPasteMaxRows) {
      rejected.reason = "too many rows (the limit is " + std::to_string(kPasteMaxRows) + ")";
    } else if (raw.size() > kPasteMaxRowBytes) {
      rejected.reason = "row too long (over 4096 bytes)";
    } else if (!ok) {
      rejected.reason = reason;
    }
    if (!rejected.reason.empty()) {
      rejected.line = startLine;
      rejected.source = std::string(raw.substr(0, kPasteMaxRowBytes));
      out.rows.push_back(std::move(rejected));
      ++out.rejectedCount;
      if (static_cast<int>(out.rows.size()) > kPasteMaxRows) break;
      continue;
    }
    reader.readCsv(startLine, raw, fields, cols);
  }
}

void readLines(std::string_view pasted, TimelineReader& reader, PastePreview& out) {
  int line = 0;
  for (std::size_t pos = 0; pos <= pasted.size();) {
    std::size_t nl = pasted.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? pasted.size() : nl;
    std::string_view raw = pasted.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    ++line;
    pos = end + 1;
    if (scan::trim(raw).empty()) continue;
    if (static_cast<int>(out.rows.size()) >= kPasteMaxRows) {
      reader.finish();
      PasteRow& row = out.rows.emplace_back();
      row.line = line;
      row.source = std::string(raw.substr(0, kPasteMaxRowBytes));
      row.reason = "too many rows (the limit is " + std::to_string(kPasteMaxRows) + ")";
      ++out.rejectedCount;
      return;
    }
    if (raw.size() > kPasteMaxRowBytes) {
      reader.finish();
      PasteRow& row = out.rows.emplace_back();
      row.line = line;
      row.source = std::string(raw.substr(0, kPasteMaxRowBytes));
      row.reason = "line too long (over 4096 bytes)";
      ++out.rejectedCount;
      continue;
    }
    reader.readLine(line, raw);
  }
  reader.finish();
}

struct Evidence {
  int monthFirst = 0;
  int dayFirst = 0;
};

PastePreview readOnce(std::string_view pasted, const PasteOptions& options, DateOrder order,
                      Evidence& evidence) {
  PastePreview out;
  out.dateOrder = order;
  TimelineReader reader(out, options, order);
  // Mode from the first non-empty line.
  std::size_t first = 0;
  int firstLine = 1;
  while (first < pasted.size()) {
    std::size_t nl = pasted.find('\n', first);
    std::size_t end = nl == std::string_view::npos ? pasted.size() : nl;
    if (!scan::trim(pasted.substr(first, end - first)).empty()) break;
    first = end + 1;
    ++firstLine;
  }
  if (first >= pasted.size()) return out;
  std::vector<std::string> fields;
  std::string reason;
  int linesUsed = 0;
  std::size_t probe = first;
  bool headerRow = readCsvRecord(pasted, probe, fields, linesUsed, reason) && isCsvHeader(fields);
  out.csv = headerRow || scan::trim(pasted.substr(first)).front() == '"';
  if (out.csv) readCsvPaste(pasted, first, firstLine, headerRow, fields, probe, linesUsed, reader, out);
  else readLines(pasted, reader, out);
  evidence.monthFirst = reader.monthFirstEvidence();
  evidence.dayFirst = reader.dayFirstEvidence();
  return out;
}

}  // namespace

EventKind inferEventKind(std::string_view text) {
  std::string t = toLower(text);
  auto any = [&](std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases)
      if (hasPhrase(t, p)) return true;
    return false;
  };
  if (any({"cause identified", "root cause found", "root cause identified", "found the cause",
           "identified the cause"}))
    return EventKind::CauseIdentified;
  if (any({"decided", "decision"})) return EventKind::Decision;
  if (any({"acknowledged", "acknowledges", "ack", "acked", "acks"})) return EventKind::Acknowledged;
  if (any({"resolved", "recovered", "back to normal", "returned to normal", "error rate normal",
           "all clear"}))
    return EventKind::Resolved;
  if (any({"mitigated", "mitigation", "rollback", "rolled back", "roll back", "reverted"}))
    return EventKind::Mitigated;
  if (any({"deployed", "fix", "fixed", "hotfix"})) return EventKind::FixDeployed;
  if (any({"impact began", "impact started", "impact begins", "outage began", "outage started", "outage begins"}))
    return EventKind::ImpactStarted;
  if (any({"alert", "alerts", "paged", "page fired", "pager", "pagerduty", "pager storm"})) return EventKind::Alert;
  if (any({"detected", "noticed", "reported"})) return EventKind::Detected;
  if (any({"posted", "status page", "communicated", "announced"}))
    return EventKind::Communication;
  if (any({"investigating", "investigation"})) return EventKind::Investigating;
  return EventKind::Other;
}

PastePreview previewPastedTimeline(std::string_view pasted, TimeMs incidentDate) {
  PasteOptions options;
  options.incidentDate = incidentDate;
  return previewPastedTimeline(pasted, options);
}

PastePreview previewPastedTimeline(std::string_view pasted, const PasteOptions& options) {
  if (pasted.substr(0, 3) == "\xEF\xBB\xBF") pasted.remove_prefix(3);  // UTF-8 BOM
  Evidence evidence;
  DateOrder order = options.dateOrder == DateOrder::Auto ? DateOrder::MonthFirst : options.dateOrder;
  PastePreview out = readOnce(pasted, options, order, evidence);
  if (options.dateOrder == DateOrder::Auto && (evidence.monthFirst > 0 || evidence.dayFirst > 0)) {
    out.dateOrderFromText = true;
    if (evidence.dayFirst > evidence.monthFirst) {
      Evidence again;
      out = readOnce(pasted, options, DateOrder::DayFirst, again);
      out.dateOrderFromText = true;
    }
  }
  return out;
}

std::string eventTextOf(const PasteRow& row) {
  return row.approximate ? "(approx.) " + row.text : row.text;
}

}  // namespace hs
