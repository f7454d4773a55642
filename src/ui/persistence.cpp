#include "ui/persistence.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

#include "core/io/byte_size_text.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "core/model/time_format.h"

namespace hs::ui {
namespace {

constexpr TimeMs kFirstRetryDelay = 2000;
constexpr TimeMs kLongestRetryDelay = 30000;

// Progress of one autosave round over several records.
struct Round {
  int remaining = 0;
  std::string firstError;
  std::vector<std::pair<Id, std::uint64_t>> saved;  // records written, with their revision
  std::vector<Id> failedRemovals;
};

}  // namespace

Persistence::Persistence(AppState& state) : state_(state) {
  state_.platform().requestPersistentStorage();
  state_.platform().setFlushHandler([this] { flushNow(); });
  // Load after the claim: a tab being reloaded lets go of the store first, and
  // its last writes are then visible to the new page.
  state_.platform().claimWriter([this](platform::WriterClaim claim) {
    role_ = claim.writer ? Role::Writer : Role::ReadOnly;
    readOnlyReason_ = claim.reason;
    load();
  });
}

std::string Persistence::encode(const PostMortem& doc) const {
  return state_.platform().store().storesJson() ? toJson(doc) : saveSnapshot(doc);
}

void Persistence::load() {
  auto& store = state_.platform().store();
  loading_ = true;
  store.loadAll([this, &store](platform::LibraryStore::Result result,
                               std::vector<platform::LibraryStore::Record> records) {
    loading_ = false;
    loaded_ = true;
    state_.libraryLoading = false;
    if (!result.ok) {
      loadError_ = result.error.empty() ? "unknown error" : result.error;
      return;
    }
    loadError_.clear();
    // Pieces of large documents ("pmc:<id>:<key>") are looked up by their heads.
    const std::string piecePrefix = "pmc:";
    std::unordered_map<std::string, std::string> pieces;
    for (auto& record : records)
      if (record.id.rfind(piecePrefix, 0) == 0) pieces[record.id] = std::move(record.bytes);
    for (auto& record : records) {
      if (record.id.rfind(piecePrefix, 0) == 0) continue;
      std::optional<PostMortem> doc;
      std::string error;
      const bool piecewise = isPiecewiseHead(record.bytes);
      if (piecewise) {
        std::string prefix = piecePrefix + record.id + ":";
        doc = assemblePiecewise(record.bytes, [&](const std::string& key) -> const std::string* {
          auto it = pieces.find(prefix + key);
          return it == pieces.end() ? nullptr : &it->second;
        }, &error);
      } else if (store.storesJson()) {
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
      store.adopt(record.id, doc->id);
      if (!state_.findDocument(doc->id)) state_.library().push_back(std::move(*doc));
    }
    for (auto& notice : store.takeNotices()) state_.banners.push_back({Banner::Kind::Warning, std::move(notice), false});
  });
}

void Persistence::noticeEdits() {
  if (state_.editCounter() != seenCounter_) {
    seenCounter_ = state_.editCounter();
    tracker_.edited(seenCounter_, state_.lastEditTime());
  }
}

void Persistence::tick() {
  noticeEdits();
  if (role_ != Role::Writer || !loaded_) return;
  TimeMs now = state_.now();
  if (tracker_.hasError() && now < retryAt_) return;
  if (tracker_.shouldSave(now)) saveDirty();
}

void Persistence::flushNow() {
  noticeEdits();  // an edit made after this frame's tick(), in the frame that ends with a close or signal
  if (role_ != Role::Writer || !loaded_) return;
  // The page may be closing: a save in flight may wait for an answer the page never
  // gets, so what it covers is written again, in a way that needs no answer.
  bool inFlightUnconfirmed = tracker_.inFlight() && tracker_.hasUnsavedEdits();
  if (tracker_.shouldSave(state_.now(), true) || inFlightUnconfirmed) saveDirty();
}

void Persistence::dismissUnreadable(std::size_t index) {
  if (index < unreadable_.size()) unreadable_.erase(unreadable_.begin() + static_cast<std::ptrdiff_t>(index));
}

std::string Persistence::storageText() const {
  platform::StorageInfo info = state_.platform().storageInfo();
  std::string kept = info.kept == platform::StorageInfo::Kept::Persistent     ? "persistent"
                     : info.kept == platform::StorageInfo::Kept::MayBeCleared ? "may be cleared by the browser"
                                                                                : "";
  std::string used = info.usedBytes >= 0 ? byteSizeText(info.usedBytes) + " used" : "";
  if (kept.empty() && used.empty()) return {};
  return "Storage: " + kept + (!kept.empty() && !used.empty() ? " \xC2\xB7 " : "") + used;
}

void Persistence::retryNow() {
  if (!loadError_.empty() && !loading_) load();
  retryAt_ = 0;
  flushNow();
}

void Persistence::scheduleRetry() {
  retryDelay_ = retryDelay_ == 0 ? kFirstRetryDelay : std::min(retryDelay_ * 2, kLongestRetryDelay);
  retryAt_ = state_.now() + retryDelay_;
}

std::string Persistence::describe() const {
  if (role_ == Role::Deciding || (!loaded_ && loading_)) return "Opening the library\xE2\x80\xA6";
  if (role_ == Role::ReadOnly)
    return tracker_.hasUnsavedEdits() ? "Not saved: open in another tab" : "Read-only: open in another tab";
  std::string text = tracker_.describe(state_.now());
  if (tracker_.hasError() && !tracker_.inFlight()) {
    TimeMs wait = (retryAt_ - state_.now() + 999) / 1000;
    if (wait > 0) text += " \xC2\xB7 retry in " + std::to_string(wait) + " s";
  }
  return text;
}

std::string Persistence::problem() const {
  if (role_ == Role::ReadOnly) return readOnlyReason_ + ".";
  if (!loadError_.empty())
    return "Saved post-mortems could not be read (" + loadError_ +
           "). Changes stay in this window only: download a copy to keep them.";
  if (tracker_.hasError())
    return "Changes are not being saved: " + tracker_.error() +
           ". They stay in this window; download a copy to keep them. Saving is retried.";
  return {};
}

bool Persistence::writerGone() const {
  return role_ == Role::ReadOnly && state_.platform().writerGone();
}

void Persistence::saveDirty() {
  auto& store = state_.platform().store();
  auto round = std::make_shared<Round>();
  tracker_.started(seenCounter_);

  auto finishOne = [this, round] {
    if (--round->remaining > 0) return;
    for (auto& [id, revision] : round->saved) {
      auto it = state_.dirtyRevisions().find(id);
      if (it != state_.dirtyRevisions().end() && it->second <= revision)
        state_.dirtyRevisions().erase(it);
    }
    for (auto& id : round->failedRemovals)
      if (!state_.findDocument(id)) state_.pendingRemovals().push_back(id);
    if (round->firstError.empty()) {
      retryDelay_ = 0;
      tracker_.succeeded(state_.now());
    } else {
      tracker_.failed(round->firstError);
      scheduleRetry();
    }
  };

  std::vector<std::pair<Id, std::uint64_t>> dirty(state_.dirtyRevisions().begin(),
                                                   state_.dirtyRevisions().end());
  std::vector<Id> removals = std::move(state_.pendingRemovals());
  state_.pendingRemovals().clear();
  // A document deleted and re-added (or replaced) in the same round is written, not removed.
  removals.erase(std::remove_if(removals.begin(), removals.end(),
                                [this](const Id& id) { return state_.findDocument(id) != nullptr; }),
                 removals.end());
  round->remaining = static_cast<int>(dirty.size() + removals.size()) + 1;  // +1: released below
  for (const auto& id : removals) {
    pieceWriters_.erase(id);
    store.remove(id, [round, id, finishOne](platform::LibraryStore::Result result) {
      if (!result.ok) {
        if (round->firstError.empty()) round->firstError = result.error;
        round->failedRemovals.push_back(id);
      }
      finishOne();
    });
  }
  for (const auto& [id, revision] : dirty) {
    PostMortem* doc = state_.findDocument(id);
    if (!doc) {
      finishOne();
      continue;
    }
    putDocument(id, *doc, [round, id = id, revision = revision, finishOne](bool ok, const std::string& error) {
      if (ok) round->saved.emplace_back(id, revision);
      else if (round->firstError.empty()) round->firstError = error;
      finishOne();
    });
  }
  finishOne();  // the round's own hold: a synchronous store finishes here
}

void Persistence::putDocument(const Id& id, PostMortem& doc,
                              std::function<void(bool ok, const std::string& error)> done) {
  auto& store = state_.platform().store();
  auto unreadable = std::find_if(unreadable_.begin(), unreadable_.end(),
                                 [&](const UnreadableRecord& r) { return r.id == id; });
  if (unreadable != unreadable_.end()) {
    done(false, "a stored record with the same id could not be read and is kept; download it from its banner, then dismiss the banner to save over it");
    return;
  }
  nlohmann::json entry = {{"title", doc.title}, {"updated", formatRfc3339(doc.updated)}};
  auto& replaced = state_.replacedDocuments();
  const bool wasReplaced = std::find(replaced.begin(), replaced.end(), id) != replaced.end();
  replaced.erase(std::remove(replaced.begin(), replaced.end(), id), replaced.end());
  if (!store.storesPieces()) {
    store.put(id, encode(doc), entry.dump(),
              [done](platform::LibraryStore::Result result) { done(result.ok, result.error); });
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
  store.putPieces(id, std::move(save.head), std::move(pieces), std::move(save.stale), entry.dump(),
                  [this, id, landed, done](platform::LibraryStore::Result result) {
                    // A failed transaction wrote nothing: the next save diffs against the older state.
                    if (result.ok) pieceWriters_[id].confirm(*landed);
                    done(result.ok, result.error);
                  });
}

}  // namespace hs::ui
