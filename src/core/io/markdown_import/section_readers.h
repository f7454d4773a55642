// Readers for the structured sections of a Markdown post-mortem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/io/markdown_import/item_links.h"
#include "core/io/markdown_import/markdown_outline.h"
#include "core/model/postmortem.h"

namespace hs {

// "_None recorded._", "None", "N/A", "TBD", "Unknown": a placeholder, not content.
bool isNoneRecorded(std::string_view text);

// Lines as prose: hard breaks ("  " or "\" at the end) become plain line
// breaks, &lt; &gt; &amp; are undone, "_None recorded._" is empty; blank lines
// at both ends are dropped.
std::string proseOf(const std::vector<MarkdownLine>& lines);

// List items (or paragraphs) as factors; "### Process" sub-headings set the category.
// "Action: ..." lines under a factor go to `links`.
void readFactors(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest,
                 std::vector<PendingLink>& links);
// A nested list as a why tree; a flat list as a chain under its first item (or
// under a problem stated in a paragraph before it). "(root cause)" and a trailing
// "_(Process)_" category mark; evidence and link lines under a why go to `links`.
void readWhys(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest,
              std::vector<PendingLink>& links);
// A table (columns found by name, in any order), a checklist or a plain list.
void readActions(const MarkdownSection& section, TimeMs now, PostMortem& doc, std::vector<MarkdownLine>& rest);

}  // namespace hs
