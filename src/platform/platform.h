// The one interface between the app and where it runs (browser or desktop).
// Implemented in platform/web (emscripten) and platform/native (GLFW + files).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/library/library_store.h"

namespace hs::platform {

struct FileData {
  std::string name;
  std::string bytes;
  std::string error;  // set when the file could not be read ("permission denied: /path")
};

// Where post-mortems are kept between sessions (the interface is core's: autosave uses it).
using LibraryStore = hs::LibraryStore;

// Only one instance may write the shared store: in the browser one tab (Web
// Locks API), natively one process per library folder (flock). The others read
// it once and keep their edits in memory.
struct WriterClaim {
  bool writer = true;
  std::string reason;  // why not, in words for a banner
};

// What the browser promises about the store: kept, or evicted under pressure, and the space used.
struct StorageInfo {
  enum class Kept { Unknown, Persistent, MayBeCleared } kept = Kept::Unknown;
  double usedBytes = -1;  // < 0: unknown
};

// Services the UI calls; one instance per run.
class Platform {
 public:
  virtual ~Platform() = default;
  virtual bool isWeb() const = 0;
  virtual LibraryStore& store() = 0;
  // Offers `bytes` to the user as a file (browser download; native: written to
  // the downloads folder, path returned through `savedPath`).
  virtual bool saveFile(const std::string& fileName, const std::string& mime,
                        const std::string& bytes, std::string* savedPath) = 0;
  // Asks the user for files (browser file picker; native: reads the given paths).
  virtual void openFiles(std::function<void(std::vector<FileData>)> done) = 0;
  // Files dropped on the window arrive here.
  virtual void setDropHandler(std::function<void(std::vector<FileData>)> handler) = 0;
  virtual void openUrl(const std::string& url) = 0;
  // Milliseconds since the epoch (UTC) by the wall clock.
  virtual long long nowMs() const = 0;
  // Called when the page is about to be hidden or closed: flush saves now.
  virtual void setFlushHandler(std::function<void()> handler) = 0;
  // Asks the browser to keep our storage (navigator.storage.persist()).
  virtual void requestPersistentStorage() {}
  virtual StorageInfo storageInfo() const { return {}; }
  // Decides whether this instance writes the store; `done` runs once, later (web)
  // or at once (native).
  virtual void claimWriter(std::function<void(WriterClaim)> done) { done({}); }
  // For an instance that is not the writer: true once the writer has gone.
  virtual bool writerGone() const { return false; }
  // Starts the app again with the stored data (browser: reloads the page).
  virtual void reload() {}
  // The window's title (the browser tab's title on the web).
  virtual void setWindowTitle(const std::string& /*title*/) {}
  // The page URL's fragment ("#/pm/<id>/timeline"): read it, set it as a new history
  // entry or in place of the current one; true once after Back, Forward or an edited URL.
  // The desktop app has no URL: these do nothing there.
  virtual std::string location() const { return {}; }
  virtual void setLocation(const std::string& /*fragment*/, bool /*newEntry*/) {}
  virtual bool takeLocationChange() { return false; }
};

}  // namespace hs::platform
