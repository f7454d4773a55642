// The properties the fuzz targets check, shared with the unit test that replays
// every saved crasher (tests/fuzz/regressions/<target>/*, test_fuzz_regressions.cpp).
// Each returns an empty string when the property holds, else what broke.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <string_view>

#include "core/analysis/duration_input.h"
#include "core/analysis/number_input.h"
#include "core/analysis/time_input.h"
#include "core/io/csv_export.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
#include "core/io/markdown_import.h"
#include "core/io/snapshot.h"
#include "core/model/time_format.h"
#include "core/model/value_rules.h"

namespace hs::fuzz {

// Anything the reader accepts survives the writer, re-reads to the same bytes,
// and survives snapshot save -> load -> JSON byte-identically (the autosave path:
// a file the reader accepts must never become a record the loader refuses).
inline std::string jsonReaderProperty(std::string_view text) {
  LoadResult result = loadPostMortemJson(text, "fuzz.json");
  if (!result.ok()) {
    if (result.errors.empty()) return "a refusal without a reason";
    for (const auto& e : result.errors) (void)e.format();
    return {};
  }
  std::string json = toJson(*result.doc);
  LoadResult again = loadPostMortemJson(json, "fuzz-rewrite.json");
  if (!again.ok()) return "the written JSON is refused: " + again.errors.front().format();
  if (toJson(*again.doc) != json) return "the canonical form is not stable";
  std::string error;
  auto snap = loadSnapshot(saveSnapshot(*result.doc), &error);
  if (!snap) return "the snapshot of an accepted document is refused: " + error;
  if (toJson(*snap) != json) return "the snapshot round trip changed the document";
  (void)toMarkdown(*result.doc);
  (void)actionsCsv(*result.doc);
  return {};
}

template <class T>
std::string exactlyOneOutcome(const ParsedInput<T>& p, std::string_view text) {
  bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
  if (blank != p.empty()) return blank ? "blank text gave a value or an error" : "text gave neither value nor error";
  if (p.value && !p.error.empty()) return "both a value and an error";
  return {};
}

// A typed duration is within the rule, and what the field shows for it parses back
// to a duration no longer than it (formatDuration rounds down).
inline std::string durationInputProperty(std::string_view text) {
  auto p = readDurationInput(text);
  if (auto why = exactlyOneOutcome(p, text); !why.empty()) return why;
  if (!p.value) return {};
  if (!isValidDuration(*p.value)) return "a duration outside the rule";
  auto back = parseDurationInput(formatDuration(*p.value));
  if (!back || *back > *p.value) return "the shown duration does not parse back: " + formatDuration(*p.value);
  return {};
}

// Amounts and counts: within the rules, and what the field shows parses back.
inline std::string numberInputProperty(std::string_view text) {
  auto amount = parseAmountInput(text);
  if (auto why = exactlyOneOutcome(amount, text); !why.empty()) return "amount: " + why;
  if (amount.value) {
    if (!isValidAmount(*amount.value)) return "an amount outside the rule";
    auto back = parseAmountInput(formatAmountInput(*amount.value));
    if (!back.value || !isValidAmount(*back.value)) return "the shown amount does not parse back";
  }
  auto count = parseCountInput(text);
  if (auto why = exactlyOneOutcome(count, text); !why.empty()) return "count: " + why;
  if (count.value) {
    if (!isValidCount(*count.value)) return "a count outside the rule";
    if (parseCountInput(std::to_string(*count.value)).value != count.value) return "the shown count does not parse back";
  }
  return {};
}

// A typed date or time is within the rule and survives RFC 3339 exactly; the
// field's own display ("YYYY-MM-DD HH:MM") parses back to the same minute.
inline std::string timeInputProperty(std::string_view text, bool dateOnly) {
  auto p = parseTimeInput(text, dateOnly);
  if (auto why = exactlyOneOutcome(p, text); !why.empty()) return why;
  if (!p.value) return {};
  TimeMs t = *p.value;
  if (!isValidTime(t)) return "a time outside the rule";
  if (parseRfc3339(formatRfc3339(t)) != t) return "RFC 3339 round trip failed: " + formatRfc3339(t);
  TimeMs minute = t - ((t % kMinute) + kMinute) % kMinute;
  auto shown = parseTimeInput(dateOnly ? formatDate(t) : formatDateTime(t), dateOnly);
  if (shown.value != (dateOnly ? startOfDayUtc(t) : minute)) return "the shown time does not parse back";
  return {};
}


// Markdown post-mortems from other teams are outside data. The result always has a
// title and one why root at most, every why parent and every link (event, factor,
// action -> why; action -> factor) names an element that exists, events are in time
// order, every timeline row's time span lies in its source, the document passes the
// exchange format's own checks, and its export reads back to as many whys and actions.
inline std::string markdownImportProperty(std::string_view text) {
  (void)looksLikeMarkdown(text);
  MarkdownImportOptions options;
  options.now = 1768435200000;  // 2026-01-15
  MarkdownImport m = importMarkdown(text, options);
  const PostMortem& d = m.doc;
  if (d.title.empty()) return "no title";
  std::unordered_set<std::string> ids, factorIds;
  int roots = 0;
  for (const WhyNode& n : d.whyNodes) ids.insert(n.id);
  for (const WhyNode& n : d.whyNodes) {
    if (n.parentId.empty()) ++roots;
    else if (!ids.count(n.parentId)) return "a why's parent does not exist";
  }
  if (roots > 1) return "more than one why root";
  for (const Factor& f : d.factors) {
    factorIds.insert(f.id);
    for (const auto& w : f.whyNodeIds)
      if (!ids.count(w)) return "a factor links a why that does not exist";
  }
  for (const TimelineEvent& e : d.events)
    if (!e.whyNodeId.empty() && !ids.count(e.whyNodeId)) return "an event links a why that does not exist";
  for (const ActionItem& a : d.actions) {
    for (const auto& w : a.whyNodeIds)
      if (!ids.count(w)) return "an action links a why that does not exist";
    for (const auto& f : a.factorIds)
      if (!factorIds.count(f)) return "an action links a factor that does not exist";
  }
  if (!std::is_sorted(d.events.begin(), d.events.end(),
                      [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; }))
    return "events out of time order";
  for (const PasteRow& r : m.report.timelineRows)
    if (r.timeEnd > r.source.size() || r.timeBegin > r.timeEnd) return "a time span outside its row";
  LoadResult checked = loadPostMortemJson(toJson(d), "fuzz.json");
  if (!checked.ok()) return "the exchange format refuses it: " + checked.errors.front().format();
  MarkdownImport again = importMarkdown(toMarkdown(d), options);
  if (again.doc.whyNodes.size() != d.whyNodes.size()) return "its export reads back to another number of whys";
  if (again.doc.actions.size() != d.actions.size()) return "its export reads back to another number of actions";
  return {};
}

}  // namespace hs::fuzz
