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

void AppState::open(const Id& id, DocTab newTab) {
  if (!findDocument(id)) return;
  endTypingRun();
  openId_ = id;
  tab = newTab;
  screen = Screen::Document;
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
  dirty_.erase(id);
  pendingRemovals_.push_back(id);
  ++editCounter_;
  lastEdit_ = now();
}

void AppState::markDirty(const Id& id) {
  ++editCounter_;
  dirty_[id] = editCounter_;
  lastEdit_ = now();
}

}  // namespace hs::ui
