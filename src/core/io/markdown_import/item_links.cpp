#include "core/io/markdown_import/item_links.h"

#include <algorithm>
#include <optional>

#include "core/io/markdown_import/key_values.h"
#include "core/io/markdown_unescape.h"
#include "core/io/timeline/text_scan.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

bool isEmphasis(char c) { return c == '*' || c == '_'; }

std::optional<ItemLinkKind> kindOfLabel(const std::string& key) {
  if (key == "evidence") return ItemLinkKind::Evidence;
  if (key == "timeline event" || key == "event") return ItemLinkKind::Event;
  if (key == "factor" || key == "contributing factor") return ItemLinkKind::Factor;
  if (key == "action" || key == "action item") return ItemLinkKind::Action;
  return std::nullopt;
}

// "_Label:_ value", "**Label:** value", "**Label**: value", "Label: value".
std::optional<ItemLink> linkLine(std::string_view line) {
  line = scan::trim(line);
  std::size_t p = 0;
  while (p < line.size() && p < 2 && isEmphasis(line[p])) ++p;
  const std::size_t start = p;
  while (p < line.size() && (scan::isAlnum(line[p]) || line[p] == ' ')) ++p;
  std::string_view label = scan::trim(line.substr(start, p - start));
  while (p < line.size() && isEmphasis(line[p])) ++p;
  if (label.empty() || p >= line.size() || line[p] != ':') return std::nullopt;
  ++p;
  while (p < line.size() && isEmphasis(line[p])) ++p;
  auto kind = kindOfLabel(normalizedKey(label));
  if (!kind) return std::nullopt;
  ItemLink link;
  link.kind = *kind;
  link.value = markdownUnescape(scan::trim(line.substr(p)), true);
  link.line = std::string(label) + ": " + link.value;
  return link;
}

void appendLine(std::string& field, const std::string& line) {
  if (!field.empty()) field += '\n';
  field += line;
}

// "14:40 — text", "2026-01-15 14:40 - text", "14:40 text" or "text".
std::optional<std::size_t> eventNamed(const PostMortem& doc, const std::string& ref) {
  std::optional<std::size_t> byText;
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    const TimelineEvent& e = doc.events[i];
    if (e.text.empty() || ref.size() < e.text.size() || ref.compare(ref.size() - e.text.size(), e.text.size(), e.text) != 0)
      continue;
    std::string_view time = scan::trim(std::string_view(ref).substr(0, ref.size() - e.text.size()));
    for (std::string_view sep : {"\xE2\x80\x94", "\xE2\x80\x93", "-", ":"})
      if (time.size() >= sep.size() && time.substr(time.size() - sep.size()) == sep)
        time = scan::trim(time.substr(0, time.size() - sep.size()));
    if (time == formatTimeOfDay(e.time) || time == formatDateTime(e.time)) return i;
    if (time.empty() && !byText) byText = i;
  }
  return byText;
}

}  // namespace

std::string takeItemLinks(const std::string& itemText, const std::vector<ItemLinkKind>& accepted,
                          std::vector<ItemLink>& links) {
  std::string text;
  std::size_t pos = 0;
  bool first = true;
  while (pos <= itemText.size()) {
    std::size_t nl = itemText.find('\n', pos);
    std::size_t end = nl == std::string::npos ? itemText.size() : nl;
    std::string_view line(itemText.data() + pos, end - pos);
    std::optional<ItemLink> link = first ? std::nullopt : linkLine(line);
    if (link && std::find(accepted.begin(), accepted.end(), link->kind) != accepted.end()) {
      links.push_back(std::move(*link));
    } else {
      if (!first) text += '\n';
      text += line;
    }
    first = false;
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return text;
}

void resolveItemLinks(PostMortem& doc, const std::vector<PendingLink>& pending) {
  auto linkOnce = [](std::vector<Id>& ids, const Id& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  for (const PendingLink& p : pending) {
    const ItemLink& l = p.link;
    if (p.fromFactor) {
      Factor* factor = doc.findFactor(p.from);
      if (!factor) continue;
      auto action = std::find_if(doc.actions.begin(), doc.actions.end(),
                                 [&](const ActionItem& a) { return a.title == l.value; });
      if (l.kind == ItemLinkKind::Action && action != doc.actions.end()) linkOnce(action->factorIds, factor->id);
      else appendLine(factor->text, l.line);
      continue;
    }
    WhyNode* node = doc.findWhyNode(p.from);
    if (!node) continue;
    bool linked = false;
    switch (l.kind) {
      case ItemLinkKind::Evidence:
        appendLine(node->notes, l.value);
        linked = true;
        break;
      case ItemLinkKind::Event:
        if (auto i = eventNamed(doc, l.value)) {
          doc.events[*i].whyNodeId = node->id;
          linked = true;
        }
        break;
      case ItemLinkKind::Factor:
        for (Factor& f : doc.factors)
          if (f.text == l.value) {
            linkOnce(f.whyNodeIds, node->id);
            linked = true;
            break;
          }
        break;
      case ItemLinkKind::Action:
        for (ActionItem& a : doc.actions)
          if (a.title == l.value) {
            linkOnce(a.whyNodeIds, node->id);
            linked = true;
            break;
          }
        break;
    }
    if (!linked) appendLine(node->notes, l.line);
  }
}

}  // namespace hs
