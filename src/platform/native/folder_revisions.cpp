// FolderStore's merge bases: "<library>/.hindsight-revisions/<id>/<revision>.json",
// the newest `keep` files per post-mortem (by modification time).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/io/limits.h"
#include "core/model/ids.h"
#include "platform/native/folder_store.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace fs = std::filesystem;

namespace {

fs::path revisionsOf(const std::string& folder, const std::string& id) {
  return fs::path(folder) / ".hindsight-revisions" / id;
}

// Revisions are hex digests; anything else never becomes a file name.
bool isRevisionName(const std::string& r) {
  return !r.empty() && r.size() <= 128 &&
         std::all_of(r.begin(), r.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

void FolderStore::putRevision(const std::string& id, const std::string& revision, std::string json,
                              std::size_t keep) {
  if (!isValidId(id) || !isRevisionName(revision)) return;
  std::error_code ec;
  const fs::path dir = revisionsOf(description(), id);
  fs::create_directories(dir, ec);
  if (ec || !writeFileAtomically((dir / (revision + ".json")).string(), json).ok) return;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") files.emplace_back(entry.last_write_time(ec), entry.path());
  if (files.size() <= keep) return;
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i + keep < files.size(); ++i) fs::remove(files[i].second, ec);
}

void FolderStore::loadRevisions(const std::string& id, std::function<void(std::vector<Record>)> done) {
  std::vector<Record> records;
  std::error_code ec;
  if (isValidId(id))
    for (const auto& entry : fs::directory_iterator(revisionsOf(description(), id), ec)) {
      if (entry.path().extension() != ".json") continue;
      LocalRead read = readLocalFile(entry.path().string(), ReadLimits{}.maxFileBytes);
      if (read.ok) records.push_back({entry.path().stem().string(), std::move(read.bytes)});
    }
  done(std::move(records));
}

}  // namespace hs::platform
