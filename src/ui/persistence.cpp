#include "ui/persistence.h"

#include <nlohmann/json.hpp>

#include <memory>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "core/model/time_format.h"

namespace hs::ui {
namespace {

// Progress of one autosave round over several records.
struct Round {
  std::uint64_t counter = 0;
  int remaining = 0;
  std::string firstError;
  std::vector<std::pair<Id, std::uint64_t>> saved;
};

}  // namespace

Persistence::Persistence(AppState& state) : state_(state) {
  state_.platform().requestPersistentStorage();
  state_.platform().setFlushHandler([this] { flushNow(); });
  load();
}

std::string Persistence::encode(const PostMortem& doc) const {
  return state_.platform().store().storesJson() ? toJson(doc) : saveSnapshot(doc);
}

void Persistence::load() {
  auto& store = state_.platform().store();
  store.loadAll([this, &store](platform::LibraryStore::Result result,
                               std::vector<platform::LibraryStore::Record> records) {
    loaded_ = true;
    if (!result.ok) {
      storeBroken_ = true;
      state_.banners.push_back({Banner::Kind::Error,
                                "Saved post-mortems could not be read: " + result.error +
                                    ". Your edits stay in this window; use Download to keep a copy.",
                                true});
      return;
    }
    for (auto& record : records) {
      std::optional<PostMortem> doc;
      std::string error;
      if (store.storesJson()) {
        auto loadedDoc = loadPostMortemJson(record.bytes, record.id);
        if (loadedDoc.ok()) doc = std::move(loadedDoc.doc);
        else if (!loadedDoc.errors.empty()) error = loadedDoc.errors.front().format();
      } else {
        doc = loadSnapshot(record.bytes, &error);
      }
      if (!doc) {
        state_.banners.push_back({Banner::Kind::Warning,
                                  "The saved record \"" + record.id +
                                      "\" could not be read and was left untouched: " + error,
                                  false});
        continue;
      }
      if (!state_.findDocument(doc->id)) state_.library().push_back(std::move(*doc));
    }
  });
}

void Persistence::tick() {
  if (state_.editCounter() != seenCounter_) {
    seenCounter_ = state_.editCounter();
    tracker_.edited(seenCounter_, state_.lastEditTime());
  }
  if (loaded_ && tracker_.shouldSave(state_.now())) saveDirty();
}

void Persistence::flushNow() {
  if (loaded_ && tracker_.shouldSave(state_.now(), true)) saveDirty();
}

void Persistence::saveDirty() {
  auto& store = state_.platform().store();
  auto round = std::make_shared<Round>();
  round->counter = seenCounter_;
  tracker_.started(seenCounter_);

  auto finishOne = [this, round](const platform::LibraryStore::Result& result) {
    if (!result.ok && round->firstError.empty()) round->firstError = result.error;
    if (--round->remaining > 0) return;
    if (round->firstError.empty()) {
      for (auto& [id, revision] : round->saved) {
        auto it = state_.dirtyRevisions().find(id);
        if (it != state_.dirtyRevisions().end() && it->second <= revision)
          state_.dirtyRevisions().erase(it);
      }
      tracker_.succeeded(state_.now());
    } else {
      tracker_.failed(round->firstError);
    }
  };

  std::vector<std::pair<Id, std::uint64_t>> dirty(state_.dirtyRevisions().begin(),
                                                   state_.dirtyRevisions().end());
  std::vector<Id> removals = std::move(state_.pendingRemovals());
  state_.pendingRemovals().clear();
  round->remaining = static_cast<int>(dirty.size() + removals.size());
  if (round->remaining == 0) {
    tracker_.succeeded(state_.now());
    return;
  }
  round->saved = dirty;
  for (const auto& id : removals) store.remove(id, finishOne);
  for (const auto& [id, revision] : dirty) {
    const PostMortem* doc = state_.findDocument(id);
    if (!doc) {
      finishOne({});
      continue;
    }
    nlohmann::json entry = {{"title", doc->title}, {"updated", formatRfc3339(doc->updated)}};
    store.put(id, encode(*doc), entry.dump(), finishOne);
  }
}

}  // namespace hs::ui
