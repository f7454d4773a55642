#include "ui/new_document.h"

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

}  // namespace hs::ui
