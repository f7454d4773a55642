#include "core/edit/why_commands.h"

#include <algorithm>

#include "core/edit/commands.h"
#include "core/model/value_rules.h"

namespace hs {
namespace {

bool anyChildAtMaxOrder(const PostMortem& doc, const Id& parentId) {
  for (const auto& n : doc.whyNodes)
    if (n.parentId == parentId && n.order == kMaxOrder) return true;
  return false;
}

// The order after every child of parentId (at least 0); only when no child is at kMaxOrder.
int nextChildOrder(const PostMortem& doc, const Id& parentId) {
  int next = 0;
  for (const auto& n : doc.whyNodes)
    if (n.parentId == parentId) next = std::max(next, n.order + 1);
  return next;
}

// When the next order would pass kMaxOrder: edits giving the children of parentId
// the orders 0, 1, 2 ... in their present order, skipping `gap` (the place a new
// child takes). Undone with the command they are part of.
std::vector<Command> renumberChildren(const PostMortem& doc, const Id& parentId, TimeMs now,
                                      int gap) {
  std::vector<Command> parts;
  int k = 0;
  for (const WhyNode* n : whyChildrenInOrder(doc, parentId)) {
    if (k == gap) ++k;
    int order = k++;
    if (n->order != order)
      parts.push_back(editElement<WhyNode>("", "", n->id, doc, now, [order](WhyNode& w) { w.order = order; }));
  }
  return parts;
}

int childCount(const PostMortem& doc, const Id& parentId) {
  int count = 0;
  for (const auto& n : doc.whyNodes) count += n.parentId == parentId;
  return count;
}

}  // namespace

std::vector<const WhyNode*> whyChildrenInOrder(const PostMortem& doc, const Id& parentId) {
  std::vector<const WhyNode*> out;
  for (const auto& n : doc.whyNodes)
    if (n.parentId == parentId) out.push_back(&n);
  std::stable_sort(out.begin(), out.end(),
                   [](const WhyNode* a, const WhyNode* b) { return a->order < b->order; });
  return out;
}

bool isWhyAncestorOrSelf(const PostMortem& doc, const Id& ancestorId, const Id& nodeId) {
  Id current = nodeId;
  // A walk longer than the node count means the parents form a cycle.
  for (std::size_t steps = 0; !current.empty() && steps <= doc.whyNodes.size(); ++steps) {
    if (current == ancestorId) return true;
    const WhyNode* node = doc.findWhyNode(current);
    if (!node) return false;
    current = node->parentId;
  }
  return false;
}

Command addWhyRoot(const PostMortem&, Id newId, std::string text, TimeMs now) {
  WhyNode node;
  node.id = std::move(newId);
  node.text = std::move(text);
  return addElement<WhyNode>("Add problem statement", node, now);
}

Command addWhyChild(const PostMortem& doc, const Id& parentId, Id newId, std::string text,
                    TimeMs now) {
  WhyNode node;
  node.id = std::move(newId);
  node.parentId = parentId;
  node.text = std::move(text);
  if (!anyChildAtMaxOrder(doc, parentId)) {
    node.order = nextChildOrder(doc, parentId);
    return addElement<WhyNode>("Add why", node, now);
  }
  node.order = childCount(doc, parentId);
  std::vector<Command> parts = renumberChildren(doc, parentId, now, node.order);
  parts.push_back(addElement<WhyNode>("", node, now));
  return batch("Add why", std::move(parts));
}

std::optional<Command> addWhySibling(const PostMortem& doc, const Id& siblingId, Id newId,
                                     std::string text, TimeMs now) {
  const WhyNode* sibling = doc.findWhyNode(siblingId);
  if (!sibling || sibling->parentId.empty()) return std::nullopt;
  std::vector<Command> parts;
  WhyNode node;
  node.id = std::move(newId);
  node.parentId = sibling->parentId;
  if (!anyChildAtMaxOrder(doc, sibling->parentId)) {
    // Make room right after the sibling: later siblings move one place along.
    for (const WhyNode* n : whyChildrenInOrder(doc, sibling->parentId))
      if (n->id != siblingId && n->order > sibling->order)
        parts.push_back(editElement<WhyNode>("", "", n->id, doc, now,
                                             [](WhyNode& w) { ++w.order; }));
    node.order = sibling->order + 1;
  } else {
    auto siblings = whyChildrenInOrder(doc, sibling->parentId);
    int at = static_cast<int>(std::find(siblings.begin(), siblings.end(), sibling) - siblings.begin());
    node.order = at + 1;
    parts = renumberChildren(doc, sibling->parentId, now, node.order);
  }
  node.text = std::move(text);
  // Inserted right after the sibling in the document too, so equal orders
  // (older files) still resolve to "just after".
  auto index = (sibling - doc.whyNodes.data()) + 1;
  parts.push_back(addElement<WhyNode>("", node, now, index));
  return batch("Add branch", std::move(parts));
}

std::optional<Command> reparentWhyNode(const PostMortem& doc, const Id& nodeId,
                                       const Id& newParentId, TimeMs now,
                                       WhyMoveRefusal* refusal) {
  auto refuse = [&](const char* message) -> std::optional<Command> {
    if (refusal) refusal->message = message;
    return std::nullopt;
  };
  const WhyNode* node = doc.findWhyNode(nodeId);
  const WhyNode* parent = doc.findWhyNode(newParentId);
  if (!node || !parent) return refuse("That node no longer exists.");
  if (nodeId == newParentId) return refuse("A why cannot be moved onto itself.");
  if (isWhyAncestorOrSelf(doc, nodeId, newParentId))
    return refuse("A why cannot be moved under its own answer: that would make a loop.");
  if (node->parentId == newParentId) return refuse("It is already there.");
  if (refusal) refusal->message.clear();
  std::vector<Command> parts;
  int order = 0;
  if (!anyChildAtMaxOrder(doc, newParentId)) {
    order = nextChildOrder(doc, newParentId);
  } else {
    order = childCount(doc, newParentId);
    parts = renumberChildren(doc, newParentId, now, order);
  }
  Command move = editElement<WhyNode>("Move why", "", nodeId, doc, now, [&](WhyNode& w) {
    w.parentId = newParentId;
    w.order = order;
  });
  if (parts.empty()) return move;
  parts.push_back(std::move(move));
  return batch("Move why", std::move(parts));
}

std::optional<Command> reorderWhySibling(const PostMortem& doc, const Id& nodeId, int delta,
                                         TimeMs now) {
  const WhyNode* node = doc.findWhyNode(nodeId);
  if (!node || delta == 0) return std::nullopt;
  auto siblings = whyChildrenInOrder(doc, node->parentId);
  auto it = std::find(siblings.begin(), siblings.end(), node);
  std::ptrdiff_t from = it - siblings.begin();
  std::ptrdiff_t to = from + delta;
  if (to < 0 || to >= static_cast<std::ptrdiff_t>(siblings.size())) return std::nullopt;
  std::vector<Id> ids;
  for (const WhyNode* s : siblings) ids.push_back(s->id);
  Id moving = ids[from];
  ids.erase(ids.begin() + from);
  ids.insert(ids.begin() + to, moving);
  std::vector<Command> parts;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const WhyNode* s = doc.findWhyNode(ids[k]);
    if (s->order == static_cast<int>(k)) continue;
    int order = static_cast<int>(k);
    parts.push_back(editElement<WhyNode>("", "", s->id, doc, now,
                                         [order](WhyNode& w) { w.order = order; }));
  }
  return batch("Reorder whys", std::move(parts));
}

Command createActionFromWhyNode(const PostMortem& doc, const Id& nodeId, Id actionId,
                                TimeMs now) {
  const WhyNode* node = doc.findWhyNode(nodeId);
  ActionItem action;
  action.id = std::move(actionId);
  std::string text = node ? node->text : std::string();
  action.title = text.empty() ? "Address this cause" : "Address: " + text;
  action.kind = ActionKind::PreventRecurrence;
  action.created = now;
  action.whyNodeIds.push_back(nodeId);
  return addElement<ActionItem>("Create action from why", action, now);
}

Command toggleEventWhyLink(const PostMortem& doc, const Id& eventId, const Id& nodeId, TimeMs now) {
  const TimelineEvent* event = doc.findEvent(eventId);
  bool linked = event && event->whyNodeId == nodeId;
  return editElement<TimelineEvent>(linked ? "Unlink event" : "Link event", "", eventId, doc, now,
                                    [&](TimelineEvent& e) { e.whyNodeId = linked ? Id() : nodeId; });
}

Command toggleFactorWhyLink(const PostMortem& doc, const Id& factorId, const Id& nodeId,
                            TimeMs now) {
  const Factor* factor = doc.findFactor(factorId);
  bool linked = factor && std::find(factor->whyNodeIds.begin(), factor->whyNodeIds.end(),
                                    nodeId) != factor->whyNodeIds.end();
  return editElement<Factor>(linked ? "Unlink factor" : "Link factor", "", factorId, doc, now,
                             [&](Factor& f) {
                               auto& ids = f.whyNodeIds;
                               if (linked) ids.erase(std::remove(ids.begin(), ids.end(), nodeId), ids.end());
                               else ids.push_back(nodeId);
                             });
}

}  // namespace hs
