#include "platform/native/folder_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>

#include "core/io/limits.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace fs = std::filesystem;

namespace {
constexpr const char* kSuffix = ".postmortem.json";

std::string errnoText(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}
}  // namespace

FolderStore::FolderStore(std::string folder) : folder_(std::move(folder)) {}

std::string FolderStore::pathFor(const std::string& id) const {
  auto known = pathById_.find(id);
  if (known != pathById_.end()) return known->second;
  return (fs::path(folder_) / (id + kSuffix)).string();
}

void FolderStore::adopt(const std::string& recordKey, const std::string& id) {
  auto [known, added] = pathById_.emplace(id, recordKey);
  if (added || known->second == recordKey) return;
  notices_.push_back("Two files in the library folder hold the same post-mortem (id " + id + "): " +
                     known->second + " is the one shown and edits are saved there; " + recordKey +
                     " is left untouched. Rename or remove one of them.");
}

std::vector<std::string> FolderStore::takeNotices() { return std::exchange(notices_, {}); }

bool FolderStore::lockForWriting(std::string* reason) {
  if (lockFd_ >= 0) return true;
  std::error_code ec;
  fs::create_directories(folder_, ec);
  std::string path = (fs::path(folder_) / ".hindsight.lock").string();
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
  if (fd < 0) {
    // A read-only folder: saves will fail and say so; nothing to guard.
    if (reason) *reason = errnoText("cannot create", path);
    return true;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    if (reason) *reason = "another Hindsight window uses the library folder " + folder_ +
                          "; changes made in this window are not saved";
    return false;
  }
  lockFd_ = fd;  // released when the process exits
  return true;
}

void FolderStore::loadAll(std::function<void(Result, std::vector<Record>)> done) {
  std::error_code ec;
  fs::create_directories(folder_, ec);
  if (ec) {
    done({false, "cannot create the library folder " + folder_ + ": " + ec.message()}, {});
    return;
  }
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(folder_, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() <= std::strlen(kSuffix) ||
        name.compare(name.size() - std::strlen(kSuffix), std::string::npos, kSuffix) != 0)
      continue;
    paths.push_back(entry.path().string());
  }
  if (ec) {
    done({false, "cannot list " + folder_ + ": " + ec.message()}, {});
    return;
  }
  // Name order, so the file that keeps a duplicated id is the same on every start.
  std::sort(paths.begin(), paths.end());
  std::vector<Record> records;
  for (const auto& path : paths) {
    LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
    if (read.ok)
      records.push_back({path, std::move(read.bytes)});
    else
      notices_.push_back("A file in the library folder could not be read and was left untouched: " +
                         describeReadError(read, path));
  }
  done({}, std::move(records));
}

LibraryStore::Result writeFileAtomically(const std::string& path, const std::string& bytes) {
  std::string temp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return {false, errnoText("cannot create", temp)};
  std::size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      auto result = LibraryStore::Result{false, errnoText("cannot write", temp)};
      ::close(fd);
      ::unlink(temp.c_str());
      return result;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    auto result = LibraryStore::Result{false, errnoText("cannot flush", temp)};
    ::close(fd);
    ::unlink(temp.c_str());
    return result;
  }
  ::close(fd);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    auto result = LibraryStore::Result{false, errnoText("cannot replace", path)};
    ::unlink(temp.c_str());
    return result;
  }
  return {};
}

void FolderStore::put(const std::string& id, std::string bytes, const std::string&,
                      std::function<void(Result)> done) {
  std::error_code ec;
  fs::create_directories(folder_, ec);
  done(writeFileAtomically(pathFor(id), bytes));
}

void FolderStore::remove(const std::string& id, std::function<void(Result)> done) {
  std::error_code ec;
  std::string path = pathFor(id);
  fs::remove(path, ec);
  if (ec) {
    done({false, "cannot delete " + path + ": " + ec.message()});
    return;
  }
  pathById_.erase(id);
  done({});
}

std::string defaultLibraryFolder() {
  if (const char* dir = std::getenv("HINDSIGHT_LIBRARY"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "hindsight" / "library").string();
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".local" / "share" / "hindsight" / "library").string();
}

}  // namespace hs::platform
