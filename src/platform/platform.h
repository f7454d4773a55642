// The one interface between the app and where it runs (browser or desktop).
// Implemented in platform/web (emscripten) and platform/native (GLFW + files).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hs::platform {

struct FileData {
  std::string name;
  std::string bytes;
  std::string error;  // set when the file could not be read ("permission denied: /path")
};

// Where post-mortems are kept between sessions. Records are opaque bytes keyed
// by post-mortem id. The web store keeps binary snapshots in IndexedDB; the
// native store keeps one canonical JSON file per post-mortem in a folder.
// Callbacks run later on the UI thread (web) or before the call returns (native).
class LibraryStore {
 public:
  struct Result {
    bool ok = true;
    std::string error;  // what went wrong, in words a user can act on
  };
  struct Record {
    std::string id;
    std::string bytes;
  };
  virtual ~LibraryStore() = default;
  virtual std::string description() const = 0;  // "IndexedDB (this browser)", "/home/u/.local/share/hindsight"
  // True when records are exchange-format JSON (native), false for binary snapshots (web).
  virtual bool storesJson() const = 0;
  virtual void loadAll(std::function<void(Result, std::vector<Record>)> done) = 0;
  // `summaryJson` ({"title":..,"updated":..}) goes into the store's index.
  virtual void put(const std::string& id, std::string bytes, const std::string& summaryJson,
                   std::function<void(Result)> done) = 0;
  virtual void remove(const std::string& id, std::function<void(Result)> done) = 0;

  // Stores that keep large documents in pieces (web): `head` replaces the record,
  // `pieces` (key, bytes) are written and `stale` piece keys deleted, all in one
  // transaction. Piece records come back from loadAll with ids "pmc:<id>:<key>".
  virtual bool storesPieces() const { return false; }
  virtual void putPieces(const std::string& id, std::string head,
                         std::vector<std::pair<std::string, std::string>> pieces,
                         std::vector<std::string> stale, const std::string& summaryJson,
                         std::function<void(Result)> done) {
    done({false, "this store keeps whole records"});
  }
  // Tells the store that the record loaded under `recordKey` holds post-mortem `id`
  // (the folder store then keeps writing that file, whatever its name).
  virtual void adopt(const std::string& recordKey, const std::string& id) {
    (void)recordKey;
    (void)id;
  }
  // Problems with records found by loadAll/adopt that the user must hear of (a
  // file that could not be read, two files holding one post-mortem); each once.
  virtual std::vector<std::string> takeNotices() { return {}; }

  // Recent revisions of post-mortem `id` (exchange JSON) kept as merge bases, the
  // newest `keep` of them (web: a database of their own; desktop: a hidden folder in
  // the library folder). A lost one only makes a later merge two-way, so failures
  // are not reported. loadRevisions gives Records of (revision, json).
  virtual void putRevision(const std::string& id, const std::string& revision, std::string json,
                           std::size_t keep) {
    (void)id, (void)revision, (void)json, (void)keep;
  }
  virtual void loadRevisions(const std::string& id, std::function<void(std::vector<Record>)> done) {
    (void)id;
    done({});
  }
};

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
