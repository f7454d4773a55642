#include "core/merge/document_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>
#include <string_view>
#include <unordered_map>

#include "core/merge/merge_fields.h"
#include "core/merge/merge_value_json.h"
#include "core/merge/sequence_merge.h"
#include "core/merge/text_merge.h"

namespace hs {
namespace {

template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};

template <class T> bool sameElement(const T& a, const T& b) {
  bool same = true;
  MergeFields<T>::each([&](const MergeFieldSpec&, auto member) { same = same && a.*member == b.*member; });
  return same;
}

template <class T> bool sameList(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!sameElement(a[i], b[i])) return false;
  return true;
}

// An element one side deleted: the other side's version, should something still need it.
template <class T> struct Deleted {
  const T* base = nullptr;
  const T* ours = nullptr;  // exactly one of ours/theirs is set
  const T* theirs = nullptr;
};

template <class T> struct ListState {
  std::vector<T>* out = nullptr;
  std::map<Id, Deleted<T>> deleted;
};

template <class T> std::unordered_map<std::string_view, const T*> byId(const std::vector<T>* v) {
  std::unordered_map<std::string_view, const T*> m;
  if (!v) return m;
  m.reserve(v->size());
  for (const T& e : *v) m.emplace(e.id, &e);
  return m;
}

template <class M> auto lookup(const M& m, std::string_view id) -> typename M::mapped_type {
  auto it = m.find(id);
  return it == m.end() ? nullptr : it->second;
}

template <class T> std::vector<Id> idsOf(const std::vector<T>& v) {
  std::vector<Id> ids;
  ids.reserve(v.size());
  for (const T& e : v) ids.push_back(e.id);
  return ids;
}

class Merger {
 public:
  Merger(const PostMortem* base, const PostMortem& ours, const PostMortem& theirs, MergeResult& r)
      : base_(base), ours_(ours), theirs_(theirs), r_(r) {}

  void run() {
    PostMortem& doc = r_.doc;
    doc = ours_;
    const bool theirsNewer = theirs_.updated > ours_.updated;
    const bool oursNewer = ours_.updated > theirs_.updated;
    mergeFields(ConflictElement::Document, Id(), base_, ours_, theirs_, doc, theirsNewer, oursNewer);
    mergeFields(ConflictElement::Impact, Id(), base_ ? &base_->impact : nullptr, ours_.impact, theirs_.impact,
                doc.impact, theirsNewer, oursNewer);
    mergeFields(ConflictElement::Sections, Id(), base_ ? &base_->sections : nullptr, ours_.sections,
                theirs_.sections, doc.sections, theirsNewer, oursNewer);
    // Kept sorted in the model (a side's own order is already sorted).
    std::sort(doc.triggers.begin(), doc.triggers.end());
    std::sort(doc.dismissedHints.begin(), doc.dismissedHints.end());
    mergeList(ConflictElement::Event, &PostMortem::events, events_);
    mergeList(ConflictElement::WhyNode, &PostMortem::whyNodes, nodes_);
    mergeList(ConflictElement::Factor, &PostMortem::factors, factors_);
    mergeList(ConflictElement::Action, &PostMortem::actions, actions_);
    for (int guard = 0; guard < 1000; ++guard) {
      restoreParents();
      if (!untangleTree()) break;
    }
    dropDanglingReferences();
    carryConflicts();
    std::stable_sort(doc.events.begin(), doc.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
  }

 private:
  void change(ConflictElement kind, const Id& id, std::string_view field, MergeChangeKind what, MergeSide from) {
    r_.changes.push_back({kind, id, std::string(field), what, from});
  }

  template <class T, class V>
  void conflict(ConflictElement kind, const Id& id, const MergeFieldSpec& spec, const T* b, const T& o,
                const T& t, V T::*member) {
    MergeConflict c;
    c.element = kind;
    c.id = id;
    c.field = std::string(spec.name);
    if (b) c.base = mergejson::text(mergejson::value(spec.value, b->*member));
    c.ours = mergejson::text(mergejson::value(spec.value, o.*member));
    c.theirs = mergejson::text(mergejson::value(spec.value, t.*member));
    r_.conflicts.push_back(std::move(c));
  }

  // Field by field; `out` starts as a copy of `o`.
  template <class T>
  void mergeFields(ConflictElement kind, const Id& id, const T* b, const T& o, const T& t, T& out,
                   bool theirsNewer, bool oursNewer = false) {
    MergeFields<T>::each([&](const MergeFieldSpec& spec, auto member) {
      using V = std::decay_t<decltype(o.*member)>;
      const V& ov = o.*member;
      const V& tv = t.*member;
      V& result = out.*member;
      if (spec.rule == MergeRule::Identity) return;
      if constexpr (std::is_same_v<V, TimeMs>) {
        if (spec.rule == MergeRule::Stamp) {
          result = std::max(ov, tv);
          return;
        }
      }
      if (ov == tv) return;
      if constexpr (std::is_same_v<V, int>) {
        // Both moved it: the later edit wins; on a tie the smaller key, whichever side is ours.
        if (spec.rule == MergeRule::OrderKey && (!b || (ov != b->*member && tv != b->*member))) {
          result = theirsNewer ? tv : oursNewer ? ov : std::min(ov, tv);
          change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Both);
          return;
        }
      }
      if (b) {
        const V& bv = b->*member;
        if (ov == bv) {
          result = tv;
          change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Theirs);
          return;
        }
        if (tv == bv) {
          change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Ours);
          return;
        }
        if constexpr (std::is_same_v<V, std::string>) {
          if (spec.rule == MergeRule::Text) {
            TextMerge m = mergeText(bv, ov, tv);
            if (!m.conflict) {
              result = std::move(m.text);
              change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Both);
              return;
            }
          }
        }
        if constexpr (IsVector<V>::value) {
          if (spec.rule == MergeRule::Set || spec.rule == MergeRule::ReferenceList) {
            result = mergeSequence(bv, ov, tv);
            change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Both);
            return;
          }
        }
        conflict(kind, id, spec, b, o, t, member);
        return;
      }
      if constexpr (IsVector<V>::value) {
        if (spec.rule == MergeRule::Set || spec.rule == MergeRule::ReferenceList) {
          result = unionSequence(ov, tv);
          change(kind, id, spec.name, MergeChangeKind::Edited, MergeSide::Both);
          return;
        }
      }
      if (theirsNewer) result = tv;
      conflict(kind, id, spec, b, o, t, member);
    });
  }

  template <class T>
  void elementConflict(ConflictElement kind, const Id& id, const T* b, const T* o, const T* t) {
    MergeConflict c;
    c.element = kind;
    c.id = id;
    if (b) c.base = mergejson::element(*b);
    if (o) c.ours = mergejson::element(*o);
    if (t) c.theirs = mergejson::element(*t);
    r_.conflicts.push_back(std::move(c));
  }

  template <class T>
  void mergeList(ConflictElement kind, std::vector<T> PostMortem::*list, ListState<T>& state) {
    const std::vector<T>* bl = base_ ? &(base_->*list) : nullptr;
    const std::vector<T>& ol = ours_.*list;
    const std::vector<T>& tl = theirs_.*list;
    std::vector<T>& out = r_.doc.*list;
    state.out = &out;
    if (bl && sameList(*bl, ol) && sameList(ol, tl)) return;  // untouched (out already holds ours)
    const auto bm = byId(bl), om = byId(&ol), tm = byId(&tl);
    std::unordered_map<Id, T> merged;
    std::set<Id> keep;
    auto visit = [&](const Id& id) {
      if (merged.count(id) || state.deleted.count(id)) return;
      const T* b = lookup(bm, id);
      const T* o = lookup(om, id);
      const T* t = lookup(tm, id);
      if (o && t) {
        T e = *o;
        mergeFields(kind, id, b, *o, *t, e, t->updated > o->updated, o->updated > t->updated);
        merged.emplace(id, std::move(e));
      } else if (o || t) {
        const T* present = o ? o : t;
        const MergeSide side = o ? MergeSide::Ours : MergeSide::Theirs;
        const MergeSide other = o ? MergeSide::Theirs : MergeSide::Ours;
        if (!b) {
          merged.emplace(id, *present);
          change(kind, id, "", MergeChangeKind::Added, side);
        } else if (sameElement(*b, *present)) {
          state.deleted.emplace(id, Deleted<T>{b, o, t});
          change(kind, id, "", MergeChangeKind::Removed, other);
        } else {
          merged.emplace(id, *present);
          keep.insert(id);
          elementConflict(kind, id, b, o, t);
        }
      }
    };
    for (const T& e : ol) visit(e.id);
    for (const T& e : tl) visit(e.id);
    if (bl)
      for (const T& e : *bl)
        if (!om.count(e.id) && !tm.count(e.id) && !state.deleted.count(e.id))
          state.deleted.emplace(e.id, Deleted<T>{&e, nullptr, nullptr});
    const std::vector<Id> order = bl ? mergeSequence(idsOf(*bl), idsOf(ol), idsOf(tl), keep)
                                     : unionSequence(idsOf(ol), idsOf(tl));
    out.clear();
    out.reserve(order.size());
    for (const Id& id : order) {
      auto it = merged.find(id);
      if (it != merged.end()) out.push_back(std::move(it->second));
    }
  }

  template <class T> bool sameList(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!sameElement(a[i], b[i])) return false;
  return true;
}

// An element one side deleted while the other side made something refer to it:
  // it stays, as a deleted-versus-edited conflict.
  template <class T> bool restore(ConflictElement kind, ListState<T>& state, const Id& id) {
    auto it = state.deleted.find(id);
    if (it == state.deleted.end()) return false;
    const Deleted<T> d = it->second;
    state.deleted.erase(it);
    const T* survivor = d.ours ? d.ours : d.theirs;
    if (!survivor) return false;  // deleted by both: nothing refers to it from either side
    state.out->push_back(*survivor);
    elementConflict(kind, id, d.base, d.ours, d.theirs);
    return true;
  }

  // A why node one side deleted while the other hung a child under it stays, as a
  // deleted-versus-edited conflict (dropping the child would lose it).
  void restoreParents() {
    PostMortem& doc = r_.doc;
    std::set<Id> nodes;
    for (const WhyNode& n : doc.whyNodes) nodes.insert(n.id);
    for (std::size_t i = 0; i < doc.whyNodes.size(); ++i) {
      const Id parent = doc.whyNodes[i].parentId;
      if (!parent.empty() && !nodes.count(parent) && restore(ConflictElement::WhyNode, nodes_, parent))
        nodes.insert(parent);
    }
  }

  // Links to elements the other side deleted are dropped with them.
  void dropDanglingReferences() {
    PostMortem& doc = r_.doc;
    std::set<std::string_view> nodes, factors;
    for (const WhyNode& n : doc.whyNodes) nodes.insert(n.id);
    for (const Factor& f : doc.factors) factors.insert(f.id);
    auto prune = [](std::vector<Id>& ids, const std::set<std::string_view>& live) {
      ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const Id& id) { return !live.count(id); }), ids.end());
    };
    for (TimelineEvent& e : doc.events)
      if (!e.whyNodeId.empty() && !nodes.count(e.whyNodeId)) e.whyNodeId.clear();
    for (Factor& f : doc.factors) prune(f.whyNodeIds, nodes);
    for (ActionItem& a : doc.actions) {
      prune(a.whyNodeIds, nodes);
      prune(a.factorIds, factors);
    }
  }

  // Conflicts the copies already carried stay until a side resolves one (it is gone
  // from that side but was in the common version); the new ones follow.
  void carryConflicts() {
    auto has = [](const std::vector<MergeConflict>& v, const MergeConflict& c) {
      return std::find(v.begin(), v.end(), c) != v.end();
    };
    static const std::vector<MergeConflict> none;
    const std::vector<MergeConflict>& base = base_ ? base_->conflicts : none;
    std::vector<MergeConflict> carried;
    for (const MergeConflict& c : ours_.conflicts)
      if (!has(base, c) || has(theirs_.conflicts, c)) carried.push_back(c);
    for (const MergeConflict& c : theirs_.conflicts)
      if (!has(base, c) && !has(carried, c)) carried.push_back(c);
    for (const MergeConflict& c : r_.conflicts)
      if (!has(carried, c)) carried.push_back(c);
    r_.doc.conflicts = std::move(carried);
  }

  // Moves on both sides can close a loop (A puts X under Y, B puts Y under X), and
  // two copies without a common version can bring two roots. Returns whether it
  // changed a parent (new references to check).
  bool untangleTree() {
    auto& nodes = r_.doc.whyNodes;
    if (nodes.empty()) return false;
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < nodes.size(); ++i) index.emplace(nodes[i].id, i);
    const auto bm = byId(base_ ? &base_->whyNodes : nullptr);
    const auto om = byId(&ours_.whyNodes);
    const auto tm = byId(&theirs_.whyNodes);
    auto at = [](const auto& m, std::string_view id) { return lookup(m, id); };
    // The root: ours' root when it is still there, else the first parentless node.
    std::string rootId;
    if (const WhyNode* r = ours_.rootWhyNode(); r && index.count(r->id)) rootId = r->id;
    for (const WhyNode& n : nodes)
      if (rootId.empty() && n.parentId.empty()) rootId = n.id;
    if (rootId.empty()) rootId = nodes.front().id;  // every node in a loop
    bool changed = false;
    auto reparent = [&](WhyNode& n, const Id& parent) {
      MergeConflict c;
      c.element = ConflictElement::WhyNode;
      c.id = n.id;
      c.field = "parent_id";
      auto json = [](const WhyNode* v) { return mergejson::text(mergejson::Json(v ? v->parentId : Id())); };
      if (const WhyNode* b = at(bm, n.id)) c.base = json(b);
      if (const WhyNode* o = at(om, n.id)) c.ours = json(o);
      if (const WhyNode* t = at(tm, n.id)) c.theirs = json(t);
      r_.conflicts.push_back(std::move(c));
      n.parentId = parent;
      changed = true;
    };
    for (WhyNode& n : nodes)
      if ((n.parentId.empty() || !index.count(n.parentId)) && n.id != rootId) reparent(n, rootId);
    if (WhyNode& root = nodes[index[rootId]]; !root.parentId.empty()) {
      root.parentId.clear();
      changed = true;
    }
    // Walk up from every node; a node met twice on one walk closes a loop: its
    // parent goes back to the common version's (or the root when it had none).
    enum : unsigned char { kUnseen, kOnPath, kDone };
    std::vector<unsigned char> state(nodes.size(), kUnseen);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < nodes.size(); ++start) {
      path.clear();
      std::size_t k = start;
      while (state[k] == kUnseen) {
        state[k] = kOnPath;
        path.push_back(k);
        auto p = index.find(nodes[k].parentId);
        if (nodes[k].parentId.empty() || p == index.end()) break;
        k = p->second;
      }
      if (state[k] == kOnPath && !nodes[k].parentId.empty() && index.count(nodes[k].parentId)) {
        const WhyNode* b = at(bm, nodes[k].id);
        Id back = b && b->parentId != nodes[k].parentId ? b->parentId : rootId;
        if (back == nodes[k].id) back = rootId == nodes[k].id ? Id() : rootId;
        reparent(nodes[k], back);
      }
      for (std::size_t i : path) state[i] = kDone;
    }
    return changed;
  }

  const PostMortem* base_;
  const PostMortem& ours_;
  const PostMortem& theirs_;
  MergeResult& r_;
  ListState<TimelineEvent> events_;
  ListState<WhyNode> nodes_;
  ListState<Factor> factors_;
  ListState<ActionItem> actions_;
};

}  // namespace

MergeResult mergePostMortems(const PostMortem& base, const PostMortem& ours, const PostMortem& theirs) {
  MergeResult r;
  Merger(&base, ours, theirs, r).run();
  return r;
}

MergeResult mergePostMortemsTwoWay(const PostMortem& ours, const PostMortem& theirs) {
  MergeResult r;
  Merger(nullptr, ours, theirs, r).run();
  return r;
}

}  // namespace hs
