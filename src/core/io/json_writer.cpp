#include "core/io/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

#include "core/io/conflicts_json.h"
#include "core/io/format_version.h"
#include "core/io/json_text_writer.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

// One object being written: remembers its keys so that unknown fields never
// repeat a key the object already has.
class ObjectOut {
 public:
  explicit ObjectOut(JsonTextWriter& w) : w_(w) { w_.beginObject(); }
  void end() { w_.endObject(); }
  void forgetLastKey() { n_ = n_ > 0 ? n_ - 1 : 0; }

  JsonTextWriter& key(const char* name) {
    if (n_ < kMaxKeys) keys_[n_++] = name;
    w_.key(name);
    return w_;
  }
  void string(const char* name, const std::string& v) { key(name).string(v); }
  void optionalString(const char* name, const std::string& v) {
    if (!v.empty()) string(name, v);
  }
  void wire(const char* name, std::string_view v) { key(name).rawString(v); }
  void time(const char* name, TimeMs t) { key(name).rawString(formatRfc3339(t)); }
  void optionalTime(const char* name, const std::optional<TimeMs>& t) {
    if (t) time(name, *t);
  }
  void flag(const char* name, bool v) {
    if (v) key(name).out() += "true";
  }
  void list(const char* name, const std::vector<std::string>& values) {
    if (values.empty()) return;
    key(name).beginArray();
    for (const auto& v : values) {
      w_.element();
      w_.string(v);
    }
    w_.endArray();
  }

  // The unknown fields (raw JSON object text) after the known keys, sorted by key.
  // Keys the object already has win: a known field is never overwritten by a stale copy.
  void unknown(const UnknownFields& raw) {
    if (raw.empty() || raw == "{}") return;
    using Ordered = nlohmann::ordered_json;
    Ordered extra = Ordered::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (!extra.is_object()) return;
    std::vector<std::pair<std::string, const Ordered*>> items;
    for (auto it = extra.begin(); it != extra.end(); ++it) items.emplace_back(it.key(), &it.value());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, value] : items) {
      if (std::find(keys_, keys_ + n_, std::string_view(name)) != keys_ + n_) continue;
      w_.escapedKey(name);
      w_.dumped(value->dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }

 private:
  static constexpr int kMaxKeys = 32;
  JsonTextWriter& w_;
  std::string_view keys_[kMaxKeys];
  int n_ = 0;
};

void writeEvent(JsonTextWriter& w, const TimelineEvent& e) {
  ObjectOut o(w);
  o.string("id", e.id);
  o.time("time", e.time);
  o.wire("kind", wireName(e.kind));
  o.string("text", e.text);
  o.flag("decision_point", e.decisionPoint);
  o.optionalString("why_node_id", e.whyNodeId);
  o.time("updated", e.updated);
  o.unknown(e.unknown);
  o.end();
}

void writeWhyNode(JsonTextWriter& w, const WhyNode& n) {
  ObjectOut o(w);
  o.string("id", n.id);
  o.optionalString("parent_id", n.parentId);
  o.key("order").integer(n.order);
  o.string("text", n.text);
  o.flag("root_cause", n.rootCause);
  if (n.category) o.wire("category", wireName(*n.category));
  o.optionalString("notes", n.notes);
  o.time("updated", n.updated);
  o.unknown(n.unknown);
  o.end();
}

void writeFactor(JsonTextWriter& w, const Factor& f) {
  ObjectOut o(w);
  o.string("id", f.id);
  o.wire("category", wireName(f.category));
  o.string("text", f.text);
  o.list("why_node_ids", f.whyNodeIds);
  o.time("updated", f.updated);
  o.unknown(f.unknown);
  o.end();
}

void writeAction(JsonTextWriter& w, const ActionItem& a) {
  ObjectOut o(w);
  o.string("id", a.id);
  o.string("title", a.title);
  o.optionalString("owner", a.owner);
  o.optionalTime("due", a.due);
  o.wire("status", wireName(a.status));
  o.wire("kind", wireName(a.kind));
  o.optionalString("link", a.link);
  o.optionalString("notes", a.notes);
  o.key("progress").integer(a.progress);
  o.time("created", a.created);
  o.optionalTime("completed", a.completed);
  o.list("why_node_ids", a.whyNodeIds);
  o.list("factor_ids", a.factorIds);
  o.time("updated", a.updated);
  o.unknown(a.unknown);
  o.end();
}

template <class T, class Fn>
void writeElements(ObjectOut& doc, JsonTextWriter& w, const char* key, const std::vector<T>& items,
                   Fn writeOne) {
  if (items.empty()) return;
  doc.key(key).beginArray();
  for (const auto& item : items) {
    w.element();
    writeOne(w, item);
  }
  w.endArray();
}

// A member whose object may come out empty: then it is left out altogether.
template <class Fn>
void optionalObject(ObjectOut& parent, JsonTextWriter& w, const char* key, Fn writeMembers) {
  const std::size_t mark = w.out().size();
  parent.key(key);
  ObjectOut o(w);
  writeMembers(o);
  const bool empty = w.count() == 0;
  o.end();
  if (empty) {
    w.rollback(mark);
    parent.forgetLastKey();
  }
}

std::size_t estimatedSize(const PostMortem& doc) {
  return 4096 + 256 * (doc.events.size() + doc.whyNodes.size()) +
         512 * (doc.factors.size() + doc.actions.size());
}

}  // namespace

std::string toJson(const PostMortem& doc) {
  std::string out;
  out.reserve(estimatedSize(doc));
  JsonTextWriter w(out);
  ObjectOut o(w);
  o.wire("format", kFormatTag);
  o.key("version").integer(kFormatVersion);
  o.string("id", doc.id);
  o.string("title", doc.title);
  o.time("incident_date", doc.incidentDate);
  o.wire("severity", wireName(doc.severity));
  if (doc.durationOverride) o.key("duration_ms").integer(*doc.durationOverride);
  optionalObject(o, w, "impact", [&](ObjectOut& impact) {
    impact.optionalString("text", doc.impact.text);
    if (doc.impact.usersAffected) impact.key("users_affected").integer(*doc.impact.usersAffected);
    if (doc.impact.revenueLost) impact.key("revenue_lost").out() += nlohmann::json(*doc.impact.revenueLost).dump();
    impact.unknown(doc.impact.unknown);
  });
  o.list("authors", doc.authors);
  o.list("reviewers", doc.reviewers);
  o.wire("status", wireName(doc.status));
  o.list("tags", doc.tags);
  o.list("services", doc.services);
  if (!doc.triggers.empty()) {
    o.key("triggers").beginArray();
    for (Trigger t : doc.triggers) {
      w.element();
      w.rawString(wireName(t));
    }
    w.endArray();
  }
  o.time("created", doc.created);
  o.time("updated", doc.updated);
  optionalObject(o, w, "sections", [&](ObjectOut& s) {
    s.optionalString("summary", doc.sections.summary);
    s.optionalString("detection", doc.sections.detection);
    s.optionalString("response", doc.sections.response);
    s.optionalString("root_cause", doc.sections.rootCause);
    s.optionalString("went_well", doc.sections.wentWell);
    s.optionalString("lessons_learned", doc.sections.lessonsLearned);
    s.unknown(doc.sections.unknown);
  });
  writeElements(o, w, "events", doc.events, writeEvent);
  writeElements(o, w, "why_nodes", doc.whyNodes, writeWhyNode);
  writeElements(o, w, "factors", doc.factors, writeFactor);
  writeElements(o, w, "actions", doc.actions, writeAction);
  o.list("dismissed_hints", doc.dismissedHints);
  if (!doc.conflicts.empty()) writeConflicts(o.key("conflicts"), doc.conflicts);
  o.optionalString("revision", doc.revision);
  o.list("edited_from", doc.editedFrom);
  o.unknown(doc.unknown);
  o.end();
  out += '\n';
  return out;
}

}  // namespace hs
