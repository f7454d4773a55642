#include "core/io/markdown_import/markdown_outline.h"

#include "core/io/markdown_unescape.h"
#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

bool isFence(std::string_view line) {
  std::string_view t = scan::trim(line);
  return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

// "Title\n=====" and "Name\n-----" (setext headings).
int setextLevel(std::string_view underline) {
  std::string_view t = scan::trim(underline);
  if (t.size() < 3) return 0;
  char c = t.front();
  if (c != '=' && c != '-') return 0;
  for (char ch : t)
    if (ch != c) return 0;
  return c == '=' ? 1 : 2;
}

bool isParagraphText(std::string_view line) {
  std::string_view t = scan::trim(line);
  if (t.empty()) return false;
  char c = t.front();
  return c != '-' && c != '*' && c != '+' && c != '|' && c != '#' && c != '>' && !(line.size() > 0 && line[0] == ' ');
}

}  // namespace

int headingLevel(std::string_view line, std::string_view& name) {
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ' && indent < 4) ++indent;
  if (indent > 3) return 0;
  std::size_t p = indent;
  while (p < line.size() && line[p] == '#') ++p;
  int level = static_cast<int>(p - indent);
  if (level < 1 || level > 6) return 0;
  if (p < line.size() && line[p] != ' ' && line[p] != '\t') return 0;
  std::string_view t = scan::trim(line.substr(p));
  while (!t.empty() && t.back() == '#') t.remove_suffix(1);
  name = scan::trim(t);
  return level;
}

MarkdownOutline outlineMarkdown(std::string_view text) {
  std::vector<MarkdownLine> lines;
  int number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view raw = text.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    lines.push_back({++number, raw});
    if (nl == std::string_view::npos) break;
    pos = end + 1;
  }

  MarkdownOutline out;
  MarkdownSection* current = nullptr;
  bool inFence = false;
  auto addLine = [&](const MarkdownLine& l) {
    if (current) current->lines.push_back(l);
    else out.preamble.push_back(l);
  };
  auto heading = [&](int level, std::string_view name, int line) {
    name = stripEmphasis(name);
    if (level == 1 && out.title.empty() && !current) {
      out.title = markdownUnescape(name);
      out.titleLine = line;
      return;
    }
    SectionKind kind = sectionKindOf(name);
    // A timeline's sub-headings are its days and phases ("### Recovery"), not new sections.
    const bool inside = current && level > current->level &&
                        (kind == SectionKind::Unknown || current->kind == SectionKind::Timeline);
    if (inside) {
      return addLine({line, {}});  // placeholder replaced by the caller
    }
    MarkdownSection& s = out.sections.emplace_back();
    s.kind = kind;
    s.heading = markdownUnescape(name);
    s.level = level;
    s.line = line;
    current = &s;
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const MarkdownLine& l = lines[i];
    if (isFence(l.text)) inFence = !inFence;
    std::string_view name;
    int level = inFence ? 0 : headingLevel(l.text, name);
    if (level == 0 && !inFence && i + 1 < lines.size() && isParagraphText(l.text) &&
        setextLevel(lines[i + 1].text) > 0 &&
        (setextLevel(lines[i + 1].text) == 1 || l.text.find(':') == std::string_view::npos)) {
      level = setextLevel(lines[i + 1].text);
      name = scan::trim(l.text);
      ++i;
    }
    if (level == 0) {
      addLine(l);
      continue;
    }
    std::size_t before = current ? current->lines.size() : out.preamble.size();
    MarkdownSection* was = current;
    heading(level, name, l.number);
    // A sub-heading kept inside its section keeps its own line text.
    if (current == was) {
      std::vector<MarkdownLine>& into = current ? current->lines : out.preamble;
      if (into.size() > before) into.back().text = l.text;
    }
  }
  return out;
}

}  // namespace hs
