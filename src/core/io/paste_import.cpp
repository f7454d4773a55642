#include "core/io/paste_import.h"

#include <cctype>
#include <optional>

#include "core/model/time_format.h"

#include "core/library/text_match.h"

namespace hs {
namespace {

constexpr TimeMs kSecond = 1000;
constexpr TimeMs kRolloverThreshold = 12 * kHour;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string toLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != lower(prefix[i])) return false;
  return true;
}


// ----- times -------------------------------------------------------------------

struct Stamp {
  bool absolute = false;  // value is a UTC time; else a time of day in ms
  TimeMs value = 0;
};

int readDigits(std::string_view s, std::size_t& pos, int maxDigits, int& count) {
  int value = 0;
  count = 0;
  while (pos < s.size() && isDigit(s[pos]) && count < maxDigits) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
    ++count;
  }
  return value;
}

bool looksLikeDate(std::string_view s, std::size_t pos) {
  if (s.size() < pos + 10) return false;
  for (int i = 0; i < 10; ++i) {
    char c = s[pos + i];
    if ((i == 4 || i == 7) ? c != '-' : !isDigit(c)) return false;
  }
  return true;
}

// Reads a time token at pos; on failure returns nullopt and sets reason (empty
// reason = there is no time here at all).
std::optional<Stamp> readTime(std::string_view s, std::size_t& pos, std::string& reason) {
  reason.clear();
  if (looksLikeDate(s, pos)) {
    std::size_t end = pos + 10;
    // RFC 3339: up to the next space.
    if (end < s.size() && (s[end] == 'T' || s[end] == 't')) {
      std::size_t stop = end;
      while (stop < s.size() && !isSpace(s[stop]) && s[stop] != ']' && s[stop] != ',') ++stop;
      std::string_view token = s.substr(pos, stop - pos);
      if (auto t = parseRfc3339(token)) {
        pos = stop;
        return Stamp{true, *t};
      }
      reason = "\"" + std::string(token) +
               "\" is not a valid date and time (expected e.g. 2026-01-15T14:32:05Z)";
      return std::nullopt;
    }
    if (end < s.size() && s[end] == ' ' && end + 1 < s.size() && isDigit(s[end + 1])) {
      std::size_t stop = end + 1;
      while (stop < s.size() && (isDigit(s[stop]) || s[stop] == ':')) ++stop;
      std::string_view token = s.substr(pos, stop - pos);
      if (auto t = parseDateTime(token)) {
        pos = stop;
        return Stamp{true, *t};
      }
      reason = "\"" + std::string(token) +
               "\" is not a valid date and time (expected e.g. 2026-01-15 14:32:05)";
      return std::nullopt;
    }
    reason = "a date needs a time after it (e.g. 2026-01-15 14:32)";
    return std::nullopt;
  }

  std::size_t p = pos;
  int digits;
  int h = readDigits(s, p, 3, digits);
  if (digits == 0 || p >= s.size() || s[p] != ':') return std::nullopt;  // no time here
  if (digits > 2) {
    reason = "the time's hour has too many digits";
    return std::nullopt;
  }
  ++p;
  int m = readDigits(s, p, 3, digits);
  if (digits != 2) {
    reason = "expected two digits of minutes after the colon (e.g. 14:32)";
    return std::nullopt;
  }
  int sec = 0;
  if (p + 1 < s.size() && s[p] == ':' && isDigit(s[p + 1])) {
    ++p;
    sec = readDigits(s, p, 3, digits);
    if (digits != 2) {
      reason = "expected two digits of seconds (e.g. 14:32:05)";
      return std::nullopt;
    }
  }
  std::size_t afterClock = p;
  // Optional AM/PM (also "a.m." / "p.m."), with or without a space.
  std::size_t q = p;
  while (q < s.size() && s[q] == ' ') ++q;
  int meridiem = 0;  // 1 = AM, 2 = PM
  for (auto [word, value] : {std::pair<std::string_view, int>{"a.m.", 1}, {"p.m.", 2},
                             {"am", 1}, {"pm", 2}}) {
    if (startsWithNoCase(s.substr(q), word) &&
        (q + word.size() == s.size() || !isAlnum(s[q + word.size()]))) {
      meridiem = value;
      p = q + word.size();
      break;
    }
  }
  if (p == afterClock && p < s.size() && isAlnum(s[p])) {
    reason = "unexpected \"" + std::string(1, s[p]) + "\" right after the time";
    return std::nullopt;
  }
  if (meridiem != 0) {
    if (h < 1 || h > 12) {
      reason = std::to_string(h) + " is not an hour on a 12-hour clock";
      return std::nullopt;
    }
    h = h % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (h > 23 || m > 59 || sec > 59) {
    reason = "\"" + std::string(s.substr(pos, afterClock - pos)) + "\" is not a valid time of day";
    return std::nullopt;
  }
  pos = p;
  return Stamp{false, h * kHour + m * kMinute + sec * kSecond};
}

// Drops a time-zone word meaning UTC right after the time.
void skipUtcWord(std::string_view s, std::size_t& pos) {
  std::size_t q = pos;
  while (q < s.size() && isSpace(s[q])) ++q;
  for (std::string_view word : {"UTC", "GMT", "Z"}) {
    if (startsWithNoCase(s.substr(q), word) &&
        (q + word.size() == s.size() || !isAlnum(s[q + word.size()]))) {
      pos = q + word.size();
      return;
    }
  }
}

// Assigns calendar days to times of day, rolling over midnight going forward.
class DayTracker {
 public:
  explicit DayTracker(TimeMs incidentDate) : day_(startOfDayUtc(incidentDate)) {}
  TimeMs place(const Stamp& stamp) {
    if (stamp.absolute) {
      day_ = startOfDayUtc(stamp.value);
      last_ = stamp.value;
      return stamp.value;
    }
    TimeMs t = day_ + stamp.value;
    if (last_ && t < *last_ - kRolloverThreshold) {
      day_ += kDay;
      t += kDay;
    }
    last_ = t;
    return t;
  }

 private:
  TimeMs day_;
  std::optional<TimeMs> last_;
};

// ----- CSV ---------------------------------------------------------------------

// Reads one RFC 4180 record starting at pos (quoted fields may span lines).
// Returns false with a reason when a quote is left open. pos ends after the
// record's line break.
bool readCsvRecord(std::string_view s, std::size_t& pos, std::vector<std::string>& fields,
                   int& linesUsed, std::string& reason) {
  fields.clear();
  fields.emplace_back();
  linesUsed = 1;
  bool quoted = false, wasQuoted = false;
  while (pos < s.size()) {
    char c = s[pos];
    if (quoted) {
      if (c == '"') {
        if (pos + 1 < s.size() && s[pos + 1] == '"') {
          fields.back() += '"';
          pos += 2;
          continue;
        }
        quoted = false;
        ++pos;
        continue;
      }
      if (c == '\n') ++linesUsed;
      if (c != '\r') fields.back() += c;
      ++pos;
      continue;
    }
    if (c == '\n') {
      ++pos;
      return true;
    }
    if (c == ',') {
      fields.emplace_back();
      wasQuoted = false;
    } else if (c == '"' && trim(fields.back()).empty() && !wasQuoted) {
      fields.back().clear();
      quoted = wasQuoted = true;
    } else if (c != '\r') {
      fields.back() += c;
    }
    ++pos;
  }
  if (quoted) {
    reason = "a quoted field is not closed (missing \")";
    return false;
  }
  return true;
}

bool isOneOf(const std::string& lowered, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (lowered == n) return true;
  return false;
}

std::optional<EventKind> parseKindName(std::string_view name) {
  std::string lowered = toLower(trim(name));
  if (lowered.empty()) return std::nullopt;
  for (int k = 0; k < kEventKindCount; ++k) {
    auto kind = static_cast<EventKind>(k);
    if (lowered == toLower(wireName(kind)) || lowered == toLower(label(kind))) return kind;
  }
  return std::nullopt;
}

struct Columns {
  int time = 0, text = 1, kind = -1;
};

Columns columnsFromHeader(const std::vector<std::string>& header) {
  Columns c;
  bool textFound = false;
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    std::string name = toLower(trim(header[i]));
    if (isOneOf(name, {"time", "timestamp", "date", "datetime", "when"})) c.time = i;
    else if (!textFound && isOneOf(name, {"text", "description", "event", "what", "message",
                                           "summary"})) {
      c.text = i;
      textFound = true;
    } else if (isOneOf(name, {"kind", "type", "category"})) c.kind = i;
  }
  if (!textFound) c.text = c.time == 0 ? 1 : 0;
  return c;
}

// A first row with two or more fields, one of them named like a time column.
bool isHeader(const std::vector<std::string>& fields) {
  if (fields.size() < 2) return false;
  for (const std::string& f : fields)
    if (isOneOf(toLower(trim(f)), {"time", "timestamp", "date", "datetime", "when"})) return true;
  return false;
}

// ----- rows --------------------------------------------------------------------

class PreviewBuilder {
 public:
  PreviewBuilder(PastePreview& out, TimeMs incidentDate) : out_(out), days_(incidentDate) {}

  bool full() const { return static_cast<int>(out_.rows.size()) >= kPasteMaxRows; }

  void reject(int line, std::string_view source, std::string reason) {
    PasteRow& row = out_.rows.emplace_back();
    row.line = line;
    row.source = std::string(source.substr(0, kPasteMaxRowBytes));
    row.reason = std::move(reason);
    ++out_.rejectedCount;
  }

  void accept(int line, std::string_view source, const Stamp& stamp, std::string_view text,
              std::optional<EventKind> kind) {
    PasteRow& row = out_.rows.emplace_back();
    row.line = line;
    row.source = std::string(source);
    row.accepted = true;
    row.time = days_.place(stamp);
    row.text = std::string(text);
    row.kind = kind ? *kind : inferEventKind(text);
    ++out_.acceptedCount;
  }

  // Free text: [bullet] TIME [UTC] [sep] TEXT.
  void freeLine(int line, std::string_view raw) {
    std::string_view s = trim(raw);
    for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 "})
      if (s.substr(0, bullet.size()) == bullet) s = trim(s.substr(bullet.size()));
    bool bracket = !s.empty() && s.front() == '[';
    std::size_t pos = bracket ? 1 : 0;
    while (bracket && pos < s.size() && isSpace(s[pos])) ++pos;
    std::string reason;
    auto stamp = readTime(s, pos, reason);
    if (!stamp) {
      return reject(line, raw,
                    reason.empty() ? "no time at the start of the line (expected e.g. 14:32, "
                                     "2:32 PM or 2026-01-15 14:32)"
                                   : reason);
    }
    skipUtcWord(s, pos);
    if (bracket) {
      while (pos < s.size() && isSpace(s[pos])) ++pos;
      if (pos >= s.size() || s[pos] != ']') return reject(line, raw, "missing \"]\" after the time");
      ++pos;
    }
    while (pos < s.size() && isSpace(s[pos])) ++pos;
    std::string_view rest = s.substr(pos);
    bool comma = !rest.empty() && rest.front() == ',';
    for (std::string_view sep : {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":", ",", "|"}) {
      if (rest.substr(0, sep.size()) == sep) {
        rest.remove_prefix(sep.size());
        break;
      }
    }
    rest = trim(rest);
    std::optional<EventKind> kind;
    std::string unquoted;
    if (comma && !rest.empty() && rest.front() == '"') {
      std::vector<std::string> fields;
      std::size_t p = 0;
      int lines;
      std::string csvReason;
      if (!readCsvRecord(rest, p, fields, lines, csvReason)) return reject(line, raw, csvReason);
      unquoted = std::string(trim(fields[0]));
      if (fields.size() > 1) kind = parseKindName(fields[1]);  // optional kind column
      rest = unquoted;
    }
    if (rest.empty()) return reject(line, raw, "no text after the time");
    accept(line, raw, *stamp, rest, kind);
  }

  void csvRecord(int line, std::string_view raw, const std::vector<std::string>& fields,
                 const Columns& cols) {
    if (cols.time >= static_cast<int>(fields.size()))
      return reject(line, raw, "no time column in this row");
    std::string_view timeField = trim(fields[cols.time]);
    std::size_t pos = 0;
    std::string reason;
    auto stamp = readTime(timeField, pos, reason);
    if (stamp) {
      skipUtcWord(timeField, pos);
      if (pos != timeField.size()) {
        stamp.reset();
        reason = "the time column holds more than a time: \"" + std::string(timeField) + "\"";
      }
    }
    if (!stamp) {
      if (reason.empty())
        reason = timeField.empty() ? "the time column is empty"
                                   : "\"" + std::string(timeField) + "\" is not a time";
      return reject(line, raw, reason);
    }
    std::string_view text =
        cols.text < static_cast<int>(fields.size()) ? trim(fields[cols.text]) : std::string_view{};
    if (text.empty()) return reject(line, raw, "the text column is empty");
    std::optional<EventKind> kind;
    if (cols.kind >= 0 && cols.kind < static_cast<int>(fields.size()))
      kind = parseKindName(fields[cols.kind]);
    accept(line, raw, *stamp, text, kind);
  }

 private:
  PastePreview& out_;
  DayTracker days_;
};

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
  if (any({"acknowledged", "ack", "acked"})) return EventKind::Acknowledged;
  if (any({"resolved", "recovered", "back to normal", "returned to normal", "error rate normal",
           "all clear"}))
    return EventKind::Resolved;
  if (any({"mitigated", "mitigation", "rollback", "rolled back", "roll back", "reverted"}))
    return EventKind::Mitigated;
  if (any({"deployed", "fix", "fixed", "hotfix"})) return EventKind::FixDeployed;
  if (any({"impact began", "impact started", "outage began", "outage started"}))
    return EventKind::ImpactStarted;
  if (any({"alert", "alerts", "paged", "page fired", "pager"})) return EventKind::Alert;
  if (any({"detected", "noticed", "reported"})) return EventKind::Detected;
  if (any({"posted", "status page", "communicated", "announced"}))
    return EventKind::Communication;
  if (any({"investigating", "investigation"})) return EventKind::Investigating;
  return EventKind::Other;
}

PastePreview previewPastedTimeline(std::string_view pasted, TimeMs incidentDate) {
  PastePreview out;
  PreviewBuilder builder(out, incidentDate);
  if (pasted.substr(0, 3) == "\xEF\xBB\xBF") pasted.remove_prefix(3);  // UTF-8 BOM

  // Mode from the first non-empty line.
  std::size_t first = 0;
  int firstLine = 1;
  while (first < pasted.size()) {
    std::size_t nl = pasted.find('\n', first);
    std::size_t end = nl == std::string_view::npos ? pasted.size() : nl;
    if (!trim(pasted.substr(first, end - first)).empty()) break;
    first = end + 1;
    ++firstLine;
  }
  if (first >= pasted.size()) return out;
  std::vector<std::string> fields;
  std::string reason;
  int linesUsed = 0;
  std::size_t probe = first;
  bool headerRow = readCsvRecord(pasted, probe, fields, linesUsed, reason) && isHeader(fields);
  out.csv = headerRow || trim(pasted.substr(first)).front() == '"';

  if (out.csv) {
    Columns cols;
    std::size_t pos = first;
    int line = firstLine;
    if (headerRow) {
      cols = columnsFromHeader(fields);
      pos = probe;
      line += linesUsed;
    }
    while (pos < pasted.size()) {
      std::size_t start = pos;
      int startLine = line;
      bool ok = readCsvRecord(pasted, pos, fields, linesUsed, reason);
      line += linesUsed;
      std::string_view raw = pasted.substr(start, pos - start);
      while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
      if (trim(raw).empty()) continue;
      if (builder.full()) {
        builder.reject(startLine, raw, "too many rows (the limit is " +
                                           std::to_string(kPasteMaxRows) + ")");
        break;
      }
      if (raw.size() > kPasteMaxRowBytes) {
        builder.reject(startLine, raw, "row too long (over 4096 bytes)");
        continue;
      }
      if (!ok) {
        builder.reject(startLine, raw, reason);
        continue;
      }
      builder.csvRecord(startLine, raw, fields, cols);
    }
    return out;
  }

  int line = 0;
  for (std::size_t pos = 0; pos <= pasted.size();) {
    std::size_t nl = pasted.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? pasted.size() : nl;
    std::string_view raw = pasted.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    ++line;
    pos = end + 1;
    if (trim(raw).empty()) continue;
    if (builder.full()) {
      builder.reject(line, raw, "too many rows (the limit is " + std::to_string(kPasteMaxRows) +
                                    ")");
      break;
    }
    if (raw.size() > kPasteMaxRowBytes) {
      builder.reject(line, raw, "line too long (over 4096 bytes)");
      continue;
    }
    builder.freeLine(line, raw);
  }
  return out;
}

}  // namespace hs
