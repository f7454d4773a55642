// Where post-mortems are kept between sessions. Records are opaque bytes keyed
// by post-mortem id. The web store keeps binary snapshots in IndexedDB; the
// native store keeps one canonical JSON file per post-mortem in a folder.
// Callbacks run later on the UI thread (web) or before the call returns (native).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hs {

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
  // transaction. Piece records come back from loadAll with ids pieceRecordId(id, key).
  virtual bool storesPieces() const { return false; }
  virtual void putPieces(const std::string& id, std::string head,
                         std::vector<std::pair<std::string, std::string>> pieces,
                         std::vector<std::string> stale, const std::string& summaryJson,
                         std::function<void(Result)> done) {
    (void)id, (void)head, (void)pieces, (void)stale, (void)summaryJson;
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

// Record ids of the piece records of a large document, as loadAll returns them:
// "pmc:<post-mortem id>:<piece key>" (the browser store's own key scheme, in
// src/platform/web/web_glue.js, is "pm:<id>" for the head and this for pieces).
inline constexpr std::string_view kPieceRecordPrefix = "pmc:";
inline bool isPieceRecordId(std::string_view recordId) {
  return recordId.substr(0, kPieceRecordPrefix.size()) == kPieceRecordPrefix;
}
inline std::string pieceRecordId(std::string_view docId, std::string_view pieceKey) {
  std::string id(kPieceRecordPrefix);
  id.append(docId).append(":").append(pieceKey);
  return id;
}

}  // namespace hs
