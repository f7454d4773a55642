#include "ui/persistence.h"

#include "core/io/byte_size_text.h"

namespace hs::ui {

Persistence::Persistence(AppState& state)
    : state_(state), autosave_(state.platform().store(), state.autosaveLibrary()) {
  state_.platform().requestPersistentStorage();
  state_.platform().setFlushHandler([this] { autosave_.flushNow(); });
  // Load after the claim: a tab being reloaded lets go of the store first, and
  // its last writes are then visible to the new page.
  state_.platform().claimWriter(
      [this](platform::WriterClaim claim) { autosave_.claimed(claim.writer, std::move(claim.reason)); });
}

void Persistence::tick() {
  autosave_.tick();
  state_.libraryLoading = !autosave_.loaded();
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

bool Persistence::writerGone() const {
  return role() == Role::ReadOnly && state_.platform().writerGone();
}

}  // namespace hs::ui
