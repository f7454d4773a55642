// Connects core's autosave protocol (core/library/autosave.h) to the platform:
// the writer claim, the flush when the page hides, and what the browser says
// about the storage.
#pragma once

#include <string>
#include <vector>

#include "core/library/autosave.h"
#include "ui/app_state.h"

namespace hs::ui {

class Persistence {
 public:
  using Role = Autosave::Role;
  using UnreadableRecord = Autosave::UnreadableRecord;

  explicit Persistence(AppState& state);

  void tick();
  void retryNow() { autosave_.retryNow(); }
  bool loaded() const { return autosave_.loaded(); }
  Role role() const { return autosave_.role(); }
  SaveStatus status() const { return autosave_.status(); }
  std::string problem() const { return autosave_.problem(); }
  // The other tab/window holding the store has gone: reloading makes this one the writer.
  bool writerGone() const;
  bool hasUnsavedEdits() const { return autosave_.hasUnsavedEdits(); }
  const std::vector<UnreadableRecord>& unreadable() const { return autosave_.unreadable(); }
  void dismissUnreadable(std::size_t index) { autosave_.dismissUnreadable(index); }
  // "Storage: persistent · 1.2 MB used", "Storage: may be cleared by the browser · …"; "" when unknown.
  std::string storageText() const;

 private:
  AppState& state_;
  Autosave autosave_;
};

}  // namespace hs::ui
