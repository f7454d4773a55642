// Keeps the library in the platform's store: claims the right to write it, loads
// it, autosaves edited post-mortems a moment after the last edit and at once when
// the page hides, and retries with a growing delay when the store fails. Edits
// always stay in memory; nothing here ever drops them.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/edit/save_state.h"
#include "core/io/piecewise_snapshot.h"
#include "ui/app_state.h"

namespace hs::ui {

class Persistence {
 public:
  enum class Role { Deciding, Writer, ReadOnly };
  // A stored record that could not be read: skipped, left in the store untouched
  // (never overwritten while listed) and offered for download as it is.
  struct UnreadableRecord {
    std::string id;
    std::string error;
    std::string bytes;
  };

  explicit Persistence(AppState& state);

  void tick();        // once per frame
  void flushNow();    // page hidden or closing: save whatever is pending
  void retryNow();    // "Retry now": load again if loading failed, save at once
  bool loaded() const { return loaded_; }
  Role role() const { return role_; }

  // The status-bar text: "Saved · 3 s ago", "Saving…", "Not saved: <reason>".
  std::string describe() const;
  // A problem worth a banner with "Download a copy" ("" when none).
  std::string problem() const;
  // The other tab/window holding the store has gone: reloading makes this one the writer.
  bool writerGone() const;
  bool hasUnsavedEdits() const { return tracker_.hasUnsavedEdits(); }
  const std::vector<UnreadableRecord>& unreadable() const { return unreadable_; }
  void dismissUnreadable(std::size_t index);
  // "Storage: persistent · 1.2 MB used", "Storage: may be cleared by the browser · …"; "" when unknown.
  std::string storageText() const;

  // Record bytes for a document, in the store's format.
  std::string encode(const PostMortem& doc) const;

 private:
  void putDocument(const Id& id, PostMortem& doc, std::function<void(bool ok, const std::string& error)> done);
  void load();
  void noticeEdits();  // tells the tracker about edits made since it last looked
  void saveDirty();
  void scheduleRetry();

  AppState& state_;
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
  TimeMs retryAt_ = 0;     // after a failed save, not before this
  TimeMs retryDelay_ = 0;
};

}  // namespace hs::ui
