#include "core/edit/commands.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

namespace hs {

void sortEvents(PostMortem& doc) {
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
}

void detail::afterElementChange(PostMortem& doc, const TimelineEvent*) { sortEvents(doc); }

Command batch(std::string label, std::vector<Command> parts) {
  Command cmd;
  cmd.label = std::move(label);
  auto shared = std::make_shared<std::vector<Command>>(std::move(parts));
  cmd.redo = [shared](PostMortem& d) {
    for (auto& part : *shared) part.redo(d);
  };
  cmd.undo = [shared](PostMortem& d) {
    for (auto it = shared->rbegin(); it != shared->rend(); ++it) it->undo(d);
  };
  return cmd;
}

namespace {

// Commands that drop `ids` from the id lists of factors and actions and clear
// event links to them. Each changed element is stamped `now` like any edit (merges
// and autosave rely on it); undo restores the old element, stamp included.
void unlinkWhyNodes(const std::unordered_set<Id>& ids, const PostMortem& doc, TimeMs now,
                    std::vector<Command>& out) {
  auto mentions = [&](const std::vector<Id>& list) {
    return std::any_of(list.begin(), list.end(), [&](const Id& x) { return ids.count(x) > 0; });
  };
  auto prune = [&](std::vector<Id>& list) {
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Id& x) { return ids.count(x) > 0; }),
               list.end());
  };
  for (const auto& e : doc.events)
    if (ids.count(e.whyNodeId)) {
      TimelineEvent copy = e;
      copy.whyNodeId.clear();
      out.push_back(replaceElement<TimelineEvent>("", "", copy, doc, now));
    }
  for (const auto& f : doc.factors)
    if (mentions(f.whyNodeIds)) {
      Factor copy = f;
      prune(copy.whyNodeIds);
      out.push_back(replaceElement<Factor>("", "", copy, doc, now));
    }
  for (const auto& a : doc.actions)
    if (mentions(a.whyNodeIds)) {
      ActionItem copy = a;
      prune(copy.whyNodeIds);
      out.push_back(replaceElement<ActionItem>("", "", copy, doc, now));
    }
}

}  // namespace

Command removeWhyNodeSubtree(const Id& rootId, const PostMortem& doc, TimeMs now) {
  std::unordered_set<Id> doomed{rootId};
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& n : doc.whyNodes)
      if (!n.parentId.empty() && doomed.count(n.parentId) && !doomed.count(n.id)) {
        doomed.insert(n.id);
        grew = true;
      }
  }
  std::vector<Command> parts;
  unlinkWhyNodes(doomed, doc, now, parts);
  // Remove in reverse document order so each undo re-inserts at its old index.
  for (auto it = doc.whyNodes.rbegin(); it != doc.whyNodes.rend(); ++it)
    if (doomed.count(it->id)) parts.push_back(removeElement<WhyNode>("", it->id, doc));
  return batch(doomed.size() > 1 ? "Delete branch" : "Delete why", std::move(parts));
}

Command removeEventWithLinks(const Id& id, const PostMortem& doc) {
  std::vector<Command> parts{removeElement<TimelineEvent>("", id, doc)};
  return batch("Delete event", std::move(parts));
}

Command removeFactorWithLinks(const Id& id, const PostMortem& doc, TimeMs now) {
  std::vector<Command> parts;
  for (const auto& a : doc.actions)
    if (std::find(a.factorIds.begin(), a.factorIds.end(), id) != a.factorIds.end()) {
      ActionItem copy = a;
      copy.factorIds.erase(std::remove(copy.factorIds.begin(), copy.factorIds.end(), id),
                           copy.factorIds.end());
      parts.push_back(replaceElement<ActionItem>("", "", copy, doc, now));
    }
  parts.push_back(removeElement<Factor>("", id, doc));
  return batch("Delete factor", std::move(parts));
}

Command removeActionItem(const Id& id, const PostMortem& doc) {
  std::vector<Command> parts{removeElement<ActionItem>("", id, doc)};
  return batch("Delete action", std::move(parts));
}

}  // namespace hs
