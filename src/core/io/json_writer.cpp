#include "core/io/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

#include "core/io/format_version.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

using Ordered = nlohmann::ordered_json;

void putString(Ordered& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void putTime(Ordered& j, const char* key, TimeMs t) { j[key] = formatRfc3339(t); }

void putOptionalTime(Ordered& j, const char* key, const std::optional<TimeMs>& t) {
  if (t) putTime(j, key, *t);
}

void putList(Ordered& j, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  Ordered list = Ordered::array();
  for (const auto& v : values) list.push_back(v);
  j[key] = std::move(list);
}

void putFlag(Ordered& j, const char* key, bool value) {
  if (value) j[key] = true;
}

// Appends the unknown fields (raw JSON object text) after the known keys, sorted by key.
// Keys the object already has win: a known field is never overwritten by a stale copy.
void putUnknown(Ordered& j, const UnknownFields& unknown) {
  if (unknown.empty() || unknown == "{}") return;
  Ordered extra = Ordered::parse(unknown, nullptr, /*allow_exceptions=*/false);
  if (!extra.is_object()) return;
  std::vector<std::pair<std::string, Ordered*>> items;
  for (auto it = extra.begin(); it != extra.end(); ++it) items.emplace_back(it.key(), &it.value());
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, value] : items)
    if (!j.contains(key)) j[key] = std::move(*value);
}

Ordered eventJson(const TimelineEvent& e) {
  Ordered j = Ordered::object();
  j["id"] = e.id;
  putTime(j, "time", e.time);
  j["kind"] = std::string(wireName(e.kind));
  j["text"] = e.text;
  putFlag(j, "decision_point", e.decisionPoint);
  putString(j, "why_node_id", e.whyNodeId);
  putTime(j, "updated", e.updated);
  putUnknown(j, e.unknown);
  return j;
}

Ordered whyNodeJson(const WhyNode& n) {
  Ordered j = Ordered::object();
  j["id"] = n.id;
  putString(j, "parent_id", n.parentId);
  j["order"] = n.order;
  j["text"] = n.text;
  putFlag(j, "root_cause", n.rootCause);
  if (n.category) j["category"] = std::string(wireName(*n.category));
  putString(j, "notes", n.notes);
  putTime(j, "updated", n.updated);
  putUnknown(j, n.unknown);
  return j;
}

Ordered factorJson(const Factor& f) {
  Ordered j = Ordered::object();
  j["id"] = f.id;
  j["category"] = std::string(wireName(f.category));
  j["text"] = f.text;
  putList(j, "why_node_ids", f.whyNodeIds);
  putTime(j, "updated", f.updated);
  putUnknown(j, f.unknown);
  return j;
}

Ordered actionJson(const ActionItem& a) {
  Ordered j = Ordered::object();
  j["id"] = a.id;
  j["title"] = a.title;
  putString(j, "owner", a.owner);
  putOptionalTime(j, "due", a.due);
  j["status"] = std::string(wireName(a.status));
  j["kind"] = std::string(wireName(a.kind));
  putString(j, "link", a.link);
  putString(j, "notes", a.notes);
  j["progress"] = a.progress;
  putTime(j, "created", a.created);
  putOptionalTime(j, "completed", a.completed);
  putList(j, "why_node_ids", a.whyNodeIds);
  putList(j, "factor_ids", a.factorIds);
  putTime(j, "updated", a.updated);
  putUnknown(j, a.unknown);
  return j;
}

template <class T, class Fn>
void putElements(Ordered& j, const char* key, const std::vector<T>& items, Fn toJsonFn) {
  if (items.empty()) return;
  Ordered list = Ordered::array();
  list.get_ref<Ordered::array_t&>().reserve(items.size());
  for (const auto& item : items) list.push_back(toJsonFn(item));
  j[key] = std::move(list);
}

Ordered impactJson(const Impact& impact) {
  Ordered j = Ordered::object();
  putString(j, "text", impact.text);
  if (impact.usersAffected) j["users_affected"] = *impact.usersAffected;
  if (impact.revenueLost) j["revenue_lost"] = *impact.revenueLost;
  putUnknown(j, impact.unknown);
  return j;
}

Ordered sectionsJson(const Sections& s) {
  Ordered j = Ordered::object();
  putString(j, "summary", s.summary);
  putString(j, "detection", s.detection);
  putString(j, "response", s.response);
  putString(j, "root_cause", s.rootCause);
  putString(j, "went_well", s.wentWell);
  putString(j, "lessons_learned", s.lessonsLearned);
  putUnknown(j, s.unknown);
  return j;
}

}  // namespace

std::string toJson(const PostMortem& doc) {
  Ordered j = Ordered::object();
  j["format"] = kFormatTag;
  j["version"] = kFormatVersion;
  j["id"] = doc.id;
  j["title"] = doc.title;
  putTime(j, "incident_date", doc.incidentDate);
  j["severity"] = std::string(wireName(doc.severity));
  if (doc.durationOverride) j["duration_ms"] = *doc.durationOverride;
  if (Ordered impact = impactJson(doc.impact); !impact.empty()) j["impact"] = std::move(impact);
  putList(j, "authors", doc.authors);
  putList(j, "reviewers", doc.reviewers);
  j["status"] = std::string(wireName(doc.status));
  putList(j, "tags", doc.tags);
  putList(j, "services", doc.services);
  if (!doc.triggers.empty()) {
    Ordered list = Ordered::array();
    for (Trigger t : doc.triggers) list.push_back(std::string(wireName(t)));
    j["triggers"] = std::move(list);
  }
  putTime(j, "created", doc.created);
  putTime(j, "updated", doc.updated);
  if (Ordered sections = sectionsJson(doc.sections); !sections.empty())
    j["sections"] = std::move(sections);
  putElements(j, "events", doc.events, eventJson);
  putElements(j, "why_nodes", doc.whyNodes, whyNodeJson);
  putElements(j, "factors", doc.factors, factorJson);
  putElements(j, "actions", doc.actions, actionJson);
  putList(j, "dismissed_hints", doc.dismissedHints);
  putUnknown(j, doc.unknown);
  std::string out = j.dump(2, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace hs
