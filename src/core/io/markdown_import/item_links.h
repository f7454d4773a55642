// Lines under a why or a factor that say what it holds or is linked to, as
// Hindsight's export writes them ("_Evidence:_ ...", "_Timeline event:_ 14:40 — ...",
// "_Factor:_ ...", "_Action:_ ...") and as people write them by hand (the label in
// any case, bare, bold or italic). Links name their target by its text and are
// resolved once the whole document is read: the factors, actions and timeline
// may come after the 5 Whys.
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

enum class ItemLinkKind { Evidence, Event, Factor, Action };

struct ItemLink {
  ItemLinkKind kind = ItemLinkKind::Evidence;
  std::string value;  // after the label, Markdown escapes undone, <br> as a line break
  std::string line;   // "Label: value", kept where the link leads nowhere
};

// Splits a list item's text (its first line, then its wrapped lines, '\n'-separated)
// into the item's own text, returned, and the lines that are links of the `accepted` kinds.
std::string takeItemLinks(const std::string& itemText, const std::vector<ItemLinkKind>& accepted,
                          std::vector<ItemLink>& links);

struct PendingLink {
  Id from;                  // a why node, or a factor (for links to actions)
  bool fromFactor = false;
  ItemLink link;
};

// Links each pending link to the first element whose text it names (an event by
// "time — text" or its text alone). Evidence becomes the why's notes; a link that
// names nothing stays as its line, in the why's notes or the factor's text.
void resolveItemLinks(PostMortem& doc, const std::vector<PendingLink>& pending);

}  // namespace hs
