// Undo/redo: every edit of a document is one Command applied through History.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct Command {
  std::string label;     // "Edit title", shown in the Edit menu
  std::string mergeKey;  // consecutive commands with the same non-empty key merge (typing)
  std::function<void(PostMortem&)> redo;
  std::function<void(PostMortem&)> undo;
};

class History {
 public:
  // Runs cmd.redo and records it; drops the redo stack. Sets doc.updated = now.
  void apply(PostMortem& doc, Command cmd, TimeMs now);
  bool undo(PostMortem& doc, TimeMs now);
  bool redo(PostMortem& doc, TimeMs now);

  bool canUndo() const { return cursor_ > 0; }
  bool canRedo() const { return cursor_ < commands_.size(); }
  const std::string& undoLabel() const;
  const std::string& redoLabel() const;

  // Ends a typing run: the next command never merges into the previous one.
  void breakMerge() { mergeOpen_ = false; }
  void clear();

  // Increments on every apply, undo and redo: autosave compares it to what it saved.
  std::uint64_t revision() const { return revision_; }
  std::size_t size() const { return commands_.size(); }

 private:
  std::vector<Command> commands_;
  std::size_t cursor_ = 0;  // commands_[0..cursor_) are applied
  bool mergeOpen_ = false;
  std::uint64_t revision_ = 0;
  std::size_t limit_ = 500;
};

}  // namespace hs
