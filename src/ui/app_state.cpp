#include "ui/app_state.h"

#include <algorithm>

namespace hs::ui {

PostMortem* AppState::findDocument(const Id& id) {
  for (auto& doc : library_)
    if (doc.id == id) return &doc;
  return nullptr;
}

PostMortem* AppState::openDocument() { return openId_.empty() ? nullptr : findDocument(openId_); }

const PostMortem* AppState::openDocument() const {
  return const_cast<AppState*>(this)->openDocument();
}

History* AppState::openHistory() { return openId_.empty() ? nullptr : &histories_[openId_]; }

void AppState::open(const Id& id, std::optional<DocTab> newTab) {
  if (!findDocument(id)) return;
  endTypingRun();
  openId_ = id;
  if (newTab) ui_.of<DocumentTab>(id).tab = *newTab;
  screen = Screen::Document;
}

DocTab AppState::tab() { return openId_.empty() ? DocTab::Overview : ui_.of<DocumentTab>(openId_).tab; }

void AppState::showTab(DocTab newTab) {
  if (!openId_.empty()) ui_.of<DocumentTab>(openId_).tab = newTab;
}

void AppState::closeDocument() {
  endTypingRun();
  openId_.clear();
  screen = Screen::Library;
}

void AppState::apply(Command command) {
  if (!openId_.empty()) applyTo(openId_, std::move(command));
}

void AppState::applyTo(const Id& docId, Command command) {
  PostMortem* doc = findDocument(docId);
  if (!doc) return;
  histories_[docId].apply(*doc, std::move(command), now());
  markDirty(docId);
}

void AppState::undo() {
  PostMortem* doc = openDocument();
  if (doc && histories_[openId_].undo(*doc, now())) markDirty(openId_);
}

void AppState::redo() {
  PostMortem* doc = openDocument();
  if (doc && histories_[openId_].redo(*doc, now())) markDirty(openId_);
}

void AppState::endTypingRun() {
  if (!openId_.empty()) histories_[openId_].breakMerge();
}

PostMortem& AppState::addDocument(PostMortem doc) {
  Id id = doc.id;
  library_.push_back(std::move(doc));
  markDirty(id);
  return library_.back();
}

void AppState::eraseDocument(const Id& id) {
  if (openId_ == id) closeDocument();
  library_.erase(std::remove_if(library_.begin(), library_.end(),
                                [&](const PostMortem& d) { return d.id == id; }),
                 library_.end());
  histories_.erase(id);
  ui_.forget(id);
  unsaved_.removed(id, now());
}

void AppState::replaceDocument(PostMortem incoming, std::string label) {
  PostMortem* current = findDocument(incoming.id);
  if (!current) {
    addDocument(std::move(incoming));
    return;
  }
  Command cmd;
  cmd.label = std::move(label);
  cmd.replacesDocument = true;
  cmd.redo = [incoming](PostMortem& d) { d = incoming; };
  cmd.undo = [old = *current](PostMortem& d) { d = old; };
  applyTo(incoming.id, std::move(cmd));
}

void AppState::markDirty(const Id& id) {
  unsaved_.edited(id, now());
  auto history = histories_.find(id);
  if (history != histories_.end() && history->second.lastStepReplacedDocument()) unsaved_.replaced(id);
}

}  // namespace hs::ui
