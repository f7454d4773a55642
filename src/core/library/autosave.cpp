#include "core/library/autosave.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

// Progress of one autosave round over several records.
struct Round {
  int remaining = 0;
  std::string firstError;
  std::vector<std::pair<Id, std::uint64_t>> saved;  // records written, with their edit counter
  std::vector<Id> failedRemovals;
};

}  // namespace

void Autosave::claimed(bool writer, std::string reason) {
  role_ = writer ? Role::Writer : Role::ReadOnly;
  readOnlyReason_ = std::move(reason);
  load();
}

std::string Autosave::encode(const PostMortem& doc) const {
  return store_.storesJson() ? toJson(doc) : saveSnapshot(doc);
}

void Autosave::load() {
  loading_ = true;
  store_.loadAll([this](LibraryStore::Result result, std::vector<LibraryStore::Record> records) {
    loading_ = false;
    loaded_ = true;
    if (!result.ok) {
      loadError_ = result.error.empty() ? "unknown error" : result.error;
      return;
    }
    loadError_.clear();
    // Pieces of large documents are looked up by their heads.
    std::unordered_map<std::string, std::string> pieces;
    for (auto& record : records)
      if (isPieceRecordId(record.id)) pieces[record.id] = std::move(record.bytes);
    for (auto& record : records) {
      if (isPieceRecordId(record.id)) continue;
      std::optional<PostMortem> doc;
      std::string error;
      const bool piecewise = isPiecewiseHead(record.bytes);
      if (piecewise) {
        doc = assemblePiecewise(record.bytes, [&](const std::string& key) -> const std::string* {
          auto it = pieces.find(pieceRecordId(record.id, key));
          return it == pieces.end() ? nullptr : &it->second;
        }, &error);
      } else if (store_.storesJson()) {
        auto loadedDoc = loadPostMortemJson(record.bytes, record.id);
        if (loadedDoc.ok()) doc = std::move(loadedDoc.doc);
        else if (!loadedDoc.errors.empty()) error = loadedDoc.errors.front().format();
      } else {
        doc = loadSnapshot(record.bytes, &error);
      }
      if (!doc) {
        // Reported, never deleted: the user may fix the file or want it back.
        auto known = std::find_if(unreadable_.begin(), unreadable_.end(),
                                  [&](const UnreadableRecord& r) { return r.id == record.id; });
        UnreadableRecord entry{record.id, error.empty() ? "unknown error" : error, std::move(record.bytes)};
        if (known != unreadable_.end()) *known = std::move(entry);
        else unreadable_.push_back(std::move(entry));
        continue;
      }
      // The store holds these pieces: the first save after the load writes only what changes.
      if (piecewise && record.id == doc->id) pieceWriters_[doc->id].remember(*doc);
      store_.adopt(record.id, doc->id);
      if (!library_.findDocument(doc->id)) library_.addStored(std::move(*doc));
    }
    for (auto& notice : store_.takeNotices()) library_.warn(std::move(notice));
  });
}

void Autosave::noticeEdits() {
  const UnsavedChanges& unsaved = library_.unsaved();
  if (unsaved.counter() != seenCounter_) {
    seenCounter_ = unsaved.counter();
    tracker_.edited(seenCounter_, unsaved.lastEditTime());
  }
}

void Autosave::tick() {
  noticeEdits();
  if (role_ != Role::Writer || !loaded_) return;
  TimeMs now = library_.now();
  if (tracker_.hasError() && now < retryAt_) return;
  if (tracker_.shouldSave(now)) saveDirty();
}

void Autosave::flushNow() {
  noticeEdits();  // an edit made after this frame's tick(), in the frame that ends with a close or signal
  if (role_ != Role::Writer || !loaded_) return;
  // The page may be closing: a save in flight may wait for an answer the page never
  // gets, so what it covers is written again, in a way that needs no answer.
  bool inFlightUnconfirmed = tracker_.inFlight() && tracker_.hasUnsavedEdits();
  if (tracker_.shouldSave(library_.now(), true) || inFlightUnconfirmed) saveDirty();
}

void Autosave::dismissUnreadable(std::size_t index) {
  if (index < unreadable_.size()) unreadable_.erase(unreadable_.begin() + static_cast<std::ptrdiff_t>(index));
}

void Autosave::retryNow() {
  if (!loadError_.empty() && !loading_) load();
  retryAt_ = 0;
  flushNow();
}

void Autosave::scheduleRetry() {
  retryDelay_ = retryDelay_ == 0 ? kFirstRetryDelay : std::min(retryDelay_ * 2, kLongestRetryDelay);
  retryAt_ = library_.now() + retryDelay_;
}

SaveStatus Autosave::status() const {
  using Kind = SaveStatus::Kind;
  if (role_ == Role::Deciding || (!loaded_ && loading_)) return {Kind::Fine, "Opening the library\xE2\x80\xA6"};
  if (role_ == Role::ReadOnly)
    return tracker_.hasUnsavedEdits() ? SaveStatus{Kind::Failed, "Not saved: open in another tab"}
                                      : SaveStatus{Kind::Fine, "Read-only: open in another tab"};
  TimeMs now = library_.now();
  SaveStatus status = tracker_.status(now);
  if (tracker_.hasError() && !tracker_.inFlight()) {
    TimeMs wait = (retryAt_ - now + 999) / 1000;
    if (wait > 0) status.text += " \xC2\xB7 retry in " + std::to_string(wait) + " s";
  }
  return status;
}

std::string Autosave::problem() const {
  if (role_ == Role::ReadOnly) return readOnlyReason_ + ".";
  if (!loadError_.empty())
    return "Saved post-mortems could not be read (" + loadError_ +
           "). Changes stay in this window only: download a copy to keep them.";
  if (tracker_.hasError())
    return "Changes are not being saved: " + tracker_.error() +
           ". They stay in this window; download a copy to keep them. Saving is retried.";
  return {};
}

void Autosave::saveDirty() {
  auto round = std::make_shared<Round>();
  tracker_.started(seenCounter_);

  auto finishOne = [this, round] {
    if (--round->remaining > 0) return;
    UnsavedChanges& unsaved = library_.unsaved();
    for (auto& [id, counter] : round->saved) unsaved.stored(id, counter);
    for (auto& id : round->failedRemovals)
      if (!library_.findDocument(id)) unsaved.removalFailed(id);
    if (round->firstError.empty()) {
      retryDelay_ = 0;
      tracker_.succeeded(library_.now());
    } else {
      tracker_.failed(round->firstError);
      scheduleRetry();
    }
  };

  UnsavedChanges& unsaved = library_.unsaved();
  std::vector<std::pair<Id, std::uint64_t>> dirty(unsaved.dirty().begin(), unsaved.dirty().end());
  std::vector<Id> removals = unsaved.takeRemovals();
  // A document deleted and re-added (or replaced) in the same round is written, not removed.
  removals.erase(std::remove_if(removals.begin(), removals.end(),
                                [this](const Id& id) { return library_.findDocument(id) != nullptr; }),
                 removals.end());
  round->remaining = static_cast<int>(dirty.size() + removals.size()) + 1;  // +1: released below
  for (const auto& id : removals) {
    pieceWriters_.erase(id);
    store_.remove(id, [round, id, finishOne](LibraryStore::Result result) {
      if (!result.ok) {
        if (round->firstError.empty()) round->firstError = result.error;
        round->failedRemovals.push_back(id);
      }
      finishOne();
    });
  }
  for (const auto& [id, counter] : dirty) {
    PostMortem* doc = library_.findDocument(id);
    if (!doc) {
      finishOne();
      continue;
    }
    putDocument(id, *doc, [round, id = id, counter = counter, finishOne](bool ok, const std::string& error) {
      if (ok) round->saved.emplace_back(id, counter);
      else if (round->firstError.empty()) round->firstError = error;
      finishOne();
    });
  }
  finishOne();  // the round's own hold: a synchronous store finishes here
}

void Autosave::putDocument(const Id& id, PostMortem& doc,
                           std::function<void(bool ok, const std::string& error)> done) {
  auto unreadable = std::find_if(unreadable_.begin(), unreadable_.end(),
                                 [&](const UnreadableRecord& r) { return r.id == id; });
  if (unreadable != unreadable_.end()) {
    done(false, "a stored record with the same id could not be read and is kept; download it from its banner, then dismiss the banner to save over it");
    return;
  }
  nlohmann::json entry = {{"title", doc.title}, {"updated", formatRfc3339(doc.updated)}};
  const bool wasReplaced = library_.unsaved().takeReplaced(id);
  if (!store_.storesPieces()) {
    store_.put(id, encode(doc), entry.dump(),
               [done](LibraryStore::Result result) { done(result.ok, result.error); });
    return;
  }
  PiecewiseSnapshotWriter& writer = pieceWriters_[id];
  if (wasReplaced) writer.invalidate();
  PiecewiseSave save = writer.prepare(doc);
  std::vector<std::pair<std::string, std::string>> pieces;
  pieces.reserve(save.changed.size());
  for (auto& piece : save.changed) pieces.emplace_back(std::move(piece.key), std::move(piece.bytes));
  auto landed = std::make_shared<PiecewiseSave>();
  landed->fingerprints = std::move(save.fingerprints);
  store_.putPieces(id, std::move(save.head), std::move(pieces), std::move(save.stale), entry.dump(),
                   [this, id, landed, done](LibraryStore::Result result) {
                     // A failed transaction wrote nothing: the next save diffs against the older state.
                     if (result.ok) pieceWriters_[id].confirm(*landed);
                     done(result.ok, result.error);
                   });
}

}  // namespace hs
