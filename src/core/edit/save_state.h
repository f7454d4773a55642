// When to autosave and what the save indicator says. Pure logic, no clock of its
// own: callers pass `now` (ms) and the edit counter of the documents.
#pragma once

#include <cstdint>
#include <string>

#include "core/model/types.h"

namespace hs {

// What the save indicator shows: its text and how it is coloured.
struct SaveStatus {
  enum class Kind { Fine, Pending, Failed };  // saved or nothing to save / saving or waiting / not saved
  Kind kind = Kind::Fine;
  std::string text;
};

class SaveTracker {
 public:
  static constexpr TimeMs kQuietPeriod = 1000;  // save this long after the last edit

  // An edit happened (counter increases with every edit).
  void edited(std::uint64_t counter, TimeMs now);
  // True when there are unsaved edits, nothing is in flight and the user paused
  // typing for kQuietPeriod (or `force`, e.g. the page is being hidden).
  bool shouldSave(TimeMs now, bool force = false) const;
  // A save of everything up to `counter` started / finished.
  void started(std::uint64_t counter);
  void succeeded(TimeMs now);
  void failed(std::string reason);

  bool hasUnsavedEdits() const { return lastEdit_ > saved_; }
  bool inFlight() const { return inFlight_; }
  bool hasError() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  // "Saved · 3 s ago", "Saving…", "Not saved: <reason>" (" · retrying…" while a
  // retry runs), "Unsaved changes", "No changes".
  SaveStatus status(TimeMs now) const;
  std::string describe(TimeMs now) const { return status(now).text; }

 private:
  std::uint64_t lastEdit_ = 0;
  std::uint64_t saved_ = 0;
  std::uint64_t saving_ = 0;
  TimeMs lastEditTime_ = 0;
  TimeMs savedAt_ = -1;
  bool inFlight_ = false;
  std::string error_;
};

}  // namespace hs
