#include "platform/native/folder_markdown.h"

#include <algorithm>

#include "core/io/json_writer.h"
#include "core/io/markdown_import.h"
#include "core/io/markdown_import/markdown_outline.h"
#include "core/text/sha256.h"

namespace hs::platform {
namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool mayHoldMarkdownPostMortem(std::string_view fileName) {
  if (fileName.empty() || fileName.front() == '.') return false;
  std::string name = lowered(fileName);
  if (endsWith(name, ".json") || name.find(".tmp-") != std::string::npos) return false;
  std::string stem = name.substr(0, name.find('.'));
  for (std::string_view own : {"readme", "changelog", "license", "licence", "contributing"})
    if (stem == own) return false;
  return true;
}

std::string markdownFileId(std::string_view bytes) { return "pm-md-" + sha256Hex(bytes).substr(0, 16); }

std::optional<std::string> markdownPostMortemJson(std::string_view bytes, TimeMs modified) {
  if (!looksLikeMarkdown(bytes)) return std::nullopt;
  MarkdownOutline outline = outlineMarkdown(bytes);
  if (std::none_of(outline.sections.begin(), outline.sections.end(),
                   [](const MarkdownSection& s) { return s.kind != SectionKind::Unknown; }))
    return std::nullopt;
  MarkdownImportOptions options;
  options.now = modified;
  MarkdownImport imported = importMarkdown(bytes, options);
  imported.doc.id = markdownFileId(bytes);
  return toJson(imported.doc);
}

}  // namespace hs::platform
