#include "core/io/timeline/timeline_reader.h"

#include "core/io/markdown_unescape.h"
#include "core/io/timeline/table_row.h"
#include "core/io/timeline/text_scan.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

constexpr TimeMs kRolloverThreshold = 12 * kHour;
constexpr std::size_t kMaxNameBytes = 80;
constexpr std::size_t kMaxSlackNameBytes = 40;

constexpr const char* kNoTimeReason =
    "no time at the start of the line (expected e.g. 14:32, 2:32 PM, 2017-01-31 23:10, "
    "Jan 31 23:10 or a table row | 14:32 | text |)";

std::size_t offsetIn(std::string_view outer, std::string_view inner) {
  return static_cast<std::size_t>(inner.data() - outer.data());
}

std::optional<EventKind> kindFromName(std::string_view name) {
  name = scan::trim(name);
  if (name.empty()) return std::nullopt;
  for (int k = 0; k < enumCount<EventKind>(); ++k) {
    auto kind = static_cast<EventKind>(k);
    if (scan::equalsNoCase(name, wireName(kind)) || scan::equalsNoCase(name, label(kind))) return kind;
  }
  return std::nullopt;
}

// A list marker: "- ", "* ", "+ ", "• ", "1. ", "1) ", then a checkbox "[ ] " / "[x] ".
std::string_view stripBullet(std::string_view s, bool& bullet) {
  bullet = false;
  for (std::string_view mark : {"- ", "* ", "+ ", "\xE2\x80\xA2 "}) {
    if (s.substr(0, mark.size()) == mark) {
      s = scan::trim(s.substr(mark.size()));
      bullet = true;
      break;
    }
  }
  if (!bullet) {
    std::size_t p = 0;
    int count;
    scan::readNumber(s, p, 3, count);
    if (count > 0 && p + 1 < s.size() && (s[p] == '.' || s[p] == ')') && s[p + 1] == ' ' &&
        // "1. 14:32" is a list; "31. Jan" or "1.2" are not markers
        !(p + 2 < s.size() && scan::isAlpha(s[p + 2]) && monthFromName(scan::lettersAt(s, p + 2)) > 0)) {
      s = scan::trim(s.substr(p + 2));
      bullet = true;
    }
  }
  if (bullet && s.size() >= 4 && s[0] == '[' && s[2] == ']' && s[3] == ' ' &&
      (s[1] == ' ' || s[1] == 'x' || s[1] == 'X'))
    s = scan::trim(s.substr(4));
  return s;
}

// Separator between a time and its text: - – — : , | -> => →
std::string_view stripSeparator(std::string_view s) {
  s = scan::trim(s);
  for (std::string_view sep : {"->", "=>", "\xE2\x86\x92", "\xE2\x80\x94", "\xE2\x80\x93", "-", ":", ",", "|", ">"}) {
    if (s.substr(0, sep.size()) == sep) return scan::trim(s.substr(sep.size()));
  }
  return s;
}

// Hindsight's export marks: " _(Alert)_" and " **[Decision point]**" at the end.
std::string_view stripExportMarks(std::string_view s, std::optional<EventKind>& kind, bool& decision) {
  constexpr std::string_view kDecision = "**[Decision point]**";
  if (s.size() > kDecision.size() && s.substr(s.size() - kDecision.size()) == kDecision) {
    decision = true;
    s = scan::trim(s.substr(0, s.size() - kDecision.size()));
  }
  if (s.size() > 4 && s.substr(s.size() - 2) == ")_") {
    std::size_t open = s.rfind("_(");
    if (open != std::string_view::npos) {
      if (auto k = kindFromName(s.substr(open + 2, s.size() - 2 - open - 2))) {
        kind = k;
        s = scan::trim(s.substr(0, open));
      }
    }
  }
  return s;
}

struct Wrapped {
  std::string_view inner;  // the stamp text inside the wrapper
  std::size_t after = 0;   // offset in content just past the closing mark
};

// "**14:27**", "[11:33 PM]", "(14:32)", "`14:32`", "*14:32*", "__14:32__" at the start.
std::optional<Wrapped> wrappedHead(std::string_view content) {
  static constexpr std::pair<std::string_view, std::string_view> kMarks[] = {
      {"**", "**"}, {"__", "__"}, {"`", "`"}, {"[", "]"}, {"(", ")"}, {"*", "*"}, {"_", "_"}};
  for (auto [open, close] : kMarks) {
    if (content.substr(0, open.size()) != open) continue;
    std::size_t end = content.find(close, open.size());
    if (end == std::string_view::npos || end == open.size()) continue;
    std::string_view inner = scan::trim(content.substr(open.size(), end - open.size()));
    while (!inner.empty() && (inner.back() == ':' || inner.back() == '-' || inner.back() == ',' ||
                              scan::isSpace(inner.back())))
      inner.remove_suffix(1);
    if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "\xE2\x80\x94") inner.remove_suffix(3);
    return Wrapped{scan::trim(inner), end + close.size()};
  }
  return std::nullopt;
}

bool containsNoCase(std::string_view s, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (scan::startsWithNoCase(s, i, needle)) return true;
  return false;
}

}  // namespace

TimelineReader::TimelineReader(PastePreview& out, const PasteOptions& options, DateOrder order)
    : out_(out), order_(order) {
  auto zone = findTimeZone(options.zone);
  zone_ = zone ? *zone : TimeZone{"UTC", 0, DstRule::None, ""};
  incidentDay_ = day_ = startOfDayUtc(options.incidentDate);
  defaultYear_ = civilDateOf(day_).year;
}

void TimelineReader::setDay(const CivilDate& date) {
  day_ = localMidnight(date);
  last_.reset();
}

void TimelineReader::noteEvidence(const Stamp& stamp) {
  if (stamp.orderEvidence == DateOrder::MonthFirst) ++monthFirst_;
  if (stamp.orderEvidence == DateOrder::DayFirst) ++dayFirst_;
}

TimelineReader::Placed TimelineReader::place(const Stamp& stamp) {
  if (stamp.utc) {
    day_ = startOfDayUtc(*stamp.utc);
    last_ = *stamp.utc;
    return {*stamp.utc, "UTC", false};
  }
  TimeMs local;
  if (stamp.date) {
    setDay(*stamp.date);
    local = day_ + *stamp.msOfDay;
  } else {
    local = day_ + *stamp.msOfDay;
    if (last_ && local < *last_ - kRolloverThreshold) {
      day_ += kDay;
      local += kDay;
    }
  }
  last_ = local;
  const TimeZone& zone = stamp.zone ? *stamp.zone : zone_;
  return {toUtc(zone, local), zone.name, !stamp.zone && !zoneStated_};
}

void TimelineReader::accept(int line, std::string_view raw, const Stamp& stamp, std::size_t offset,
                            std::string text, std::optional<EventKind> kind, bool decisionPoint) {
  Placed placed = place(stamp);
  noteEvidence(stamp);
  PasteRow& row = out_.rows.emplace_back();
  row.line = line;
  row.source = std::string(raw);
  row.accepted = true;
  row.time = placed.utc;
  row.kind = kind ? *kind : inferEventKind(text);
  row.text = std::move(text);
  row.timeBegin = offset + stamp.begin;
  row.timeEnd = offset + stamp.end;
  row.approximate = stamp.approximate;
  row.zoneAssumed = placed.zoneAssumed;
  row.dateAmbiguous = stamp.dateAmbiguous;
  row.decisionPoint = decisionPoint;
  row.zone = placed.zone;
  row.note = stamp.note;
  ++out_.acceptedCount;
  if (row.zoneAssumed) ++out_.zoneAssumedCount;
  if (row.dateAmbiguous) ++out_.ambiguousDateCount;
}

void TimelineReader::reject(int line, std::string_view raw, std::string reason) {
  PasteRow& row = out_.rows.emplace_back();
  row.line = line;
  row.source = std::string(raw.substr(0, kPasteMaxRowBytes));
  row.reason = std::move(reason);
  ++out_.rejectedCount;
}

void TimelineReader::context(int line, std::string_view raw, std::string note) {
  PasteRow& row = out_.rows.emplace_back();
  row.line = line;
  row.source = std::string(raw);
  row.context = true;
  row.note = std::move(note);
  ++out_.contextCount;
}

bool TimelineReader::readDayHeading(int line, std::string_view raw, std::string_view content) {
  std::string_view c = scan::trim(stripEmphasis(scan::trim(content)));
  while (!c.empty() && (c.back() == ':' || c.back() == '.')) c.remove_suffix(1);
  if (!scan::wordAt(c, 0, "day")) return false;
  std::size_t p = scan::skipSpaces(c, 3);
  int count;
  int n = scan::readNumber(c, p, 3, count);
  if (count == 0 || n < 1) return false;
  std::string_view rest = scan::trim(c.substr(p));
  // "Day 2 (2017-02-01)" or "Day 2 — Feb 1": a written date wins over the count.
  while (!rest.empty() && !scan::isAlnum(rest.front())) rest.remove_prefix(1);
  Stamp dated = readStamp(rest, 0, defaultYear_, order_);
  if (dated.found && dated.error.empty() && dated.date && !dated.msOfDay) {
    setDay(*dated.date);
  } else if (!rest.empty()) {
    return false;
  } else {
    day_ = incidentDay_ + (n - 1) * kDay;
    last_.reset();
  }
  context(line, raw, "sets the date to " + formatDate(day_));
  return true;
}

std::string TimelineReader::applyStatedContext(std::string_view content) {
  std::optional<TimeZone> zone;
  std::optional<CivilDate> date;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (i > 0 && scan::isAlnum(content[i - 1])) continue;
    std::size_t end;
    std::string error;
    if (!zone) {
      if (auto z = readTimeZone(content, i, end, error)) {
        zone = z;
        i = end - 1;
        continue;
      }
    }
    if (!date && scan::isAlnum(content[i])) {
      DateRead d = readDate(content, i, defaultYear_, order_);
      if (d.found && d.error.empty()) {
        date = d.date;
        i = d.end - 1;
      }
    }
  }
  std::string note;
  if (zone) {
    zone_ = *zone;
    zoneStated_ = true;
    note = "times below are in " + zone->name;
  }
  if (date) {
    setDay(*date);
    note += (note.empty() ? "sets the date to " : "; the date is ") + isoText(*date);
  }
  return note;
}

bool TimelineReader::readStatedZone(int line, std::string_view raw, std::string_view content) {
  if (!(containsNoCase(content, "all times") || containsNoCase(content, "times are") ||
        containsNoCase(content, "times in") || containsNoCase(content, "time zone") ||
        containsNoCase(content, "timezone") || containsNoCase(content, "times utc")))
    return false;
  std::string note = applyStatedContext(content);
  if (note.empty()) return false;
  context(line, raw, note);
  return true;
}

bool TimelineReader::readSlackHeader(int line, std::string_view raw, std::string_view content) {
  std::string_view name;
  std::string_view stampText;
  if (!content.empty() && content.back() == ']') {
    std::size_t open = content.rfind('[');
    if (open == std::string_view::npos || open == 0) return false;
    name = scan::trim(content.substr(0, open));
    stampText = scan::trim(content.substr(open + 1, content.size() - open - 2));
  } else {
    std::size_t gap = content.rfind("  ");
    std::size_t tab = content.rfind('\t');
    if (tab != std::string_view::npos && (gap == std::string_view::npos || tab > gap)) gap = tab;
    if (gap == std::string_view::npos) return false;
    name = scan::trim(content.substr(0, gap));
    stampText = scan::trim(content.substr(gap));
  }
  if (name.empty() || name.size() > kMaxNameBytes || stampText.empty()) return false;
  Stamp st = readStamp(stampText, 0, defaultYear_, order_);
  if (!st.found || !st.error.empty() || !st.msOfDay || st.end != stampText.size()) return false;
  Slack s;
  s.line = line;
  s.source = std::string(raw);
  s.name = std::string(name);
  s.stamp = st;
  s.offset = offsetIn(raw, stampText);
  flushSlack();
  slackName_ = s.name;
  slack_ = std::move(s);
  return true;
}

void TimelineReader::flushSlack() {
  if (!slack_) return;
  Slack s = std::move(*slack_);
  slack_.reset();
  if (s.message.empty()) {
    reject(s.line, s.source,
           s.name.empty() ? "no text after the time" : "a name and time with no message under it");
    return;
  }
  std::string text = s.name.empty() ? s.message : s.name + ": " + s.message;
  accept(s.line, s.source, s.stamp, s.offset, std::move(text), std::nullopt, false);
}

void TimelineReader::finish() { flushSlack(); }

bool TimelineReader::readTableRow(int line, std::string_view raw) {
  std::vector<std::string_view> cells = tableCells(raw);
  if (cells.empty()) return false;
  if (isTableSeparator(cells)) return true;
  const std::size_t n = cells.size();
  for (std::size_t i = 0; i < n && i < 3; ++i) {
    std::string_view cell = scan::trim(stripEmphasis(cells[i]));
    Stamp st = readStamp(cell, 0, defaultYear_, order_);
    if (!st.found) continue;
    if (!st.error.empty()) {
      reject(line, raw, st.error);
      return true;
    }
    std::size_t offset = offsetIn(raw, cell);
    std::size_t used = i;
    if (!st.msOfDay && !st.utc && i + 1 < n) {  // | 2021-06-22 | 08:21 | text |
      std::string_view next = scan::trim(stripEmphasis(cells[i + 1]));
      Stamp clock = readStamp(next, 0, defaultYear_, order_);
      if (clock.found && clock.error.empty() && clock.msOfDay && !clock.date) {
        st.msOfDay = clock.msOfDay;
        st.zone = clock.zone;
        st.approximate = st.approximate || clock.approximate;
        st.end = offsetIn(raw, next) + clock.end - offset;
        if (!clock.note.empty()) st.note += (st.note.empty() ? "" : "; ") + clock.note;
        used = i + 1;
      }
    }
    std::vector<std::string_view> texts;
    std::string_view cellRest = scan::trim(cell.substr(std::min(cell.size(), st.end)));
    if (used == i && !cellRest.empty()) texts.push_back(stripSeparator(cellRest));
    for (std::size_t j = 0; j < n; ++j)
      if ((j < i || j > used) && !cells[j].empty()) texts.push_back(cells[j]);
    if (!st.msOfDay && !st.utc) {
      if (texts.empty()) {
        setDay(*st.date);
        context(line, raw, "sets the date to " + isoText(*st.date));
      } else {
        reject(line, raw, "a date needs a time after it (e.g. | 2017-01-31 23:10 | text | or | 2017-01-31 | 23:10 | text |)");
      }
      return true;
    }
    std::optional<EventKind> kind;
    if (texts.size() >= 2) {
      for (auto it = texts.begin(); it != texts.end(); ++it)
        if (auto k = kindFromName(stripEmphasis(*it))) {
          kind = k;
          texts.erase(it);
          break;
        }
    }
    std::string text;
    for (std::string_view t : texts) {
      if (!text.empty()) text += " \xE2\x80\x94 ";
      text += markdownUnescape(t, true);
    }
    if (text.empty()) {
      reject(line, raw, "no text after the time");
      return true;
    }
    accept(line, raw, st, offset, std::move(text), kind, false);
    return true;
  }
  // A header row: | Time (UTC) | Event |
  bool header = false;
  for (std::string_view c : cells)
    if (containsNoCase(c, "time") || containsNoCase(c, "date") || containsNoCase(c, "when")) header = true;
  if (header) {
    for (std::string_view c : cells) {
      std::size_t paren = c.find('(');
      if (paren == std::string_view::npos) continue;
      std::size_t end;
      std::string error;
      if (auto zone = readTimeZone(c, paren, end, error)) {
        zone_ = *zone;
        zoneStated_ = true;
        context(line, raw, "times below are in " + zone->name);
        return true;
      }
    }
    return true;  // column names only
  }
  reject(line, raw, "no time in the table row's first cells (expected e.g. | 14:32 | text | or | 2017-01-31 | 14:32 | text |)");
  return true;
}

void TimelineReader::readLine(int line, std::string_view raw) {
  std::string_view s = scan::trim(raw);
  if (s.empty()) return;
  const bool nextLine = lastLine_ == line - 1;
  lastLine_ = line;
  std::size_t indent = 0;
  while (indent < raw.size() && (raw[indent] == ' ' || raw[indent] == '\t')) ++indent;

  if (s.front() == '|') {
    flushSlack();
    lastWasBulletEvent_ = false;
    readTableRow(line, raw);
    return;
  }
  std::string_view content = s;
  bool heading = false;
  if (content.front() == '#') {
    while (!content.empty() && content.front() == '#') content.remove_prefix(1);
    content = scan::trim(content);
    while (!content.empty() && content.back() == '#') content.remove_suffix(1);
    content = scan::trim(content);
    heading = true;
  }
  bool bullet = false;
  content = stripBullet(content, bullet);
  if (content.empty()) {
    reject(line, raw, kNoTimeReason);
    return;
  }

  Stamp st;
  std::size_t offset = offsetIn(raw, content);
  std::size_t restAt = 0;
  bool wrapped = false;
  if (auto w = wrappedHead(content)) {
    Stamp inner = readStamp(w->inner, 0, defaultYear_, order_);
    if (inner.found && (!inner.error.empty() || inner.end == w->inner.size())) {
      st = inner;
      offset = offsetIn(raw, w->inner);
      restAt = w->after;
      wrapped = true;
    }
  }
  if (!wrapped && (content.front() == '[' || content.front() == '(')) {
    Stamp inner = readStamp(content, scan::skipSpaces(content, 1), defaultYear_, order_);
    if (inner.found && inner.error.empty()) {
      flushSlack();
      reject(line, raw, std::string("missing \"") + (content.front() == '[' ? "]" : ")") + "\" after the time");
      return;
    }
  }
  if (!wrapped) {
    st = readStamp(content, 0, defaultYear_, order_);
    restAt = st.end;
  }

  if (!st.found) {
    if (readDayHeading(line, raw, content)) return flushSlack();
    if (!heading && readStatedZone(line, raw, content)) return;
    if (!heading && readSlackHeader(line, raw, content)) return;
    if (slack_ && !heading) {
      if (!slack_->message.empty()) slack_->message += '\n';
      slack_->message += std::string(s);
      slack_->source += '\n';
      slack_->source += std::string(raw);
      slack_->lastLine = line;
      slack_->lastLineBytes = s.size();
      slack_->lastRawBytes = raw.size();
      return;
    }
    if (lastWasBulletEvent_ && nextLine && indent >= 2 && !out_.rows.empty() && out_.rows.back().accepted) {
      PasteRow& previous = out_.rows.back();
      previous.text += '\n';
      previous.text += markdownUnescape(bullet ? std::string("- ") + std::string(content) : std::string(content));
      previous.source += '\n';
      previous.source += std::string(raw);
      return;
    }
    lastWasBulletEvent_ = false;
    reject(line, raw,
           heading ? "a heading without a date or time (day headings look like ### 2017-01-31 or **Day 2**)"
                   : kNoTimeReason);
    return;
  }
  // "Name" then a time alone: the name line was taken as the message of the one before.
  std::string nameFromMessage;
  if (slack_ && nextLine && slack_->lastLine == line - 1 && slack_->lastLineBytes <= kMaxSlackNameBytes &&
      restAt == content.size() && st.error.empty() && st.msOfDay) {
    std::string& m = slack_->message;
    nameFromMessage = m.substr(m.size() - slack_->lastLineBytes);
    m.resize(m.size() - slack_->lastLineBytes - (m.size() > slack_->lastLineBytes ? 1 : 0));
    slack_->source.resize(slack_->source.size() - slack_->lastRawBytes - 1);
  }
  flushSlack();
  lastWasBulletEvent_ = false;
  if (!st.error.empty()) {
    reject(line, raw, st.error);
    return;
  }
  std::string_view rest = scan::trim(content.substr(restAt));
  if (!st.msOfDay && !st.utc) {
    std::string_view afterDate = stripSeparator(rest);
    if (rest.empty() || heading || (wrapped && afterDate.empty()) || afterDate.empty()) {
      setDay(*st.date);
      noteEvidence(st);
      std::string note = "sets the date to " + isoText(*st.date);
      if (!st.note.empty()) note += "; " + st.note;
      if (!rest.empty()) {
        std::string stated = applyStatedContext(rest);
        if (!stated.empty()) note += "; " + stated;
      }
      context(line, raw, note);
      return;
    }
    reject(line, raw, "a date needs a time after it (e.g. 2026-01-15 14:32)");
    return;
  }
  std::optional<EventKind> kind;
  bool decision = false;
  bool comma = !rest.empty() && rest.front() == ',';
  rest = stripSeparator(rest);
  std::string text;
  if (comma && !rest.empty() && rest.front() == '"') {
    std::vector<std::string> fields;
    std::size_t p = 0;
    int lines;
    std::string csvReason;
    if (!readCsvRecord(rest, p, fields, lines, csvReason)) {
      reject(line, raw, csvReason);
      return;
    }
    text = std::string(scan::trim(fields[0]));
    if (fields.size() > 1) kind = kindFromName(fields[1]);
  } else {
    rest = stripExportMarks(rest, kind, decision);
    bool markdown = bullet || heading || wrapped || decision || kind.has_value();
    text = markdown ? markdownUnescape(rest) : std::string(rest);
  }
  if (text.empty()) {
    // A time alone: a Slack copy ("Name" then "11:33 PM" then the message).
    Slack sl;
    sl.line = line;
    sl.source = std::string(raw);
    sl.stamp = st;
    sl.offset = offset;
    if (nextLine && !out_.rows.empty() && !out_.rows.back().accepted && !out_.rows.back().context &&
        out_.rows.back().reason == kNoTimeReason && out_.rows.back().source.size() <= kMaxNameBytes &&
        out_.rows.back().line == line - 1) {
      sl.name = std::string(scan::trim(out_.rows.back().source));
      sl.source = out_.rows.back().source + "\n" + sl.source;
      sl.offset += out_.rows.back().source.size() + 1;
      sl.line = out_.rows.back().line;
      out_.rows.pop_back();
      --out_.rejectedCount;
      slackName_ = sl.name;
    } else if (!nameFromMessage.empty()) {
      sl.name = nameFromMessage;
      sl.source = nameFromMessage + "\n" + sl.source;
      sl.offset += nameFromMessage.size() + 1;
      sl.line = line - 1;
      slackName_ = sl.name;
    } else if (!slackName_.empty() && nextLine) {
      sl.name = slackName_;
    }
    slack_ = std::move(sl);
    return;
  }
  accept(line, raw, st, offset, std::move(text), kind, decision);
  lastWasBulletEvent_ = bullet;
}

void TimelineReader::readCsv(int line, std::string_view raw, const std::vector<std::string>& fields,
                             const CsvColumns& cols) {
  if (cols.time >= static_cast<int>(fields.size())) {
    reject(line, raw, "no time column in this row");
    return;
  }
  std::string timeField(scan::trim(fields[cols.time]));
  if (cols.date >= 0 && cols.date < static_cast<int>(fields.size()))
    timeField = std::string(scan::trim(fields[cols.date])) + " " + timeField;
  std::string_view tf = scan::trim(timeField);
  Stamp st = readStamp(tf, 0, defaultYear_, order_);
  std::string reason;
  if (!st.found) reason = tf.empty() ? "the time column is empty" : "\"" + std::string(tf) + "\" is not a time";
  else if (!st.error.empty()) reason = st.error;
  else if (st.end != tf.size()) reason = "the time column holds more than a time: \"" + std::string(tf) + "\"";
  else if (!st.msOfDay && !st.utc) reason = "\"" + std::string(tf) + "\" is a date without a time";
  if (!reason.empty()) {
    reject(line, raw, reason);
    return;
  }
  std::string_view text =
      cols.text < static_cast<int>(fields.size()) ? scan::trim(fields[cols.text]) : std::string_view{};
  if (text.empty()) {
    reject(line, raw, "the text column is empty");
    return;
  }
  std::optional<EventKind> kind;
  if (cols.kind >= 0 && cols.kind < static_cast<int>(fields.size())) kind = kindFromName(fields[cols.kind]);
  // Highlight the time field where it appears in the record.
  std::size_t at = cols.date < 0 ? raw.find(tf) : std::string_view::npos;
  st.begin = at == std::string_view::npos ? 0 : at;
  st.end = at == std::string_view::npos ? 0 : at + tf.size();
  accept(line, raw, st, 0, std::string(text), kind, false);
}

}  // namespace hs
