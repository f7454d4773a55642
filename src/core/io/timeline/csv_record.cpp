#include "core/io/timeline/csv_record.h"

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

std::string lowered(std::string_view s) {
  std::string out(scan::trim(s));
  for (char& c : out) c = scan::lower(c);
  // "Time (UTC)" names the time column too.
  std::size_t paren = out.find(" (");
  if (paren != std::string::npos) out.resize(paren);
  return out;
}

bool isOneOf(const std::string& name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

bool isTimeName(const std::string& name) {
  return isOneOf(name, {"time", "timestamp", "datetime", "when", "date/time", "date and time", "time utc"});
}

}  // namespace

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
    } else if (c == '"' && scan::trim(fields.back()).empty() && !wasQuoted) {
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

bool isCsvHeader(const std::vector<std::string>& fields) {
  if (fields.size() < 2) return false;
  for (const std::string& f : fields) {
    std::string name = lowered(f);
    if (isTimeName(name) || name == "date") return true;
  }
  return false;
}

CsvColumns csvColumnsFromHeader(const std::vector<std::string>& header) {
  CsvColumns c;
  int time = -1, date = -1, text = -1;
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    std::string name = lowered(header[i]);
    if (isTimeName(name)) time = time < 0 ? i : time;
    else if (name == "date") date = date < 0 ? i : date;
    else if (text < 0 && isOneOf(name, {"text", "description", "event", "what", "message", "summary",
                                        "details", "action", "activity", "notes"}))
      text = i;
    else if (isOneOf(name, {"kind", "type", "category"})) c.kind = i;
  }
  if (time < 0) {
    time = date < 0 ? 0 : date;
    date = -1;
  }
  c.time = time;
  c.date = date;
  if (text < 0) {
    text = 0;
    while (text == c.time || text == c.date || text == c.kind) ++text;
  }
  c.text = text;
  return c;
}

}  // namespace hs
