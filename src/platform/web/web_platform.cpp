#include "platform/web/web_platform.h"

#include <emscripten.h>

#include <cstdlib>

#include "core/io/byte_size_text.h"
#include "platform/glfw_host.h"
#include "core/io/limits.h"

extern "C" {
void hs_js_store_load_all(int request);
void hs_js_store_put(int request, const char* id, const void* data, int length, const char* indexJson,
                     const void* pieces, int piecesLength, const char* piecesJson);
void hs_js_store_remove(int request, const char* id);
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

// Requests to JavaScript in flight, one kind each, answered by the hs_*_done function of that kind.
struct FilesRequest {
  std::vector<FileData> arrived;
  std::function<void(std::vector<FileData>)> done;
};
struct RecordsRequest {
  std::vector<LibraryStore::Record> arrived;
  std::function<void(LibraryStore::Result, std::vector<LibraryStore::Record>)> done;
};
struct Requests {
  int next = 1;
  std::map<int, std::function<void(bool, std::string)>> results;
  std::map<int, FilesRequest> files;
  std::map<int, RecordsRequest> records;
};
Requests& requests() {
  static Requests all;
  return all;
}
std::function<void(std::vector<FileData>)> g_dropHandler;
std::function<void()> g_flushHandler;

// {"pieces": [[key, offset, length], ...], "stale": [key, ...]}: where each piece's bytes
// are in the buffer passed beside it. Keys are ASCII ("ev.0123abcd..."); quotes and
// backslashes are escaped all the same.
std::string piecesLayoutJson(const std::vector<std::pair<std::string, std::string>>& pieces,
                             const std::vector<std::string>& stale) {
  auto quoted = [](const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  };
  std::string json = "{\"pieces\":[";
  std::size_t offset = 0;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    json += (i ? ",[" : "[") + quoted(pieces[i].first) + "," + std::to_string(offset) + "," +
            std::to_string(pieces[i].second.size()) + "]";
    offset += pieces[i].second.size();
  }
  json += "],\"stale\":[";
  for (std::size_t i = 0; i < stale.size(); ++i) json += (i ? "," : "") + quoted(stale[i]);
  return json + "]}";
}

}  // namespace

int web_requests::begin(std::function<void(bool, std::string)> done) {
  int id = requests().next++;
  requests().results[id] = std::move(done);
  return id;
}

int web_requests::beginFiles(std::function<void(std::vector<FileData>)> done) {
  int id = requests().next++;
  requests().files[id].done = std::move(done);
  return id;
}

int web_requests::beginRecords(
    std::function<void(LibraryStore::Result, std::vector<LibraryStore::Record>)> done) {
  int id = requests().next++;
  requests().records[id].done = std::move(done);
  return id;
}

void IndexedDbStore::loadAll(std::function<void(Result, std::vector<Record>)> done) {
  hs_js_store_load_all(web_requests::beginRecords(std::move(done)));
}

void IndexedDbStore::put(const std::string& id, std::string bytes, const std::string& summaryJson,
                         std::function<void(Result)> done) {
  int request = web_requests::begin([done](bool ok, std::string error) { done({ok, error}); });
  hs_js_store_put(request, id.c_str(), bytes.data(), static_cast<int>(bytes.size()), summaryJson.c_str(), nullptr, 0,
                  "{\"pieces\":[],\"stale\":[]}");
}

void IndexedDbStore::putPieces(const std::string& id, std::string head,
                               std::vector<std::pair<std::string, std::string>> pieces,
                               std::vector<std::string> stale, const std::string& summaryJson,
                               std::function<void(Result)> done) {
  // The head, the changed pieces and the stale keys go in one call, written in one transaction.
  std::string layout = piecesLayoutJson(pieces, stale);
  std::string piecesBytes;
  std::size_t total = 0;
  for (const auto& piece : pieces) total += piece.second.size();
  piecesBytes.reserve(total);
  for (const auto& piece : pieces) piecesBytes += piece.second;
  int request = web_requests::begin([done](bool ok, std::string error) { done({ok, error}); });
  hs_js_store_put(request, id.c_str(), head.data(), static_cast<int>(head.size()), summaryJson.c_str(),
                  piecesBytes.data(), static_cast<int>(piecesBytes.size()), layout.c_str());
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
  auto it = hs::platform::requests().records.find(request);
  if (it != hs::platform::requests().records.end())
    it->second.arrived.push_back({id, std::string(data, static_cast<std::size_t>(length))});
}

EMSCRIPTEN_KEEPALIVE void hs_records_done(int request, int ok, const char* error) {
  auto& records = hs::platform::requests().records;
  auto it = records.find(request);
  if (it == records.end()) return;
  hs::platform::RecordsRequest r = std::move(it->second);
  records.erase(it);
  if (r.done) r.done({ok != 0, error ? error : ""}, std::move(r.arrived));
}

// Files dropped on the page: a request of their own, answered like the picker's.
EMSCRIPTEN_KEEPALIVE int hs_begin_drop() {
  return hs::platform::web_requests::beginFiles([](std::vector<FileData> files) {
    if (hs::platform::g_dropHandler) hs::platform::g_dropHandler(std::move(files));
  });
}

EMSCRIPTEN_KEEPALIVE void hs_file_arrived(int request, const char* name, const char* data, int length) {
  auto it = hs::platform::requests().files.find(request);
  if (it != hs::platform::requests().files.end())
    it->second.arrived.push_back({name, std::string(data, static_cast<std::size_t>(length))});
}

// A file JavaScript did not read: over the size limit (`error` empty) or unreadable.
EMSCRIPTEN_KEEPALIVE void hs_file_refused(int request, const char* name, double size, const char* error) {
  std::string why = error && *error
                        ? std::string("the browser could not read the file (") + error + ")"
                        : "the file is " + hs::byteSizeText(size) + ", larger than the limit of " +
                              hs::byteSizeText(static_cast<double>(hs::ReadLimits{}.maxFileBytes)) +
                              " for a post-mortem; it was not read";
  auto it = hs::platform::requests().files.find(request);
  if (it == hs::platform::requests().files.end()) return;
  FileData file;
  file.name = name;
  file.error = std::move(why);
  it->second.arrived.push_back(std::move(file));
}

EMSCRIPTEN_KEEPALIVE void hs_files_done(int request) {
  auto& files = hs::platform::requests().files;
  auto it = files.find(request);
  if (it == files.end()) return;
  hs::platform::FilesRequest r = std::move(it->second);
  files.erase(it);
  if (r.done) r.done(std::move(r.arrived));
}

// The answer to a write, a removal or the writer claim.
EMSCRIPTEN_KEEPALIVE void hs_request_done(int request, int ok, const char* error) {
  auto& results = hs::platform::requests().results;
  auto it = results.find(request);
  if (it == results.end()) return;
  auto done = std::move(it->second);
  results.erase(it);
  if (done) done(ok != 0, error ? error : "");
}

EMSCRIPTEN_KEEPALIVE void hs_flush() {
  if (hs::platform::g_flushHandler) hs::platform::g_flushHandler();
}

}  // extern "C"
