// Which post-mortems of the library in memory differ from what the store holds:
// the app records edits, removals and wholesale replacements here, autosave takes
// them when it writes and gives back what it could not write.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/model/types.h"

namespace hs {

class UnsavedChanges {
 public:
  // `id` was edited or added.
  void edited(const Id& id, TimeMs now);
  // `id` left the library: the store must remove it.
  void removed(const Id& id, TimeMs now);
  // `id` was replaced wholesale (an imported file, or the undo of that): its
  // elements carry stamps from elsewhere, so its next write rewrites it whole.
  void replaced(const Id& id);

  // Increases with every edit or removal.
  std::uint64_t counter() const { return counter_; }
  TimeMs lastEditTime() const { return lastEdit_; }
  // Documents edited since they were last stored: id -> counter at their last edit.
  const std::unordered_map<Id, std::uint64_t>& dirty() const { return dirty_; }

  // --- for autosave ---
  // The removals to write now (each once).
  std::vector<Id> takeRemovals();
  // A removal that failed: tried again in the next round.
  void removalFailed(const Id& id) { removals_.push_back(id); }
  // The store now holds `id` as of `counter`: clean unless edited since.
  void stored(const Id& id, std::uint64_t counter);
  // True (once) when `id` was replaced since its last write.
  bool takeReplaced(const Id& id);

 private:
  std::unordered_map<Id, std::uint64_t> dirty_;
  std::vector<Id> removals_;
  std::vector<Id> replaced_;
  std::uint64_t counter_ = 0;
  TimeMs lastEdit_ = 0;
};

}  // namespace hs
