// The browser implementation of the platform interface.
#pragma once

#include <functional>
#include <map>
#include <vector>

#include "platform/platform.h"

namespace hs::platform {

class IndexedDbStore final : public LibraryStore {
 public:
  std::string description() const override { return "IndexedDB (this browser)"; }
  bool storesJson() const override { return false; }
  void loadAll(std::function<void(Result, std::vector<Record>)> done) override;
  void put(const std::string& id, std::string bytes, const std::string& summaryJson,
           std::function<void(Result)> done) override;
  void remove(const std::string& id, std::function<void(Result)> done) override;
  bool storesPieces() const override { return true; }
  void putPieces(const std::string& id, std::string head,
                 std::vector<std::pair<std::string, std::string>> pieces,
                 std::vector<std::string> stale, const std::string& summaryJson,
                 std::function<void(Result)> done) override;
  void putRevision(const std::string& id, const std::string& revision, std::string json,
                   std::size_t keep) override;
  void loadRevisions(const std::string& id, std::function<void(std::vector<Record>)> done) override;
};

class WebPlatform final : public Platform {
 public:
  WebPlatform();
  bool isWeb() const override { return true; }
  LibraryStore& store() override { return store_; }
  bool saveFile(const std::string& fileName, const std::string& mime, const std::string& bytes,
                std::string* savedPath) override;
  void openFiles(std::function<void(std::vector<FileData>)> done) override;
  void setDropHandler(std::function<void(std::vector<FileData>)> handler) override;
  void openUrl(const std::string& url) override;
  long long nowMs() const override;
  void setFlushHandler(std::function<void()> handler) override;
  void requestPersistentStorage() override;
  StorageInfo storageInfo() const override;
  void claimWriter(std::function<void(WriterClaim)> done) override;
  bool writerGone() const override;
  void reload() override;
  void setWindowTitle(const std::string& title) override;
  std::string location() const override;
  void setLocation(const std::string& fragment, bool newEntry) override;
  bool takeLocationChange() override;

 private:
  IndexedDbStore store_;
};

// Requests in flight to JavaScript, completed by the exported hs_* functions.
namespace web_requests {
int begin(std::function<void(bool ok, std::string error)> done);
int beginFiles(std::function<void(std::vector<FileData>)> done);
int beginRecords(std::function<void(LibraryStore::Result, std::vector<LibraryStore::Record>)> done);
}  // namespace web_requests

}  // namespace hs::platform
