#include "core/io/markdown_export.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/analysis/durations.h"
#include "core/io/markdown_export_escape.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

constexpr const char* kNone = "_None recorded._";
constexpr std::size_t kMaxIndentLevels = 16;  // deeper why chains stay at this indent

// User text shown literally on one line (see markdown_export_escape.h).
std::string oneLine(const std::string& text) { return markdownInlineText(text); }

// Characters a bare URL may hold and still be shown verbatim: no Markdown or
// HTML meaning (no * < > [ ] ` \\ | ; or spaces).
bool plainUrl(const std::string& url) {
  for (char c : url) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("-._~:/?#@!$'()+,=%&").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

// An action's link: shown as a URL only for http(s)/mailto, anything else as inert text.
std::string linkCell(const std::string& link) {
  const bool absolute = isSafeLinkDestination(link) && link.find(':') != std::string::npos;
  if (absolute && plainUrl(link)) return link;
  return markdownTableCell(link);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += oneLine(item);
  }
  return out;
}

// A single line break inside a paragraph ends its line with two spaces, the
// hard break every renderer keeps (a bare one is joined into the paragraph).
std::string keepLineBreaks(const std::string& prose) {
  std::string out;
  out.reserve(prose.size() + prose.size() / 16);
  bool inFence = false;
  std::string_view fence;  // the open fence's mark
  std::size_t pos = 0;
  while (pos < prose.size()) {
    std::size_t nl = prose.find('\n', pos);
    std::size_t end = nl == std::string::npos ? prose.size() : nl;
    std::string_view line(prose.data() + pos, end - pos);
    std::string_view trimmed = line.substr(std::min(line.find_first_not_of(' '), line.size()));
    if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") {
      inFence = !inFence;
      fence = trimmed.substr(0, 3);
    }
    out.append(line);
    if (nl == std::string::npos) break;
    std::size_t nextEnd = prose.find('\n', nl + 1);
    std::string_view next(prose.data() + nl + 1, (nextEnd == std::string::npos ? prose.size() : nextEnd) - nl - 1);
    const bool paragraphGoesOn = !line.empty() && !next.empty() && next.find_first_not_of(' ') != std::string_view::npos &&
                                 line.find_first_not_of(' ') != std::string_view::npos;
    if (!inFence && paragraphGoesOn && line.back() != ' ' && line.back() != '\\') out += "  ";
    out += '\n';
    pos = nl + 1;
  }
  // A code fence left open would take every section after it into the code block.
  if (inFence) (out += out.empty() || out.back() == '\n' ? "" : "\n").append(fence) += '\n';
  return out;
}

void section(std::string& out, const char* heading, const std::string& body) {
  out += "\n## ";
  out += heading;
  out += "\n\n";
  out += body.empty() ? std::string(kNone) : keepLineBreaks(markdownProse(body));
  if (out.back() != '\n') out += '\n';
}

std::string impactLine(const Impact& impact) {
  std::string line = oneLine(impact.text);
  std::string figures;
  if (impact.usersAffected) figures = std::to_string(*impact.usersAffected) + " users affected";
  if (impact.revenueLost) {
    if (!figures.empty()) figures += ", ";
    figures += markdownAmount(*impact.revenueLost) + " revenue lost";
  }
  if (!figures.empty()) line += line.empty() ? figures : " (" + figures + ")";
  return line.empty() ? "Not recorded" : line;
}

void titleBlock(std::string& out, const PostMortem& doc) {
  out += "# " + (doc.title.empty() ? std::string("Untitled post-mortem") : oneLine(doc.title)) + "\n\n";
  auto durations = deriveDurations(doc);
  out += "- **Date:** " + formatDate(doc.incidentDate) + "\n";
  out += "- **Started:** " + formatDateTime(doc.incidentDate) + " UTC\n";
  out += "- **Severity:** " + std::string(label(doc.severity)) + "\n";
  out += "- **Duration:** " + (durations.duration ? formatDuration(*durations.duration) : "Unknown") + "\n";
  const std::pair<const char*, std::optional<TimeMs>> figures[] = {
      {"Time to detect", durations.timeToDetect}, {"Time to acknowledge", durations.timeToAcknowledge},
      {"Time to mitigate", durations.timeToMitigate}, {"Time to resolve", durations.timeToResolve}};
  for (const auto& [name, value] : figures)
    if (value) out += std::string("- **") + name + ":** " + formatDuration(*value) + "\n";
  out += "- **Impact:** " + impactLine(doc.impact) + "\n";
  out += "- **Authors:** " + (doc.authors.empty() ? std::string("Not recorded") : joined(doc.authors)) + "\n";
  if (!doc.reviewers.empty()) out += "- **Reviewers:** " + joined(doc.reviewers) + "\n";
  out += "- **Status:** " + std::string(label(doc.status)) + "\n";
  if (!doc.services.empty()) out += "- **Services:** " + joined(doc.services) + "\n";
  if (!doc.tags.empty()) out += "- **Tags:** " + joined(doc.tags) + "\n";
  if (!doc.triggers.empty()) {
    std::string names;
    for (Trigger t : doc.triggers) names += (names.empty() ? "" : ", ") + std::string(label(t));
    out += "- **Triggers:** " + names + "\n";
  }
}

bool eventsOnOneDay(const PostMortem& doc) {
  return doc.events.empty() || startOfDayUtc(doc.events.front().time) == startOfDayUtc(doc.events.back().time);
}

void timeline(std::string& out, const PostMortem& doc) {
  out += "\n## Timeline\n\n";
  if (doc.events.empty()) {
    out += std::string(kNone) + "\n";
    return;
  }
  const bool oneDay = eventsOnOneDay(doc);
  out += oneDay ? "All times UTC on " + formatDate(doc.events.front().time) + ".\n\n" : "All times UTC.\n\n";
  for (const TimelineEvent& e : doc.events) {
    out += "- **" + (oneDay ? formatTimeOfDay(e.time) : formatDateTime(e.time)) + "** — " + oneLine(e.text);
    out += " _(" + std::string(label(e.kind)) + ")_";
    if (e.decisionPoint) out += " **[Decision point]**";
    out += "\n";
  }
}

// Lines under a list item, at its text's indent: "_Evidence:_ ...", "_Factor:_ ...". Each
// line but the last ends in a hard break so renderers keep them apart.
void itemLines(std::string& out, std::size_t indent, const std::vector<std::string>& lines) {
  if (lines.empty()) {
    out += "\n";
    return;
  }
  for (const std::string& line : lines) {
    out += "  \n";
    out.append(indent + 2, ' ');
    out += line;
  }
  out += "\n";
}

// What a why node holds besides its text, one line each, read back by the importer
// (markdown_import/section_readers.h): evidence, the timeline events that show it,
// the factors it explains and the actions that address it.
std::vector<std::string> whyNodeLines(const PostMortem& doc, const WhyNode& node, bool oneDay) {
  std::vector<std::string> lines;
  if (!node.notes.empty()) lines.push_back("_Evidence:_ " + markdownTableCell(node.notes));
  for (const TimelineEvent& e : doc.events)
    if (e.whyNodeId == node.id)
      lines.push_back("_Timeline event:_ " + (oneDay ? formatTimeOfDay(e.time) : formatDateTime(e.time)) +
                      " \xE2\x80\x94 " + oneLine(e.text));
  for (const Factor& f : doc.factors)
    if (std::find(f.whyNodeIds.begin(), f.whyNodeIds.end(), node.id) != f.whyNodeIds.end())
      lines.push_back("_Factor:_ " + oneLine(f.text));
  for (const ActionItem& a : doc.actions)
    if (std::find(a.whyNodeIds.begin(), a.whyNodeIds.end(), node.id) != a.whyNodeIds.end())
      lines.push_back("_Action:_ " + markdownTableCell(a.title));
  return lines;
}

void factors(std::string& out, const PostMortem& doc) {
  out += "\n## Contributing Factors\n\n";
  if (doc.factors.empty()) {
    out += std::string(kNone) + "\n";
    return;
  }
  for (FactorCategory category : enumValues<FactorCategory>()) {
    bool any = std::any_of(doc.factors.begin(), doc.factors.end(),
                           [&](const Factor& f) { return f.category == category; });
    if (!any) continue;
    out += "### " + std::string(label(category)) + "\n\n";
    for (const Factor& f : doc.factors) {
      if (f.category != category) continue;
      out += "- " + oneLine(f.text);
      std::vector<std::string> addressedBy;
      for (const ActionItem& a : doc.actions)
        if (std::find(a.factorIds.begin(), a.factorIds.end(), f.id) != a.factorIds.end())
          addressedBy.push_back("_Action:_ " + markdownTableCell(a.title));
      itemLines(out, 0, addressedBy);
    }
    out += "\n";
  }
  out.pop_back();  // one blank line between sections, not two
}

void whyTree(std::string& out, const PostMortem& doc) {
  out += "\n## 5 Whys\n\n";
  const WhyNode* root = doc.rootWhyNode();
  if (!root) {
    out += std::string(kNone) + "\n";
    return;
  }
  std::unordered_map<std::string_view, std::vector<const WhyNode*>> children;
  for (const WhyNode& n : doc.whyNodes)
    if (!n.parentId.empty()) children[n.parentId].push_back(&n);
  for (auto& [parent, list] : children)
    std::stable_sort(list.begin(), list.end(),
                     [](const WhyNode* a, const WhyNode* b) { return a->order < b->order; });

  // Iterative depth-first walk: why chains can be long and must not use the C++ stack.
  const bool oneDay = eventsOnOneDay(doc);
  std::vector<std::pair<const WhyNode*, std::size_t>> stack{{root, 0}};
  std::size_t visited = 0;
  while (!stack.empty() && visited++ <= doc.whyNodes.size()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    // Four spaces a level: Python-Markdown and MkDocs need them to nest.
    const std::size_t indent = 4 * std::min(depth, kMaxIndentLevels);
    out.append(indent, ' ');
    out += depth == 0 ? "- **Problem:** " : "- Why? ";
    out += oneLine(node->text);
    if (node->rootCause) out += " **(root cause)**";
    if (node->category) out += " _(" + std::string(label(*node->category)) + ")_";
    itemLines(out, indent, whyNodeLines(doc, *node, oneDay));
    auto it = children.find(node->id);
    if (it == children.end()) continue;
    for (auto child = it->second.rbegin(); child != it->second.rend(); ++child)
      stack.emplace_back(*child, depth + 1);
  }
}

void actions(std::string& out, const PostMortem& doc) {
  out += "\n## Action Items\n\n";
  if (doc.actions.empty()) {
    out += std::string(kNone) + "\n";
    return;
  }
  out += "| Action | Owner | Due | Status | Kind | Progress | Link | Notes |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const ActionItem& a : doc.actions) {
    out += "| " + markdownTableCell(a.title) + " | " + markdownTableCell(a.owner) + " | " +
           (a.due ? formatDate(*a.due) : std::string()) + " | " + std::string(label(a.status)) + " | " +
           std::string(label(a.kind)) + " | " + std::to_string(a.progress) + "% | " + linkCell(a.link) + " | " +
           markdownTableCell(a.notes) + " |\n";
  }
}

}  // namespace

std::string markdownTableCell(const std::string& raw) {
  const std::string text = markdownInlineText(raw, true);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '|') {
      out += "\\|";
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string toMarkdown(const PostMortem& doc) {
  std::string out;
  titleBlock(out, doc);
  section(out, "Summary", doc.sections.summary);
  timeline(out, doc);
  factors(out, doc);
  section(out, "Detection", doc.sections.detection);
  section(out, "Response", doc.sections.response);
  section(out, "Root Cause", doc.sections.rootCause);
  whyTree(out, doc);
  actions(out, doc);
  section(out, "Lessons Learned", doc.sections.lessonsLearned);
  section(out, "What went well", doc.sections.wentWell);
  return out;
}

}  // namespace hs
