#include "core/merge/conflict_resolution.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <type_traits>

#include "core/merge/merge_fields.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

using Json = nlohmann::json;

template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVec : std::false_type {};
template <class T> struct IsVec<std::vector<T>> : std::true_type {};

// The inverse of merge_value_json.h: a JSON value into a member; false when it does not fit.
template <class V> bool fromJson(MergeValue kind, const Json& j, V& out) {
  if constexpr (std::is_same_v<V, std::string>) {
    if (kind == MergeValue::RawObject) {
      if (!j.is_object()) return false;
      out = j.empty() ? std::string() : j.dump();
      return true;
    }
    if (!j.is_string()) return false;
    out = j.get<std::string>();
    return true;
  } else if constexpr (std::is_same_v<V, bool>) {
    if (!j.is_boolean()) return false;
    out = j.get<bool>();
    return true;
  } else if constexpr (std::is_same_v<V, double>) {
    if (!j.is_number()) return false;
    out = j.get<double>();
    return true;
  } else if constexpr (std::is_enum_v<V>) {
    if (!j.is_string()) return false;
    auto parsed = parseWire<V>(j.get<std::string>());
    if (!parsed) return false;
    out = *parsed;
    return true;
  } else if constexpr (std::is_integral_v<V>) {
    if (kind == MergeValue::Time) {
      if (!j.is_string()) return false;
      auto t = parseRfc3339(j.get<std::string>());
      if (!t) return false;
      out = *t;
      return true;
    }
    if (!j.is_number_integer()) return false;
    out = j.get<V>();
    return true;
  } else if constexpr (IsOptional<V>::value) {
    if (j.is_null()) {
      out.reset();
      return true;
    }
    typename V::value_type inner{};
    if (!fromJson(kind, j, inner)) return false;
    out = inner;
    return true;
  } else if constexpr (IsVec<V>::value) {
    if (!j.is_array()) return false;
    V items;
    for (const Json& x : j) {
      typename V::value_type item{};
      if (!fromJson(MergeValue::String, x, item)) return false;
      items.push_back(std::move(item));
    }
    out = std::move(items);
    return true;
  } else {
    return false;
  }
}

template <class T> bool fieldFromJson(T& target, const std::string& field, const Json& j, bool* isText) {
  bool found = false, ok = false;
  MergeFields<T>::each([&](const MergeFieldSpec& spec, auto member) {
    if (found || field != spec.name) return;
    found = true;
    using V = std::decay_t<decltype(target.*member)>;
    if (isText) *isText = std::is_same_v<V, std::string> && spec.value == MergeValue::String;
    ok = fromJson(spec.value, j, target.*member);
  });
  return found && ok;
}

template <class T> bool elementFromJson(const Json& j, T& out) {
  if (!j.is_object()) return false;
  bool ok = true;
  MergeFields<T>::each([&](const MergeFieldSpec& spec, auto member) {
    if (spec.value == MergeValue::RawObject) return;
    auto it = j.find(std::string(spec.name));
    if (it != j.end() && !fromJson(spec.value, *it, out.*member)) ok = false;
  });
  return ok;
}

template <class T> T* findIn(std::vector<T>& v, const Id& id) {
  for (T& e : v)
    if (e.id == id) return &e;
  return nullptr;
}

// The whole element (deleted on one side, edited on the other): mine or theirs' version.
template <class T>
bool resolveElement(std::vector<T>& list, const MergeConflict& c, ConflictChoice choice, std::string* why) {
  if (choice == ConflictChoice::Edited) {
    if (why) *why = "a deleted element has no text to edit: keep it or delete it";
    return false;
  }
  const std::optional<std::string>& wanted = choice == ConflictChoice::TakeTheirs ? c.theirs : c.ours;
  if (!wanted) {
    list.erase(std::remove_if(list.begin(), list.end(), [&](const T& e) { return e.id == c.id; }), list.end());
    return true;
  }
  T* element = findIn(list, c.id);
  T value = element ? *element : T{};
  Json j = Json::parse(*wanted, nullptr, false);
  if (!elementFromJson(j, value)) {
    if (why) *why = "the kept version of " + c.id + " cannot be read";
    return false;
  }
  value.id = c.id;
  if (element) *element = std::move(value);
  else list.push_back(std::move(value));
  return true;
}

void dropDanglingLinks(PostMortem& doc) {
  auto has = [](const auto& v, const Id& id) {
    return std::any_of(v.begin(), v.end(), [&](const auto& e) { return e.id == id; });
  };
  for (TimelineEvent& e : doc.events)
    if (!e.whyNodeId.empty() && !has(doc.whyNodes, e.whyNodeId)) e.whyNodeId.clear();
  auto prune = [&](std::vector<Id>& ids, const auto& live) {
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const Id& id) { return !has(live, id); }), ids.end());
  };
  for (Factor& f : doc.factors) prune(f.whyNodeIds, doc.whyNodes);
  for (ActionItem& a : doc.actions) {
    prune(a.whyNodeIds, doc.whyNodes);
    prune(a.factorIds, doc.factors);
  }
  // Children of a node that is gone go with it (as deleting it in the tree does).
  for (bool again = true; again;) {
    again = false;
    for (std::size_t i = 0; i < doc.whyNodes.size(); ++i)
      if (!doc.whyNodes[i].parentId.empty() && !has(doc.whyNodes, doc.whyNodes[i].parentId)) {
        doc.whyNodes.erase(doc.whyNodes.begin() + static_cast<std::ptrdiff_t>(i));
        again = true;
        break;
      }
  }
}

bool treeIsSound(const PostMortem& doc) {
  int roots = 0;
  for (const WhyNode& n : doc.whyNodes) {
    if (n.parentId.empty()) ++roots;
    // Walk up at most n steps: longer means a loop.
    const WhyNode* at = &n;
    for (std::size_t steps = 0; at && !at->parentId.empty(); ++steps) {
      if (steps > doc.whyNodes.size()) return false;
      at = doc.findWhyNode(at->parentId);
    }
  }
  return doc.whyNodes.empty() || roots == 1;
}

}  // namespace

bool resolveConflict(PostMortem& doc, const MergeConflict& c, ConflictChoice choice, const std::string& edited,
                     std::string* why) {
  PostMortem work = doc;
  auto done = [&](bool ok) {
    if (!ok) return false;
    work.conflicts.erase(std::remove(work.conflicts.begin(), work.conflicts.end(), c), work.conflicts.end());
    dropDanglingLinks(work);
    if (!treeIsSound(work)) {
      if (why) *why = "that choice would leave the 5-whys tree without a single root or with a loop";
      return false;
    }
    std::stable_sort(work.events.begin(), work.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
    doc = std::move(work);
    return true;
  };
  if (choice == ConflictChoice::KeepMine && !c.field.empty()) return done(true);

  auto setField = [&](auto& target) {
    bool isText = false;
    if (choice == ConflictChoice::Edited) {
      if (!fieldFromJson(target, c.field, Json(edited), &isText) || !isText) {
        if (why) *why = "only a text can be edited; pick mine or theirs for " + c.field;
        return false;
      }
      return true;
    }
    Json j = c.theirs ? Json::parse(*c.theirs, nullptr, false) : Json();
    if (j.is_discarded() || !fieldFromJson(target, c.field, j, &isText)) {
      if (why) *why = "theirs' value of " + c.field + " cannot be read";
      return false;
    }
    return true;
  };
  auto element = [&](auto& list) -> bool {
    if (c.field.empty()) return resolveElement(list, c, choice, why);
    auto* e = findIn(list, c.id);
    if (!e) {
      if (why) *why = c.id + " is no longer in the post-mortem";
      return false;
    }
    return setField(*e);
  };
  switch (c.element) {
    case ConflictElement::Document: return done(setField(work));
    case ConflictElement::Impact: return done(setField(work.impact));
    case ConflictElement::Sections: return done(setField(work.sections));
    case ConflictElement::Event: return done(element(work.events));
    case ConflictElement::WhyNode: return done(element(work.whyNodes));
    case ConflictElement::Factor: return done(element(work.factors));
    case ConflictElement::Action: return done(element(work.actions));
  }
  return false;
}

}  // namespace hs
