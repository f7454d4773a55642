// libFuzzer target: Markdown post-mortems from other teams are outside data.
// The result always has a title and one why root at most, every why parent
// and every link (event, factor, action -> why; action -> factor) names an
// element that exists, events are in time order and every timeline row is
// counted; its own Markdown export reads back to as many elements.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
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
  std::unordered_set<std::string> factorIds;
  for (const hs::Factor& f : d.factors) {
    factorIds.insert(f.id);
    for (const auto& w : f.whyNodeIds)
      if (!ids.count(w)) __builtin_trap();
  }
  for (const hs::TimelineEvent& e : d.events)
    if (!e.whyNodeId.empty() && !ids.count(e.whyNodeId)) __builtin_trap();
  for (const hs::ActionItem& a : d.actions) {
    for (const auto& w : a.whyNodeIds)
      if (!ids.count(w)) __builtin_trap();
    for (const auto& f : a.factorIds)
      if (!factorIds.count(f)) __builtin_trap();
  }
  if (!std::is_sorted(d.events.begin(), d.events.end(),
                      [](const hs::TimelineEvent& a, const hs::TimelineEvent& b) { return a.time < b.time; }))
    __builtin_trap();
  for (const hs::PasteRow& r : m.report.timelineRows)
    if (r.timeEnd > r.source.size() || r.timeBegin > r.timeEnd) __builtin_trap();
  // What the importer builds passes the exchange format's own checks.
  if (!hs::loadPostMortemJson(hs::toJson(d), "fuzz.json").ok()) __builtin_trap();
  // Its export reads back: as many why nodes and actions (the tree and table are Hindsight's own forms).
  hs::MarkdownImport again = hs::importMarkdown(hs::toMarkdown(d), options);
  if (again.doc.whyNodes.size() != d.whyNodes.size() || again.doc.actions.size() != d.actions.size()) __builtin_trap();
  return 0;
}
