#include "core/io/markdown_import/metadata_values.h"

#include "core/analysis/duration_input.h"
#include "core/io/markdown_import/key_values.h"
#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

bool hasWord(const std::string& normalized, std::string_view word) {
  std::size_t pos = 0;
  while ((pos = normalized.find(word, pos)) != std::string::npos) {
    bool left = pos == 0 || normalized[pos - 1] == ' ';
    std::size_t end = pos + word.size();
    bool right = end == normalized.size() || normalized[end] == ' ';
    if (left && right) return true;
    ++pos;
  }
  return false;
}

}  // namespace

std::optional<Severity> severityFromText(std::string_view text) {
  std::string n = normalizedKey(text);
  // "sev1", "sev 1", "s1", "p1", "priority 1", "severity 1", "level 2", "1"
  for (std::size_t i = 0; i < n.size(); ++i) {
    if (!scan::isDigit(n[i])) continue;
    if (i + 1 < n.size() && scan::isDigit(n[i + 1])) break;  // "10": not a level
    std::string before = n.substr(0, i);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    bool levelWord = before.empty() || before == "sev" || before == "s" || before == "p" || before == "priority" ||
                     before == "severity" || before == "level" || before == "sev level" ||
                     (before.size() >= 3 && (before.compare(before.size() - 3, 3, "sev") == 0));
    if (!levelWord) break;
    int level = n[i] - '0';
    if (level <= 1) return Severity::Sev1;
    if (level >= 4) return Severity::Sev4;
    return static_cast<Severity>(level);
  }
  if (hasWord(n, "critical") || hasWord(n, "blocker")) return Severity::Sev1;
  if (hasWord(n, "major") || hasWord(n, "high")) return Severity::Sev2;
  if (hasWord(n, "medium") || hasWord(n, "moderate") || hasWord(n, "normal")) return Severity::Sev3;
  if (hasWord(n, "minor") || hasWord(n, "low")) return Severity::Sev4;
  return std::nullopt;
}

std::optional<DocStatus> docStatusFromText(std::string_view text) {
  std::string n = normalizedKey(text);
  if (hasWord(n, "closed")) return DocStatus::Closed;
  if (hasWord(n, "draft") || hasWord(n, "wip") || n.compare(0, 11, "in progress") == 0 ||
      n.compare(0, 9, "in review") == 0 || n.compare(0, 12, "under review") == 0 || hasWord(n, "open"))
    return DocStatus::Draft;
  if (hasWord(n, "reviewed") || hasWord(n, "final") || hasWord(n, "approved") || hasWord(n, "published") ||
      hasWord(n, "complete") || hasWord(n, "completed") || hasWord(n, "done"))
    return DocStatus::Reviewed;
  return std::nullopt;
}

std::optional<ActionStatus> actionStatusFromText(std::string_view text) {
  std::string_view t = scan::trim(text);
  if (t.substr(0, 3) == "\xE2\x9C\x85" || t.substr(0, 3) == "\xE2\x9C\x94") return ActionStatus::Done;  // ✅ ✔
  std::string n = normalizedKey(text);
  if (n.empty()) return std::nullopt;
  if (hasWord(n, "wont") || hasWord(n, "wontfix") || n.compare(0, 8, "won t do") == 0 || hasWord(n, "cancelled") ||
      hasWord(n, "canceled") || hasWord(n, "dropped") || hasWord(n, "rejected") || n.compare(0, 8, "will not") == 0)
    return ActionStatus::WontDo;
  if (n.compare(0, 11, "not started") == 0 || n.compare(0, 11, "not yet started") == 0) return ActionStatus::NotStarted;
  if (n.compare(0, 11, "in progress") == 0 || hasWord(n, "started") || hasWord(n, "wip") || hasWord(n, "ongoing") ||
      hasWord(n, "doing") || hasWord(n, "in review") || hasWord(n, "partially"))
    return ActionStatus::InProgress;
  if (hasWord(n, "done") || hasWord(n, "complete") || hasWord(n, "completed") || hasWord(n, "closed") ||
      hasWord(n, "fixed") || hasWord(n, "resolved") || hasWord(n, "finished") || hasWord(n, "shipped"))
    return ActionStatus::Done;
  if (hasWord(n, "todo") || hasWord(n, "to do") || hasWord(n, "open") || n.compare(0, 11, "not started") == 0 ||
      hasWord(n, "planned") || hasWord(n, "new") || hasWord(n, "backlog") || hasWord(n, "pending"))
    return ActionStatus::NotStarted;
  return std::nullopt;
}

std::optional<ActionKind> actionKindFromText(std::string_view text) {
  std::string n = normalizedKey(text);
  if (n.compare(0, 7, "prevent") == 0 || hasWord(n, "prevention") || hasWord(n, "recurrence")) return ActionKind::PreventRecurrence;
  if (n.compare(0, 6, "detect") == 0 || hasWord(n, "detection") || hasWord(n, "monitoring") || hasWord(n, "alerting"))
    return ActionKind::ImproveDetection;
  if (n.compare(0, 7, "mitigat") == 0 || hasWord(n, "recovery") || hasWord(n, "repair") || hasWord(n, "speed up") ||
      n.compare(0, 8, "speed up") == 0 || hasWord(n, "response"))
    return ActionKind::SpeedUpRecovery;
  if (hasWord(n, "other") || hasWord(n, "process")) return ActionKind::Other;
  return std::nullopt;
}

std::vector<std::string> peopleFromText(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string_view t = scan::trim(current);
    while (!t.empty() && (t.front() == '@')) t.remove_prefix(1);
    if (scan::startsWithNoCase(t, 0, "and ")) t = scan::trim(t.substr(4));
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ',' || c == ';' || c == '\n' || c == '/') {
      flush();
    } else if (c == ' ' && scan::wordAt(text, i + 1, "and")) {
      flush();
      i += 3;
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

std::optional<TimeMs> durationFromText(std::string_view text) {
  std::string n = normalizedKey(text);  // "about 2 hours 30 minutes"
  std::string out;
  std::size_t pos = 0;
  while (pos < n.size()) {
    std::size_t end = n.find(' ', pos);
    if (end == std::string::npos) end = n.size();
    std::string word = n.substr(pos, end - pos);
    pos = end + 1;
    if (word == "about" || word == "approx" || word == "approximately" || word == "around" || word == "roughly" ||
        word == "and" || word == "ca")
      continue;
    // "2h", "30m" stay; words become units the duration reader knows.
    if (word == "minutes" || word == "minute" || word == "mins" || word == "m") word = "min";
    else if (word == "hours" || word == "hour" || word == "hrs" || word == "hr") word = "h";
    else if (word == "days" || word == "day") word = "d";
    else if (word == "seconds" || word == "second" || word == "secs" || word == "sec") word = "s";
    if (!out.empty()) out += ' ';
    out += word;
  }
  return parseDurationInput(out);
}

}  // namespace hs
