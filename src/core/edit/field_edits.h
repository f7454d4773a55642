// Named edits of single fields of timeline events and why-nodes, as the views
// offer them. Each returns one undoable Command that stamps the element.
#pragma once

#include <optional>
#include <string>

#include "core/edit/history.h"
#include "core/model/postmortem.h"

namespace hs {

Command setEventKind(const PostMortem& doc, const Id& eventId, EventKind kind, TimeMs now);
// Typing in one event's text merges into one undo step (merge key "event-text:<id>").
Command setEventText(const PostMortem& doc, const Id& eventId, std::string text, TimeMs now);
Command setEventDecisionPoint(const PostMortem& doc, const Id& eventId, bool decision, TimeMs now);
// Points the event at `nodeId`; an empty id removes the link ("Unlink event").
Command setEventWhyLink(const PostMortem& doc, const Id& eventId, const Id& nodeId, TimeMs now);

Command setWhyText(const PostMortem& doc, const Id& nodeId, std::string text, TimeMs now);
Command setWhyRootCause(const PostMortem& doc, const Id& nodeId, bool rootCause, TimeMs now);
Command setWhyCategory(const PostMortem& doc, const Id& nodeId, std::optional<FactorCategory> category,
                       TimeMs now);

}  // namespace hs
