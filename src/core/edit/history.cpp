#include "core/edit/history.h"

namespace hs {

std::string typingMergeKey(std::string_view field, std::string_view elementId) {
  std::string key(field);
  key.append(":").append(elementId);
  return key;
}

void History::apply(PostMortem& doc, Command cmd, TimeMs now) {
  cmd.redo(doc);
  lastReplaced_ = cmd.replacesDocument;
  doc.updated = now;
  ++revision_;
  commands_.resize(cursor_);
  bool merges = mergeOpen_ && !cmd.mergeKey.empty() && !commands_.empty() &&
                commands_.back().mergeKey == cmd.mergeKey;
  if (merges) {
    commands_.back().redo = std::move(cmd.redo);  // keep the oldest undo of the run
  } else {
    commands_.push_back(std::move(cmd));
    if (commands_.size() > limit_) commands_.erase(commands_.begin());
  }
  cursor_ = commands_.size();
  mergeOpen_ = true;
}

bool History::undo(PostMortem& doc, TimeMs now) {
  if (!canUndo()) return false;
  commands_[--cursor_].undo(doc);
  lastReplaced_ = commands_[cursor_].replacesDocument;
  doc.updated = now;
  ++revision_;
  mergeOpen_ = false;
  return true;
}

bool History::redo(PostMortem& doc, TimeMs now) {
  if (!canRedo()) return false;
  commands_[cursor_++].redo(doc);
  lastReplaced_ = commands_[cursor_ - 1].replacesDocument;
  doc.updated = now;
  ++revision_;
  mergeOpen_ = false;
  return true;
}

const std::string& History::undoLabel() const {
  static const std::string kNone;
  return canUndo() ? commands_[cursor_ - 1].label : kNone;
}

const std::string& History::redoLabel() const {
  static const std::string kNone;
  return canRedo() ? commands_[cursor_].label : kNone;
}

void History::clear() {
  commands_.clear();
  cursor_ = 0;
  mergeOpen_ = false;
}

}  // namespace hs
