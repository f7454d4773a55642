// Keeps the library in the platform's store: loads it at start, autosaves
// edited post-mortems a moment after the last edit and at once when the page hides.
#pragma once

#include <string>

#include "core/edit/save_state.h"
#include "ui/app_state.h"

namespace hs::ui {

class Persistence {
 public:
  explicit Persistence(AppState& state);

  void tick();        // once per frame
  void flushNow();    // page hidden or closing: save whatever is pending
  bool loaded() const { return loaded_; }
  std::string describe() const { return tracker_.describe(state_.now()); }
  bool failing() const { return tracker_.hasError(); }

  // Record bytes for a document, in the store's format.
  std::string encode(const PostMortem& doc) const;

 private:
  void load();
  void saveDirty();

  AppState& state_;
  SaveTracker tracker_;
  std::uint64_t seenCounter_ = 0;
  bool loaded_ = false;
  bool storeBroken_ = false;
};

}  // namespace hs::ui
