#include "ui/new_document.h"

#include "core/edit/document_copy.h"
#include "core/model/ids.h"

namespace hs::ui {

PostMortem& createAndOpenNewDocument(AppState& state) {
  PostMortem doc;
  doc.id = newId("pm");
  doc.created = doc.updated = state.now();
  doc.incidentDate = state.now();
  PostMortem& added = state.addDocument(std::move(doc));
  state.open(added.id);
  return added;
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
