#include "platform/web/web_platform.h"

#include <emscripten.h>

#include <cstdlib>

#include "core/io/byte_size_text.h"
#include "platform/glfw_host.h"
#include "core/io/limits.h"

extern "C" {
void hs_js_store_load_all(int request);
void hs_js_store_put(int request, const char* id, const void* data, int length, const char* indexJson);
void hs_js_store_remove(int request, const char* id);
void hs_js_stage_piece(const char* key, const void* data, int length);
void hs_js_stage_stale(const char* key);
void hs_js_download(const char* name, const char* mime, const void* data, int length);
void hs_js_install_page_hooks(double maxFileBytes);
void hs_js_open_picker(int request);
void hs_js_open_url(const char* url);
double hs_js_now_ms();
void hs_js_persist_storage();
int hs_js_storage_persistent();
double hs_js_storage_used();
void hs_js_claim_writer(int request);
int hs_js_writer_gone();
void hs_js_reload();
char* hs_js_location();
void hs_js_set_location(const char* fragment, int newEntry);
int hs_js_take_location_change();
void hs_js_revision_put(const char* id, const char* revision, const void* data, int length, int keep);
void hs_js_revision_load(int request, const char* id);
}

namespace hs::platform {
namespace {

struct Pending {
  std::function<void(bool, std::string)> done;
  std::vector<FileData> files;
  std::vector<LibraryStore::Record> records;
  std::function<void(std::vector<FileData>)> filesDone;
  std::function<void(LibraryStore::Result, std::vector<LibraryStore::Record>)> recordsDone;
};

std::map<int, Pending>& pending() {
  static std::map<int, Pending> requests;
  return requests;
}
int g_nextRequest = 1;
std::function<void(std::vector<FileData>)> g_dropHandler;
std::vector<FileData> g_droppedFiles;
std::function<void()> g_flushHandler;

}  // namespace

int web_requests::begin(std::function<void(bool, std::string)> done) {
  int id = g_nextRequest++;
  pending()[id].done = std::move(done);
  return id;
}

int web_requests::beginFiles(std::function<void(std::vector<FileData>)> done) {
  int id = g_nextRequest++;
  pending()[id].filesDone = std::move(done);
  return id;
}

int web_requests::beginRecords(
    std::function<void(LibraryStore::Result, std::vector<LibraryStore::Record>)> done) {
  int id = g_nextRequest++;
  pending()[id].recordsDone = std::move(done);
  return id;
}

void IndexedDbStore::loadAll(std::function<void(Result, std::vector<Record>)> done) {
  hs_js_store_load_all(web_requests::beginRecords(std::move(done)));
}

void IndexedDbStore::put(const std::string& id, std::string bytes, const std::string& summaryJson,
                         std::function<void(Result)> done) {
  int request = web_requests::begin([done](bool ok, std::string error) { done({ok, error}); });
  hs_js_store_put(request, id.c_str(), bytes.data(), static_cast<int>(bytes.size()), summaryJson.c_str());
}

void IndexedDbStore::putPieces(const std::string& id, std::string head,
                               std::vector<std::pair<std::string, std::string>> pieces,
                               std::vector<std::string> stale, const std::string& summaryJson,
                               std::function<void(Result)> done) {
  // Staged pieces ride with the next put, in its transaction.
  for (const auto& [key, bytes] : pieces)
    hs_js_stage_piece(key.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  for (const auto& key : stale) hs_js_stage_stale(key.c_str());
  put(id, std::move(head), summaryJson, std::move(done));
}

void IndexedDbStore::putRevision(const std::string& id, const std::string& revision, std::string json,
                                 std::size_t keep) {
  hs_js_revision_put(id.c_str(), revision.c_str(), json.data(), static_cast<int>(json.size()),
                     static_cast<int>(keep));
}

void IndexedDbStore::loadRevisions(const std::string& id, std::function<void(std::vector<Record>)> done) {
  hs_js_revision_load(web_requests::beginRecords(
                          [done](Result, std::vector<Record> records) { done(std::move(records)); }),
                      id.c_str());
}

void IndexedDbStore::remove(const std::string& id, std::function<void(Result)> done) {
  int request = web_requests::begin([done](bool ok, std::string error) { done({ok, error}); });
  hs_js_store_remove(request, id.c_str());
}

// Files over the reader's limit are refused in JavaScript by their size, before any
// byte reaches the heap.
WebPlatform::WebPlatform() { hs_js_install_page_hooks(static_cast<double>(ReadLimits{}.maxFileBytes)); }

bool WebPlatform::saveFile(const std::string& fileName, const std::string& mime,
                           const std::string& bytes, std::string* savedPath) {
  hs_js_download(fileName.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  if (savedPath) *savedPath = fileName;
  return true;
}

void WebPlatform::openFiles(std::function<void(std::vector<FileData>)> done) {
  hs_js_open_picker(web_requests::beginFiles(std::move(done)));
}

void WebPlatform::setDropHandler(std::function<void(std::vector<FileData>)> handler) {
  g_dropHandler = std::move(handler);
}

void WebPlatform::openUrl(const std::string& url) { hs_js_open_url(url.c_str()); }

long long WebPlatform::nowMs() const { return static_cast<long long>(hs_js_now_ms()); }

void WebPlatform::setFlushHandler(std::function<void()> handler) { g_flushHandler = std::move(handler); }

void WebPlatform::requestPersistentStorage() { hs_js_persist_storage(); }

StorageInfo WebPlatform::storageInfo() const {
  StorageInfo info;
  int persistent = hs_js_storage_persistent();
  if (persistent == 1) info.kept = StorageInfo::Kept::Persistent;
  else if (persistent == 0 || persistent == -2) info.kept = StorageInfo::Kept::MayBeCleared;
  info.usedBytes = hs_js_storage_used();
  return info;
}

void WebPlatform::claimWriter(std::function<void(WriterClaim)> done) {
  hs_js_claim_writer(web_requests::begin(
      [done](bool ok, std::string reason) { done({ok, std::move(reason)}); }));
}

bool WebPlatform::writerGone() const { return hs_js_writer_gone() != 0; }

void WebPlatform::reload() { hs_js_reload(); }

void WebPlatform::setWindowTitle(const std::string& title) { setHostWindowTitle(title.c_str()); }

std::string WebPlatform::location() const {
  char* fragment = hs_js_location();
  std::string result = fragment ? fragment : "";
  std::free(fragment);
  return result;
}

void WebPlatform::setLocation(const std::string& fragment, bool newEntry) {
  hs_js_set_location(fragment.c_str(), newEntry ? 1 : 0);
}

bool WebPlatform::takeLocationChange() { return hs_js_take_location_change() != 0; }

}  // namespace hs::platform

using hs::platform::FileData;

extern "C" {

EMSCRIPTEN_KEEPALIVE void hs_store_record(int request, const char* id, const char* data, int length) {
  auto it = hs::platform::pending().find(request);
  if (it != hs::platform::pending().end())
    it->second.records.push_back({id, std::string(data, static_cast<std::size_t>(length))});
}

EMSCRIPTEN_KEEPALIVE void hs_file_arrived(int request, const char* name, const char* data, int length) {
  FileData file{name, std::string(data, static_cast<std::size_t>(length))};
  if (request < 0) {
    hs::platform::g_droppedFiles.push_back(std::move(file));
    return;
  }
  auto it = hs::platform::pending().find(request);
  if (it != hs::platform::pending().end()) it->second.files.push_back(std::move(file));
}

// A file JavaScript did not read: over the size limit (`error` empty) or unreadable.
EMSCRIPTEN_KEEPALIVE void hs_file_refused(int request, const char* name, double size, const char* error) {
  std::string why = error && *error
                        ? std::string("the browser could not read the file (") + error + ")"
                        : "the file is " + hs::byteSizeText(size) + ", larger than the limit of " +
                              hs::byteSizeText(static_cast<double>(hs::ReadLimits{}.maxFileBytes)) +
                              " for a post-mortem; it was not read";
  FileData file;
  file.name = name;
  file.error = std::move(why);
  if (request < 0) {
    hs::platform::g_droppedFiles.push_back(std::move(file));
    return;
  }
  auto it = hs::platform::pending().find(request);
  if (it != hs::platform::pending().end()) it->second.files.push_back(std::move(file));
}

EMSCRIPTEN_KEEPALIVE void hs_store_done(int request, int ok, const char* error) {
  using namespace hs::platform;
  if (request < 0) {  // a drop finished
    auto files = std::move(g_droppedFiles);
    g_droppedFiles.clear();
    if (g_dropHandler) g_dropHandler(std::move(files));
    return;
  }
  auto it = pending().find(request);
  if (it == pending().end()) return;
  Pending p = std::move(it->second);
  pending().erase(it);
  if (p.done) p.done(ok != 0, error ? error : "");
  if (p.filesDone) p.filesDone(std::move(p.files));
  if (p.recordsDone) p.recordsDone({ok != 0, error ? error : ""}, std::move(p.records));
}

EMSCRIPTEN_KEEPALIVE void hs_flush() {
  if (hs::platform::g_flushHandler) hs::platform::g_flushHandler();
}

}  // extern "C"
