// Edits of the 5-whys tree that keep its shape valid: adding children and
// siblings in the right order, moving a node under another parent (refusing
// cycles), reordering siblings, and the links that tie a node to actions,
// timeline events and contributing factors. Each returns one undoable Command.
#pragma once

#include <optional>
#include <string>

#include "core/edit/history.h"
#include "core/model/postmortem.h"

namespace hs {

// True when `ancestorId` is `nodeId` or one of its ancestors (walks parent
// links; stops safely on a cycle or a missing parent).
bool isWhyAncestorOrSelf(const PostMortem& doc, const Id& ancestorId, const Id& nodeId);

// The root of a new tree: the problem statement.
Command addWhyRoot(const PostMortem& doc, Id newId, std::string text, TimeMs now);

// A new last child of `parentId` ("why did this happen?").
Command addWhyChild(const PostMortem& doc, const Id& parentId, Id newId, std::string text,
                    TimeMs now);

// A new sibling right after `siblingId` (another branch under the same parent);
// later siblings move one place along. Refused (nullopt) for the root.
std::optional<Command> addWhySibling(const PostMortem& doc, const Id& siblingId, Id newId,
                                     std::string text, TimeMs now);

// Why a move was refused, in words for the user; empty when it was accepted.
struct WhyMoveRefusal {
  std::string message;
};

// Moves `nodeId` (with its subtree) to be the last child of `newParentId`.
// Refused when the new parent is the node itself or one of its descendants
// (a cycle), when either id is unknown, or when it already is the parent.
std::optional<Command> reparentWhyNode(const PostMortem& doc, const Id& nodeId,
                                       const Id& newParentId, TimeMs now,
                                       WhyMoveRefusal* refusal = nullptr);

// Moves `nodeId` `delta` places among its siblings (-1 = earlier, +1 = later);
// the siblings are renumbered 0..k-1. nullopt when it cannot move that way.
std::optional<Command> reorderWhySibling(const PostMortem& doc, const Id& nodeId, int delta,
                                         TimeMs now);

// A new action item titled after the node, linked to it (ActionItem.whyNodeIds);
// the node shows it through that link.
Command createActionFromWhyNode(const PostMortem& doc, const Id& nodeId, Id actionId,
                                TimeMs now);

// Links the event to the node (an event points at one node at most); when it
// already points at this node the link is removed instead.
Command toggleEventWhyLink(const PostMortem& doc, const Id& eventId, const Id& nodeId, TimeMs now);

// Adds the node to the factor's whyNodeIds, or removes it when present.
Command toggleFactorWhyLink(const PostMortem& doc, const Id& factorId, const Id& nodeId,
                            TimeMs now);

// Sibling order of children of `parentId` (empty = roots), by (order, document index).
std::vector<const WhyNode*> whyChildrenInOrder(const PostMortem& doc, const Id& parentId);

}  // namespace hs
