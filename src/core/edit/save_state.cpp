#include "core/edit/save_state.h"

namespace hs {

void SaveTracker::edited(std::uint64_t counter, TimeMs now) {
  if (counter > lastEdit_) lastEdit_ = counter;
  lastEditTime_ = now;
}

bool SaveTracker::shouldSave(TimeMs now, bool force) const {
  if (inFlight_ || !hasUnsavedEdits()) return false;
  return force || now - lastEditTime_ >= kQuietPeriod;
}

void SaveTracker::started(std::uint64_t counter) {
  inFlight_ = true;
  saving_ = counter;
}

void SaveTracker::succeeded(TimeMs now) {
  inFlight_ = false;
  if (saving_ > saved_) saved_ = saving_;
  savedAt_ = now;
  error_.clear();
}

void SaveTracker::failed(std::string reason) {
  inFlight_ = false;
  error_ = reason.empty() ? "unknown error" : std::move(reason);
}

SaveStatus SaveTracker::status(TimeMs now) const {
  using Kind = SaveStatus::Kind;
  // A retry after a failure keeps saying what is wrong until it succeeds.
  if (!error_.empty())
    return {Kind::Failed, "Not saved: " + error_ + (inFlight_ ? " \xC2\xB7 retrying\xE2\x80\xA6" : "")};
  if (inFlight_) return {Kind::Pending, "Saving\xE2\x80\xA6"};
  if (hasUnsavedEdits()) return {Kind::Pending, "Unsaved changes"};
  if (savedAt_ < 0) return {Kind::Fine, "No changes"};
  TimeMs ago = now - savedAt_;
  if (ago < 5000) return {Kind::Fine, "Saved"};
  if (ago < 60000) return {Kind::Fine, "Saved \xC2\xB7 " + std::to_string(ago / 1000) + " s ago"};
  if (ago < 3600000) return {Kind::Fine, "Saved \xC2\xB7 " + std::to_string(ago / 60000) + " min ago"};
  return {Kind::Fine, "Saved \xC2\xB7 " + std::to_string(ago / 3600000) + " h ago"};
}

}  // namespace hs
