#include "core/edit/document_copy.h"

#include <unordered_map>

#include "core/model/ids.h"

namespace hs {
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

}  // namespace hs
