// How each field of each object of a post-mortem merges, by JSON name.
// TODO(fmt tables): replace by the per-element-kind format tables once they land.
#pragma once

#include "core/model/postmortem.h"

namespace hs {

enum class MergeRule {
  Identity,  // the id: what elements are matched by
  Scalar,    // one value: a change of one side is taken; different changes conflict
  Text,      // long text: merged line by line / word by word (text_merge.h)
  Set,       // list of unique values: merged as a set, deletions honoured
  ReferenceList,  // ids of other elements: as Set, then ids of elements no longer there are dropped
  OrderKey,  // position among siblings: never a conflict, the later-updated side wins
  Stamp,     // `updated`: the later of the two
};

// How a value is written as JSON (the C++ type alone cannot say: a time and a count
// are both int64).
enum class MergeValue { String, Reference, Time, Integer, Amount, Boolean, Enum, List, RawObject };

struct MergeFieldSpec {
  const char* name;
  MergeRule rule;
  MergeValue value;
};

// fn(spec, memberPointer) for every field of T, in the order of the format.
template <class T> struct MergeFields;

template <> struct MergeFields<TimelineEvent> {
  template <class Fn> static void each(Fn&& fn) {
    using E = TimelineEvent;
    fn(MergeFieldSpec{"id", MergeRule::Identity, MergeValue::String}, &E::id);
    fn(MergeFieldSpec{"time", MergeRule::Scalar, MergeValue::Time}, &E::time);
    fn(MergeFieldSpec{"kind", MergeRule::Scalar, MergeValue::Enum}, &E::kind);
    fn(MergeFieldSpec{"text", MergeRule::Text, MergeValue::String}, &E::text);
    fn(MergeFieldSpec{"decision_point", MergeRule::Scalar, MergeValue::Boolean}, &E::decisionPoint);
    fn(MergeFieldSpec{"why_node_id", MergeRule::Scalar, MergeValue::Reference}, &E::whyNodeId);
    fn(MergeFieldSpec{"updated", MergeRule::Stamp, MergeValue::Time}, &E::updated);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &E::unknown);
  }
};

template <> struct MergeFields<WhyNode> {
  template <class Fn> static void each(Fn&& fn) {
    using N = WhyNode;
    fn(MergeFieldSpec{"id", MergeRule::Identity, MergeValue::String}, &N::id);
    fn(MergeFieldSpec{"parent_id", MergeRule::Scalar, MergeValue::Reference}, &N::parentId);
    fn(MergeFieldSpec{"order", MergeRule::OrderKey, MergeValue::Integer}, &N::order);
    fn(MergeFieldSpec{"text", MergeRule::Scalar, MergeValue::String}, &N::text);
    fn(MergeFieldSpec{"root_cause", MergeRule::Scalar, MergeValue::Boolean}, &N::rootCause);
    fn(MergeFieldSpec{"category", MergeRule::Scalar, MergeValue::Enum}, &N::category);
    fn(MergeFieldSpec{"notes", MergeRule::Text, MergeValue::String}, &N::notes);
    fn(MergeFieldSpec{"updated", MergeRule::Stamp, MergeValue::Time}, &N::updated);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &N::unknown);
  }
};

template <> struct MergeFields<Factor> {
  template <class Fn> static void each(Fn&& fn) {
    using F = Factor;
    fn(MergeFieldSpec{"id", MergeRule::Identity, MergeValue::String}, &F::id);
    fn(MergeFieldSpec{"category", MergeRule::Scalar, MergeValue::Enum}, &F::category);
    fn(MergeFieldSpec{"text", MergeRule::Scalar, MergeValue::String}, &F::text);
    fn(MergeFieldSpec{"why_node_ids", MergeRule::ReferenceList, MergeValue::List}, &F::whyNodeIds);
    fn(MergeFieldSpec{"updated", MergeRule::Stamp, MergeValue::Time}, &F::updated);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &F::unknown);
  }
};

template <> struct MergeFields<ActionItem> {
  template <class Fn> static void each(Fn&& fn) {
    using A = ActionItem;
    fn(MergeFieldSpec{"id", MergeRule::Identity, MergeValue::String}, &A::id);
    fn(MergeFieldSpec{"title", MergeRule::Scalar, MergeValue::String}, &A::title);
    fn(MergeFieldSpec{"owner", MergeRule::Scalar, MergeValue::String}, &A::owner);
    fn(MergeFieldSpec{"due", MergeRule::Scalar, MergeValue::Time}, &A::due);
    fn(MergeFieldSpec{"status", MergeRule::Scalar, MergeValue::Enum}, &A::status);
    fn(MergeFieldSpec{"kind", MergeRule::Scalar, MergeValue::Enum}, &A::kind);
    fn(MergeFieldSpec{"link", MergeRule::Scalar, MergeValue::String}, &A::link);
    fn(MergeFieldSpec{"notes", MergeRule::Text, MergeValue::String}, &A::notes);
    fn(MergeFieldSpec{"progress", MergeRule::Scalar, MergeValue::Integer}, &A::progress);
    fn(MergeFieldSpec{"created", MergeRule::Scalar, MergeValue::Time}, &A::created);
    fn(MergeFieldSpec{"completed", MergeRule::Scalar, MergeValue::Time}, &A::completed);
    fn(MergeFieldSpec{"why_node_ids", MergeRule::ReferenceList, MergeValue::List}, &A::whyNodeIds);
    fn(MergeFieldSpec{"factor_ids", MergeRule::ReferenceList, MergeValue::List}, &A::factorIds);
    fn(MergeFieldSpec{"updated", MergeRule::Stamp, MergeValue::Time}, &A::updated);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &A::unknown);
  }
};

template <> struct MergeFields<Impact> {
  template <class Fn> static void each(Fn&& fn) {
    fn(MergeFieldSpec{"text", MergeRule::Text, MergeValue::String}, &Impact::text);
    fn(MergeFieldSpec{"users_affected", MergeRule::Scalar, MergeValue::Integer}, &Impact::usersAffected);
    fn(MergeFieldSpec{"revenue_lost", MergeRule::Scalar, MergeValue::Amount}, &Impact::revenueLost);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &Impact::unknown);
  }
};

template <> struct MergeFields<Sections> {
  template <class Fn> static void each(Fn&& fn) {
    using S = Sections;
    fn(MergeFieldSpec{"summary", MergeRule::Text, MergeValue::String}, &S::summary);
    fn(MergeFieldSpec{"detection", MergeRule::Text, MergeValue::String}, &S::detection);
    fn(MergeFieldSpec{"response", MergeRule::Text, MergeValue::String}, &S::response);
    fn(MergeFieldSpec{"root_cause", MergeRule::Text, MergeValue::String}, &S::rootCause);
    fn(MergeFieldSpec{"went_well", MergeRule::Text, MergeValue::String}, &S::wentWell);
    fn(MergeFieldSpec{"lessons_learned", MergeRule::Text, MergeValue::String}, &S::lessonsLearned);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &S::unknown);
  }
};

// The document's own fields (impact, sections and the element lists merge apart).
template <> struct MergeFields<PostMortem> {
  template <class Fn> static void each(Fn&& fn) {
    using P = PostMortem;
    fn(MergeFieldSpec{"id", MergeRule::Identity, MergeValue::String}, &P::id);
    fn(MergeFieldSpec{"title", MergeRule::Scalar, MergeValue::String}, &P::title);
    fn(MergeFieldSpec{"incident_date", MergeRule::Scalar, MergeValue::Time}, &P::incidentDate);
    fn(MergeFieldSpec{"severity", MergeRule::Scalar, MergeValue::Enum}, &P::severity);
    fn(MergeFieldSpec{"duration_ms", MergeRule::Scalar, MergeValue::Integer}, &P::durationOverride);
    fn(MergeFieldSpec{"authors", MergeRule::Set, MergeValue::List}, &P::authors);
    fn(MergeFieldSpec{"reviewers", MergeRule::Set, MergeValue::List}, &P::reviewers);
    fn(MergeFieldSpec{"status", MergeRule::Scalar, MergeValue::Enum}, &P::status);
    fn(MergeFieldSpec{"tags", MergeRule::Set, MergeValue::List}, &P::tags);
    fn(MergeFieldSpec{"services", MergeRule::Set, MergeValue::List}, &P::services);
    fn(MergeFieldSpec{"triggers", MergeRule::Set, MergeValue::List}, &P::triggers);
    fn(MergeFieldSpec{"created", MergeRule::Scalar, MergeValue::Time}, &P::created);
    fn(MergeFieldSpec{"updated", MergeRule::Stamp, MergeValue::Time}, &P::updated);
    fn(MergeFieldSpec{"dismissed_hints", MergeRule::Set, MergeValue::List}, &P::dismissedHints);
    fn(MergeFieldSpec{"unknown", MergeRule::Scalar, MergeValue::RawObject}, &P::unknown);
  }
};

}  // namespace hs
