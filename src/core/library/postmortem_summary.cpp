#include "core/library/postmortem_summary.h"

#include <algorithm>

#include "core/analysis/durations.h"
#include "core/library/search_text.h"

namespace hs {

TimeMs lastEditOf(const PostMortem& doc) {
  TimeMs t = doc.updated;
  for (const auto& e : doc.events) t = std::max(t, e.updated);
  for (const auto& n : doc.whyNodes) t = std::max(t, n.updated);
  for (const auto& f : doc.factors) t = std::max(t, f.updated);
  for (const auto& a : doc.actions) t = std::max(t, a.updated);
  return t;
}

namespace {

ActionItem actionSummary(const ActionItem& a) {
  ActionItem s;
  s.id = a.id;
  s.title = a.title;
  s.owner = a.owner;
  s.due = a.due;
  s.status = a.status;
  s.kind = a.kind;
  s.progress = a.progress;
  s.created = a.created;
  s.completed = a.completed;
  s.updated = a.updated;
  return s;
}

}  // namespace

PostMortemSummary summarize(const PostMortem& doc, SummaryOptions options) {
  PostMortemSummary s;
  s.id = doc.id;
  s.title = doc.title;
  s.incidentDate = doc.incidentDate;
  s.created = doc.created;
  s.updated = doc.updated;
  s.lastEdit = lastEditOf(doc);
  s.severity = doc.severity;
  s.status = doc.status;
  s.services = doc.services;
  s.tags = doc.tags;
  s.authors = doc.authors;
  s.reviewers = doc.reviewers;
  s.actions.reserve(doc.actions.size());
  for (const ActionItem& a : doc.actions) s.actions.push_back(actionSummary(a));
  IncidentDurations d = deriveDurations(doc);
  s.timeToDetect = d.timeToDetect;
  s.timeToResolve = d.timeToResolve;
  s.duration = d.duration;
  for (const Factor& f : doc.factors) {
    auto i = static_cast<std::size_t>(f.category);
    if (i < s.factorsByCategory.size()) ++s.factorsByCategory[i];
  }
  if (options.searchText) s.searchText = searchTextOf(doc);
  return s;
}

std::vector<PostMortemSummary> summarizeAll(const std::vector<PostMortem>& library, SummaryOptions options) {
  std::vector<PostMortemSummary> out;
  out.reserve(library.size());
  for (const PostMortem& doc : library) out.push_back(summarize(doc, options));
  return out;
}

}  // namespace hs
