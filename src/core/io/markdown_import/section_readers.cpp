#include "core/io/markdown_import/section_readers.h"

#include <algorithm>

#include "core/io/markdown_import/key_values.h"
#include "core/io/markdown_import/list_items.h"
#include "core/io/markdown_import/metadata_values.h"
#include "core/io/markdown_unescape.h"
#include "core/io/timeline/date_reader.h"
#include "core/io/timeline/table_row.h"
#include "core/io/timeline/text_scan.h"
#include "core/model/ids.h"

namespace hs {
namespace {

std::string_view stripHardBreak(std::string_view line) {
  if (line.size() >= 2 && line.substr(line.size() - 2) == "  ") {
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  } else if (!line.empty() && line.back() == '\\') {
    line.remove_suffix(1);
  }
  return line;
}

// Entities the export writes in prose; Markdown itself stays as written.
std::string proseEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      if (s.substr(i, 4) == "&lt;") { out += '<'; i += 3; continue; }
      if (s.substr(i, 4) == "&gt;") { out += '>'; i += 3; continue; }
      if (s.substr(i, 5) == "&amp;") { out += '&'; i += 4; continue; }
    }
    out += s[i];
  }
  return out;
}

// Inline text of a list item or cell: Markdown escapes undone.
std::string inlineText(std::string_view s) { return markdownUnescape(scan::trim(s), true); }


// "[text](url)" -> url, "<url>" -> url; else the text.
std::string linkOf(std::string_view cell) {
  cell = scan::trim(cell);
  std::size_t open = cell.find("](");
  if (open != std::string_view::npos && cell.back() == ')') return std::string(cell.substr(open + 2, cell.size() - open - 3));
  if (cell.size() > 2 && cell.front() == '<' && cell.back() == '>') return std::string(cell.substr(1, cell.size() - 2));
  if (isNoneRecorded(cell)) return "";
  return inlineText(cell);
}

std::optional<TimeMs> dueOf(std::string_view text) {
  text = scan::trim(text);
  DateRead d = readDate(text, 0, 2000, DateOrder::MonthFirst);
  if (!d.found || !d.error.empty() || !d.yearGiven) return std::nullopt;
  return localMidnight(d.date);
}

FactorCategory categoryOfHeading(std::string_view heading, FactorCategory fallback) {
  std::string n = normalizedKey(heading);
  for (int c = 0; c < enumCount<FactorCategory>(); ++c)
    if (n == normalizedKey(label(static_cast<FactorCategory>(c)))) return static_cast<FactorCategory>(c);
  if (n.find("process") != std::string::npos || n.find("people") != std::string::npos ||
      n.find("organi") != std::string::npos || n.find("human") != std::string::npos)
    return FactorCategory::Process;
  if (n.find("environment") != std::string::npos || n.find("external") != std::string::npos ||
      n.find("third party") != std::string::npos || n.find("vendor") != std::string::npos)
    return FactorCategory::Environmental;
  if (n.find("technical") != std::string::npos || n.find("technology") != std::string::npos ||
      n.find("system") != std::string::npos || n.find("software") != std::string::npos)
    return FactorCategory::Technical;
  return fallback;
}

// Splits a section's lines at its sub-headings; calls f(heading, lines) per part
// (heading empty for the lines before the first sub-heading).
template <class F>
void bySubHeading(const MarkdownSection& section, F f) {
  std::string heading;
  std::vector<MarkdownLine> part;
  for (const MarkdownLine& l : section.lines) {
    std::string_view name;
    if (headingLevel(l.text, name) > 0) {
      f(heading, part);
      part.clear();
      heading = markdownUnescape(stripEmphasis(name));
      continue;
    }
    part.push_back(l);
  }
  f(heading, part);
}

std::string stripMarks(std::string text, bool& rootCause) {
  for (std::string_view mark : {"**(root cause)**", "_(root cause)_", "(root cause)", "[root cause]", "**Root cause:**",
                                "Root cause:"}) {
    std::size_t at = text.find(mark);
    if (at != std::string::npos) {
      rootCause = true;
      text.erase(at, mark.size());
    }
  }
  std::string_view t = scan::trim(text);
  for (std::string_view prefix : {"**Problem:**", "Problem:", "**Why?**", "Why?", "Why:"})
    if (t.substr(0, prefix.size()) == prefix) t = scan::trim(t.substr(prefix.size()));
  // "Why 1:" / "Why #2 -"
  if (scan::startsWithNoCase(t, 0, "why ")) {
    std::size_t p = 4;
    if (p < t.size() && t[p] == '#') ++p;
    std::size_t d = p;
    while (p < t.size() && scan::isDigit(t[p])) ++p;
    if (p > d && p < t.size() && (t[p] == ':' || t[p] == '.' || t[p] == ')' || t[p] == '?')) t = scan::trim(t.substr(p + 1));
  }
  return std::string(t);
}

// A trailing "_(Process)_" on the first line: the why's category, as the export writes it.
std::optional<FactorCategory> takeCategory(std::string& text) {
  std::size_t nl = text.find('\n');
  std::string_view first = scan::trim(std::string_view(text).substr(0, nl));
  if (first.size() < 5 || first.substr(first.size() - 2) != ")_") return std::nullopt;
  std::size_t open = first.rfind("_(");
  if (open == std::string_view::npos) return std::nullopt;
  std::string name = normalizedKey(first.substr(open + 2, first.size() - open - 4));
  for (FactorCategory c : enumValues<FactorCategory>()) {
    if (name != normalizedKey(label(c))) continue;
    const std::size_t at = static_cast<std::size_t>(first.data() - text.data()) + open;
    text.erase(at, first.size() - open);
    return c;
  }
  return std::nullopt;
}

}  // namespace

bool isNoneRecorded(std::string_view s) {
  std::string n = normalizedKey(stripEmphasis(scan::trim(s)));
  return n == "none recorded" || n == "none" || n == "n a" || n == "tbd" || n == "not recorded" || n == "unknown";
}

std::string proseOf(const std::vector<MarkdownLine>& lines) {
  std::string out;
  std::size_t first = 0, last = lines.size();
  while (first < last && scan::trim(lines[first].text).empty()) ++first;
  while (last > first && scan::trim(lines[last - 1].text).empty()) --last;
  bool inFence = false;
  for (std::size_t i = first; i < last; ++i) {
    std::string_view t = lines[i].text;
    std::string_view trimmed = scan::trim(t);
    if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") inFence = !inFence;
    if (!out.empty()) out += '\n';
    out += inFence ? std::string(t) : proseEntities(stripHardBreak(t));
  }
  if (isNoneRecorded(stripEmphasis(scan::trim(out)))) return "";
  return out;
}

void readFactors(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest,
                 std::vector<PendingLink>& links) {
  bySubHeading(section, [&](const std::string& heading, const std::vector<MarkdownLine>& lines) {
    FactorCategory category = categoryOfHeading(heading, FactorCategory::Technical);
    std::vector<MarkdownLine> paragraphs;
    std::vector<ListItem> items = readListItems(lines, paragraphs);
    auto add = [&](std::string text) {
      if (text.empty() || isNoneRecorded(text)) return false;
      Factor f;
      f.id = newId("fa");
      f.category = category;
      f.text = std::move(text);
      f.updated = now;
      doc.factors.push_back(std::move(f));
      return true;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].depth != 0) continue;
      std::vector<ItemLink> found;
      std::string text = inlineText(takeItemLinks(items[i].text, {ItemLinkKind::Action}, found));
      for (std::size_t j = i + 1; j < items.size() && items[j].depth > 0; ++j)
        text += "\n- " + inlineText(items[j].text);
      if (!add(std::move(text))) continue;
      for (ItemLink& l : found) links.push_back({doc.factors.back().id, true, std::move(l)});
    }
    if (!heading.empty() && items.empty() && paragraphs.empty()) return;
    if (items.empty()) {
      // Without a list, each paragraph is a factor.
      std::string para;
      for (const MarkdownLine& l : paragraphs) {
        std::string_view t = scan::trim(l.text);
        if (t.empty()) {
          add(inlineText(para));
          para.clear();
        } else {
          if (!para.empty()) para += '\n';
          para += std::string(stripHardBreak(t));
        }
      }
      add(inlineText(para));
    } else {
      for (const MarkdownLine& l : paragraphs) rest.push_back(l);
    }
  });
}

void readWhys(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest,
              std::vector<PendingLink>& links) {
  std::vector<MarkdownLine> paragraphs;
  std::vector<ListItem> items = readListItems(section.lines, paragraphs);
  if (items.empty()) {
    rest = section.lines;
    return;
  }
  std::string problem;
  for (const MarkdownLine& l : paragraphs) {
    std::string_view t = scan::trim(l.text);
    if (t.empty()) continue;
    std::string name, value;
    bool rc = false;
    std::string stripped = stripMarks(std::string(t), rc);
    if (stripped != t && problem.empty()) problem = inlineText(stripped);  // "Problem: ..." paragraph
    else rest.push_back(l);
  }
  bool flat = std::all_of(items.begin(), items.end(), [](const ListItem& i) { return i.depth == 0; });
  int topLevel = static_cast<int>(std::count_if(items.begin(), items.end(), [](const ListItem& i) { return i.depth == 0; }));
  std::vector<Id> ids(items.size());
  auto node = [&](const std::string& text, const Id& parent, int order, bool rootCause) {
    WhyNode n;
    n.id = newId("wn");
    n.parentId = parent;
    n.order = order;
    n.text = text;
    n.rootCause = rootCause;
    n.updated = now;
    doc.whyNodes.push_back(std::move(n));
    return doc.whyNodes.back().id;
  };
  Id root;
  if (!problem.empty()) root = node(problem, "", 0, false);
  std::vector<int> childCount(items.size() + 1, 0);
  int rootChildren = 0;
  Id previous = root;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::vector<ItemLink> found;
    std::string own = takeItemLinks(
        items[i].text, {ItemLinkKind::Evidence, ItemLinkKind::Event, ItemLinkKind::Factor, ItemLinkKind::Action}, found);
    std::optional<FactorCategory> category = takeCategory(own);
    bool rc = false;
    std::string text = inlineText(stripMarks(own, rc));
    Id parent;
    int order = 0;
    if (items[i].parent >= 0) {
      parent = ids[static_cast<std::size_t>(items[i].parent)];
      order = childCount[static_cast<std::size_t>(items[i].parent)]++;
    } else if (flat) {
      parent = previous;  // a chain: each why under the one before
    } else if (!root.empty()) {
      parent = root;
      order = rootChildren++;
    } else if (topLevel > 1 && i > 0) {
      parent = ids[0];
      order = childCount[0]++;
    }
    ids[i] = node(text, parent, order, rc);
    doc.whyNodes.back().category = category;
    for (ItemLink& l : found) links.push_back({ids[i], false, std::move(l)});
    if (root.empty() && parent.empty()) root = ids[i];
    previous = ids[i];
  }
}

void readActions(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest) {
  bySubHeading(section, [&](const std::string& heading, const std::vector<MarkdownLine>& lines) {
    std::optional<ActionKind> headingKind = heading.empty() ? std::nullopt : actionKindFromText(heading);
    auto base = [&] {
      ActionItem a;
      a.id = newId("ac");
      a.kind = headingKind ? *headingKind : ActionKind::PreventRecurrence;
      a.created = now;
      a.updated = now;
      return a;
    };
    // Table rows
    std::vector<MarkdownLine> others;
    std::vector<std::string> header;
    enum Col { Title, Owner, Due, Status, Link, Kind, Progress, Notes, Other };
    std::vector<Col> cols;
    for (const MarkdownLine& l : lines) {
      std::vector<std::string_view> cells = tableCells(l.text);
      if (cells.empty()) {
        header.clear();
        cols.clear();
        others.push_back(l);
        continue;
      }
      if (isTableSeparator(cells)) continue;
      if (cols.empty()) {
        bool titleSeen = false;
        for (std::string_view c : cells) {
          std::string n = normalizedKey(stripEmphasis(c));
          header.push_back(inlineText(stripEmphasis(c)));
          auto is = [&](std::initializer_list<std::string_view> names) {
            for (std::string_view name : names)
              if (n == name) return true;
            return false;
          };
          Col col = Other;
          if (!titleSeen && is({"action", "action item", "action items", "item", "task", "description", "title",
                                "summary", "what", "follow up", "followup", "remediation", "todo", "to do"}))
            col = Title, titleSeen = true;
          else if (is({"owner", "owners", "assignee", "assigned to", "who", "responsible", "dri", "team"})) col = Owner;
          else if (is({"due", "due date", "deadline", "target", "target date", "eta", "by when", "when"})) col = Due;
          else if (is({"status", "state", "done"})) col = Status;
          else if (is({"link", "ticket", "issue", "bug", "pr", "url", "jira", "tracking", "reference", "tracker"}))
            col = Link;
          else if (is({"type", "kind", "category", "class"})) col = Kind;
          else if (is({"progress", "percent", "complete"})) col = Progress;
          else if (is({"notes", "note", "comments", "comment", "details"})) col = Notes;
          cols.push_back(col);
        }
        if (!titleSeen) {
          for (Col& c : cols)
            if (c == Other) {
              c = Title;
              break;
            }
        }
        continue;
      }
      ActionItem a = base();
      std::string extra;
      const bool statusColumn = std::find(cols.begin(), cols.end(), Status) != cols.end();
      for (std::size_t i = 0; i < cells.size() && i < cols.size(); ++i) {
        std::string_view cell = cells[i];
        // "Bug 5554823 **TODO**": a status in bold inside another cell (the SRE book's table).
        if (!statusColumn && cell.size() > 4 && cell.substr(cell.size() - 2) == "**") {
          std::size_t open = cell.rfind("**", cell.size() - 3);
          if (open != std::string_view::npos) {
            if (auto s = actionStatusFromText(cell.substr(open + 2, cell.size() - open - 4))) {
              a.status = *s;
              cell = scan::trim(cell.substr(0, open));
            }
          }
        }
        std::string value = inlineText(cell);
        if (value.empty()) continue;
        switch (cols[i]) {
          case Title: a.title = value; break;
          case Owner: a.owner = isNoneRecorded(value) ? "" : value.substr(value.front() == '@' ? 1 : 0); break;
          case Due:
            if (auto due = dueOf(value)) a.due = due;
            else if (!isNoneRecorded(value)) extra += "Due: " + value + "\n";
            break;
          case Status:
            if (auto s = actionStatusFromText(value)) a.status = *s;
            else extra += "Status: " + value + "\n";
            break;
          case Link: a.link = linkOf(cell); break;
          case Kind:
            if (auto k = actionKindFromText(value)) a.kind = *k;
            else extra += header[i] + ": " + value + "\n";
            break;
          case Progress: {
            int count;
            std::size_t p = 0;
            int v = scan::readNumber(value, p, 3, count);
            if (count > 0 && v <= 100) a.progress = v;
            else extra += header[i] + ": " + value + "\n";
            break;
          }
          case Notes: a.notes = value; break;
          case Other: extra += header[i] + ": " + value + "\n"; break;
        }
      }
      if (!extra.empty()) {
        extra.pop_back();
        a.notes += (a.notes.empty() ? "" : "\n") + extra;
      }
      if (a.status == ActionStatus::Done && a.progress == 0 && cols.end() == std::find(cols.begin(), cols.end(), Progress))
        a.progress = 100;
      if (a.status == ActionStatus::Done) a.completed = now;
      if (a.title.empty()) {
        if (a.notes.empty()) continue;
        a.title = a.notes;
        a.notes.clear();
      }
      doc.actions.push_back(std::move(a));
    }
    // Lists and checklists
    std::vector<MarkdownLine> paragraphs;
    std::vector<ListItem> items = readListItems(others, paragraphs);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].depth != 0) continue;
      ActionItem a = base();
      std::string text = inlineText(items[i].text);
      // Trailing "(owner: x, due: 2017-02-10)" style details.
      std::size_t nl = text.find('\n');
      a.title = nl == std::string::npos ? text : text.substr(0, nl);
      if (nl != std::string::npos) a.notes = text.substr(nl + 1);
      if (items[i].checkbox) a.status = items[i].checked ? ActionStatus::Done : ActionStatus::NotStarted;
      for (std::size_t j = i + 1; j < items.size() && items[j].depth > 0; ++j)
        a.notes += (a.notes.empty() ? "" : "\n") + inlineText(items[j].text);
      std::string lowered = a.title;
      for (char& c : lowered) c = scan::lower(c);
      for (std::string_view key : {"owner:", "assignee:", "owner -"}) {
        std::size_t at = lowered.find(key);
        if (at == std::string::npos) continue;
        std::size_t start = at + key.size();
        std::size_t end = a.title.find_first_of(",;)]", start);
        a.owner = std::string(scan::trim(std::string_view(a.title).substr(start, end == std::string::npos ? std::string::npos : end - start)));
        break;
      }
      if (a.owner.empty()) {
        std::size_t at = a.title.find('@');
        if (at != std::string::npos && (at == 0 || a.title[at - 1] == ' ' || a.title[at - 1] == '(')) {
          std::size_t end = at + 1;
          while (end < a.title.size() && (scan::isAlnum(a.title[end]) || a.title[end] == '.' || a.title[end] == '-' || a.title[end] == '_')) ++end;
          if (end > at + 1) a.owner = a.title.substr(at + 1, end - at - 1);
        }
      }
      for (std::string_view key : {"due:", "due ", "by "}) {
        std::size_t at = lowered.find(key);
        if (at == std::string::npos) continue;
        if (auto due = dueOf(std::string_view(a.title).substr(at + key.size()))) {
          a.due = due;
          break;
        }
      }
      std::size_t url = a.title.find("https://");
      if (url == std::string::npos) url = a.title.find("http://");
      if (url != std::string::npos) {
        std::size_t end = a.title.find_first_of(" )>]", url);
        a.link = a.title.substr(url, end == std::string::npos ? std::string::npos : end - url);
      }
      if (a.status == ActionStatus::Done) {
        a.progress = 100;
        a.completed = now;
      }
      if (!a.title.empty() && !isNoneRecorded(a.title)) doc.actions.push_back(std::move(a));
    }
    for (const MarkdownLine& l : paragraphs) rest.push_back(l);
  });
}

}  // namespace hs
