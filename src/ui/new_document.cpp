#include "ui/new_document.h"

#include <unordered_map>

#include "core/model/ids.h"

namespace hs::ui {
namespace {

using IdMap = std::unordered_map<Id, Id>;

void remap(Id& id, const IdMap& map) {
  auto it = map.find(id);
  if (it != map.end()) id = it->second;
}

void remapAll(std::vector<Id>& ids, const IdMap& map) {
  for (auto& id : ids) remap(id, map);
}

template <class T> void freshIds(std::vector<T>& elements, const char* prefix, IdMap& map) {
  for (auto& element : elements) {
    Id fresh = newId(prefix);
    map[element.id] = fresh;
    element.id = fresh;
  }
}

}  // namespace

PostMortem& createAndOpenNewDocument(AppState& state) {
  PostMortem doc;
  doc.id = newId("pm");
  doc.created = doc.updated = state.now();
  doc.incidentDate = state.now();
  PostMortem& added = state.addDocument(std::move(doc));
  state.open(added.id);
  return added;
}

PostMortem withNewIds(PostMortem doc) {
  doc.id = newId("pm");
  IdMap events, nodes, factors, actions;
  freshIds(doc.events, "ev", events);
  freshIds(doc.whyNodes, "wn", nodes);
  freshIds(doc.factors, "fa", factors);
  freshIds(doc.actions, "ac", actions);
  for (auto& event : doc.events) remap(event.whyNodeId, nodes);
  for (auto& node : doc.whyNodes) remap(node.parentId, nodes);
  for (auto& factor : doc.factors) remapAll(factor.whyNodeIds, nodes);
  for (auto& action : doc.actions) {
    remapAll(action.whyNodeIds, nodes);
    remapAll(action.factorIds, factors);
  }
  return doc;
}

PostMortem* duplicateDocument(AppState& state, const Id& id) {
  const PostMortem* original = state.findDocument(id);
  if (!original) return nullptr;
  PostMortem copy = withNewIds(*original);
  copy.title = (copy.title.empty() ? std::string("Untitled post-mortem") : copy.title) + " (copy)";
  copy.created = copy.updated = state.now();
  if (copy.status == DocStatus::Closed) copy.status = DocStatus::Draft;
  return &state.addDocument(std::move(copy));
}

}  // namespace hs::ui
