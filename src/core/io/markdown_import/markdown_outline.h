// A Markdown document cut into its title and sections. A heading whose name is
// a known post-mortem section (section_kinds.h) starts a section at any level;
// another heading deeper than its section's stays inside it as a line (the
// timeline's "### 2017-01-31"), and one at the same level or above starts an
// unknown section, kept as written. Fenced code is never cut.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/markdown_import/section_kinds.h"

namespace hs {

struct MarkdownLine {
  int number = 0;          // 1-based line in the document
  std::string_view text;   // without the line break
};

struct MarkdownSection {
  SectionKind kind = SectionKind::Unknown;
  std::string heading;     // as written, without the #s
  int level = 2;
  int line = 0;
  std::vector<MarkdownLine> lines;
};

struct MarkdownOutline {
  std::string title;
  int titleLine = 0;
  std::vector<MarkdownLine> preamble;  // between the title and the first section
  std::vector<MarkdownSection> sections;
};

MarkdownOutline outlineMarkdown(std::string_view text);

// "## Timeline" -> level 2, "Timeline"; 0 when the line is not an ATX heading.
int headingLevel(std::string_view line, std::string_view& name);

}  // namespace hs
