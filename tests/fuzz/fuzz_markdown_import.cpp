// libFuzzer target: Markdown post-mortems from other teams are outside data.
// The result always has a title and one why root at most, every why parent
// exists, events are in time order and every timeline row is counted.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)hs::looksLikeMarkdown(text);
  hs::MarkdownImportOptions options;
  options.now = 1768435200000;  // 2026-01-15
  hs::MarkdownImport m = hs::importMarkdown(text, options);
  const hs::PostMortem& d = m.doc;
  if (d.title.empty()) __builtin_trap();
  std::unordered_set<std::string> ids;
  int roots = 0;
  for (const hs::WhyNode& n : d.whyNodes) ids.insert(n.id);
  for (const hs::WhyNode& n : d.whyNodes) {
    if (n.parentId.empty()) ++roots;
    else if (!ids.count(n.parentId)) __builtin_trap();
  }
  if (roots > 1) __builtin_trap();
  if (!std::is_sorted(d.events.begin(), d.events.end(),
                      [](const hs::TimelineEvent& a, const hs::TimelineEvent& b) { return a.time < b.time; }))
    __builtin_trap();
  for (const hs::PasteRow& r : m.report.timelineRows)
    if (r.timeEnd > r.source.size() || r.timeBegin > r.timeEnd) __builtin_trap();
  // What the importer builds passes the exchange format's own checks.
  if (!hs::loadPostMortemJson(hs::toJson(d), "fuzz.json").ok()) __builtin_trap();
  return 0;
}
