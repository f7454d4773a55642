#include "core/library/unsaved_changes.h"

#include <algorithm>

namespace hs {

void UnsavedChanges::edited(const Id& id, TimeMs now) {
  ++counter_;
  dirty_[id] = counter_;
  lastEdit_ = now;
}

void UnsavedChanges::removed(const Id& id, TimeMs now) {
  dirty_.erase(id);
  removals_.push_back(id);
  ++counter_;
  lastEdit_ = now;
}

void UnsavedChanges::replaced(const Id& id) { replaced_.push_back(id); }

std::vector<Id> UnsavedChanges::takeRemovals() {
  std::vector<Id> taken = std::move(removals_);
  removals_.clear();
  return taken;
}

void UnsavedChanges::stored(const Id& id, std::uint64_t counter) {
  auto it = dirty_.find(id);
  if (it != dirty_.end() && it->second <= counter) dirty_.erase(it);
}

bool UnsavedChanges::takeReplaced(const Id& id) {
  auto it = std::remove(replaced_.begin(), replaced_.end(), id);
  bool was = it != replaced_.end();
  replaced_.erase(it, replaced_.end());
  return was;
}

}  // namespace hs
