// Undo/redo: every edit of a document is one Command applied through History.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// The merge key of typing in one field of one element: "<field>:<element id>",
// e.g. "event-text:ev-9f86d081884c7d65". Keys of different fields or elements differ.
std::string typingMergeKey(std::string_view field, std::string_view elementId);

struct Command {
  std::string label;     // "Edit title", shown in the Edit menu
  std::string mergeKey;  // consecutive commands with the same non-empty key merge (typing)
  std::function<void(PostMortem&)> redo;
  std::function<void(PostMortem&)> undo;
  // Replaces the whole document (an imported file): its elements then carry stamps
  // from elsewhere, both ways, so autosave must rewrite it whole.
  bool replacesDocument = false;
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
  // The last apply, undo or redo ran a command that replaces the whole document.
  bool lastStepReplacedDocument() const { return lastReplaced_; }

 private:
  std::vector<Command> commands_;
  std::size_t cursor_ = 0;  // commands_[0..cursor_) are applied
  bool mergeOpen_ = false;
  std::uint64_t revision_ = 0;
  bool lastReplaced_ = false;
  std::size_t limit_ = 500;
};

}  // namespace hs
