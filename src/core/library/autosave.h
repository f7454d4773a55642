// The autosave protocol: once the app knows whether it may write the store, it
// loads the library from it, then writes edited post-mortems a moment after the
// last edit (at once when the page hides) and retries a failed write with a
// growing delay. Edits always stay in memory; nothing here ever drops them.
// No clock and no threads of its own: the app calls tick() every frame.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/edit/save_state.h"
#include "core/io/piecewise_snapshot.h"
#include "core/library/library_store.h"
#include "core/library/unsaved_changes.h"
#include "core/model/postmortem.h"

namespace hs {

// What autosave needs of the library in memory.
class AutosaveLibrary {
 public:
  virtual ~AutosaveLibrary() = default;
  virtual TimeMs now() const = 0;
  virtual PostMortem* findDocument(const Id& id) = 0;
  // A post-mortem read from the store (not an edit: nothing to save).
  virtual void addStored(PostMortem doc) = 0;
  // Something about the stored records the user must hear of.
  virtual void warn(std::string text) = 0;
  virtual UnsavedChanges& unsaved() = 0;
};

class Autosave {
 public:
  static constexpr TimeMs kFirstRetryDelay = 2000;
  static constexpr TimeMs kLongestRetryDelay = 30000;

  enum class Role { Deciding, Writer, ReadOnly };
  // A stored record that could not be read: skipped, left in the store untouched
  // (never overwritten while listed) and offered for download as it is.
  struct UnreadableRecord {
    std::string id;
    std::string error;
    std::string bytes;
  };

  Autosave(LibraryStore& store, AutosaveLibrary& library) : store_(store), library_(library) {}

  // The writer claim was decided; loads the library. `reason`: why not the writer.
  void claimed(bool writer, std::string reason);
  void tick();        // once per frame
  void flushNow();    // page hidden or closing: save whatever is pending
  void retryNow();    // "Retry now": load again if loading failed, save at once

  bool loaded() const { return loaded_; }
  Role role() const { return role_; }
  // The status-bar indicator: "Saved · 3 s ago", "Saving…", "Not saved: <reason> · retry in 4 s".
  SaveStatus status() const;
  // A problem worth a banner with "Download a copy" ("" when none).
  std::string problem() const;
  bool hasUnsavedEdits() const { return tracker_.hasUnsavedEdits(); }
  const std::vector<UnreadableRecord>& unreadable() const { return unreadable_; }
  void dismissUnreadable(std::size_t index);
  // After a failed save, no automatic retry before this time.
  TimeMs retryAt() const { return retryAt_; }

  // Record bytes for a document, in the store's format.
  std::string encode(const PostMortem& doc) const;

 private:
  void load();
  void noticeEdits();  // tells the tracker about edits made since it last looked
  void saveDirty();
  void putDocument(const Id& id, PostMortem& doc, std::function<void(bool ok, const std::string& error)> done);
  void scheduleRetry();

  LibraryStore& store_;
  AutosaveLibrary& library_;
  SaveTracker tracker_;
  Role role_ = Role::Deciding;
  // Per document: which pieces are in the store, so a save writes only what changed.
  std::unordered_map<Id, PiecewiseSnapshotWriter> pieceWriters_;
  std::string readOnlyReason_;
  std::uint64_t seenCounter_ = 0;
  bool loaded_ = false;
  bool loading_ = false;
  std::string loadError_;  // the store could not be read
  std::vector<UnreadableRecord> unreadable_;
  TimeMs retryAt_ = 0;  // after a failed save, not before this
  TimeMs retryDelay_ = 0;
};

}  // namespace hs
