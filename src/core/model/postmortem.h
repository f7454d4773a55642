// The post-mortem document: plain data, no behaviour beyond lookups.
// Derived values (durations, metrics, layout) live in core/analysis and core/layout.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/merge_conflict.h"
#include "core/model/types.h"

namespace hs {

// Fields of a newer minor version that this build does not know, kept as the
// raw text of a JSON object ("{}" or empty when none) so a load/save round trip
// preserves them without the model depending on a JSON library.
using UnknownFields = std::string;

struct Impact {
  std::string text;
  std::optional<std::int64_t> usersAffected;
  std::optional<double> revenueLost;  // in the team's currency
  UnknownFields unknown;
};

struct TimelineEvent {
  Id id;
  TimeMs time = 0;
  std::string text;
  EventKind kind = EventKind::Other;
  bool decisionPoint = false;
  Id whyNodeId;  // empty when not linked
  TimeMs updated = 0;
  UnknownFields unknown;
};

struct WhyNode {
  Id id;
  Id parentId;    // empty for the root (the problem statement)
  int order = 0;  // position among siblings, ascending
  std::string text;
  bool rootCause = false;
  std::optional<FactorCategory> category;
  std::string notes;  // evidence
  TimeMs updated = 0;
  UnknownFields unknown;
};

struct Factor {
  Id id;
  FactorCategory category = FactorCategory::Technical;
  std::string text;
  std::vector<Id> whyNodeIds;
  TimeMs updated = 0;
  UnknownFields unknown;
};

struct ActionItem {
  Id id;
  std::string title;
  std::string owner;
  std::optional<TimeMs> due;
  ActionStatus status = ActionStatus::NotStarted;
  ActionKind kind = ActionKind::PreventRecurrence;
  std::string link;  // PR or ticket URL
  std::string notes;
  int progress = 0;  // percent, 0..100
  TimeMs created = 0;
  std::optional<TimeMs> completed;
  std::vector<Id> whyNodeIds;
  std::vector<Id> factorIds;
  TimeMs updated = 0;
  UnknownFields unknown;
};

struct Sections {
  std::string summary;
  std::string detection;  // how it was discovered, could we detect faster
  std::string response;   // what we did, what went well, what was difficult
  std::string rootCause;
  std::string wentWell;
  std::string lessonsLearned;
  UnknownFields unknown;
};

struct PostMortem {
  Id id;
  std::string title;
  TimeMs incidentDate = 0;  // when the incident started (date shown to users)
  Severity severity = Severity::Sev3;
  std::optional<TimeMs> durationOverride;  // set by the user; else derived from the timeline
  Impact impact;
  std::vector<std::string> authors;
  std::vector<std::string> reviewers;
  DocStatus status = DocStatus::Draft;
  std::vector<std::string> tags;
  std::vector<std::string> services;
  std::vector<Trigger> triggers;  // sorted, unique
  TimeMs created = 0;
  TimeMs updated = 0;
  Sections sections;
  std::vector<TimelineEvent> events;  // kept sorted by time (stable for equal times)
  std::vector<WhyNode> whyNodes;
  std::vector<Factor> factors;
  std::vector<ActionItem> actions;
  // Keys of blameless-language hints the team dismissed (see analysis/blameless_hints.h),
  // sorted, unique; a dismissed hint stays hidden wherever the same phrase appears.
  std::vector<std::string> dismissedHints;
  // Content hash of the document as it was last written (core/merge/revision.h) and
  // the revision it was edited from: the app keeps recent revisions as merge bases.
  // Empty when unknown (a file from before revisions, a new document).
  std::string revision;
  std::vector<std::string> editedFrom;  // two revisions for a merge (ours, theirs)
  // Left by a merge until someone resolves them; the fields hold `ours` meanwhile.
  std::vector<MergeConflict> conflicts;
  UnknownFields unknown;

  // Lookups by id; nullptr when absent. Linear: documents are small enough
  // that callers needing speed build their own index.
  TimelineEvent* findEvent(const Id& id);
  WhyNode* findWhyNode(const Id& id);
  Factor* findFactor(const Id& id);
  ActionItem* findAction(const Id& id);
  const TimelineEvent* findEvent(const Id& id) const;
  const WhyNode* findWhyNode(const Id& id) const;
  const Factor* findFactor(const Id& id) const;
  const ActionItem* findAction(const Id& id) const;
  const WhyNode* rootWhyNode() const;  // the node with no parent, if any
};

}  // namespace hs
