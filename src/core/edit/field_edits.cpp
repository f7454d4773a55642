#include "core/edit/field_edits.h"

#include "core/edit/commands.h"

namespace hs {

Command setEventKind(const PostMortem& doc, const Id& eventId, EventKind kind, TimeMs now) {
  return editElement<TimelineEvent>("Change event kind", "", eventId, doc, now,
                                    [kind](TimelineEvent& e) { e.kind = kind; });
}

Command setEventText(const PostMortem& doc, const Id& eventId, std::string text, TimeMs now) {
  return editElement<TimelineEvent>("Edit event text", typingMergeKey("event-text", eventId), eventId, doc, now,
                                    [&text](TimelineEvent& e) { e.text = std::move(text); });
}

Command setEventDecisionPoint(const PostMortem& doc, const Id& eventId, bool decision, TimeMs now) {
  return editElement<TimelineEvent>(decision ? "Mark decision point" : "Unmark decision point", "", eventId,
                                    doc, now, [decision](TimelineEvent& e) { e.decisionPoint = decision; });
}

Command setEventWhyLink(const PostMortem& doc, const Id& eventId, const Id& nodeId, TimeMs now) {
  return editElement<TimelineEvent>(nodeId.empty() ? "Unlink event" : "Link event to why", "", eventId, doc,
                                    now, [&nodeId](TimelineEvent& e) { e.whyNodeId = nodeId; });
}

Command setWhyText(const PostMortem& doc, const Id& nodeId, std::string text, TimeMs now) {
  return editElement<WhyNode>("Edit why", "", nodeId, doc, now, [&text](WhyNode& w) { w.text = std::move(text); });
}

Command setWhyRootCause(const PostMortem& doc, const Id& nodeId, bool rootCause, TimeMs now) {
  return editElement<WhyNode>(rootCause ? "Mark root cause" : "Unmark root cause", "", nodeId, doc, now,
                              [rootCause](WhyNode& w) { w.rootCause = rootCause; });
}

Command setWhyCategory(const PostMortem& doc, const Id& nodeId, std::optional<FactorCategory> category,
                       TimeMs now) {
  return editElement<WhyNode>("Set category", "", nodeId, doc, now,
                              [category](WhyNode& w) { w.category = category; });
}

}  // namespace hs
