#include "platform/native/folder_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>

#include "core/io/limits.h"
#include "platform/native/folder_markdown.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace fs = std::filesystem;

namespace {
constexpr const char* kSuffix = ".postmortem.json";

constexpr const char* kRemovedMarkdown = ".hindsight-removed-markdown";

std::string errnoText(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool hasSuffix(const std::string& name, const char* suffix) {
  const std::size_t n = std::strlen(suffix);
  return name.size() > n && name.compare(name.size() - n, std::string::npos, suffix) == 0;
}

TimeMs modifiedTime(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0;
  return static_cast<TimeMs>(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1'000'000;
}

// Ids listed in the removed-Markdown file, one a line before a tab (the file name follows).
std::set<std::string> removedMarkdownIds(const std::string& folder) {
  std::set<std::string> ids;
  LocalRead read = readLocalFile((fs::path(folder) / kRemovedMarkdown).string(), ReadLimits{}.maxFileBytes);
  if (!read.ok) return ids;
  std::size_t pos = 0;
  while (pos < read.bytes.size()) {
    std::size_t nl = read.bytes.find('\n', pos);
    std::size_t end = nl == std::string::npos ? read.bytes.size() : nl;
    std::string line = read.bytes.substr(pos, end - pos);
    std::string id = line.substr(0, line.find('\t'));
    if (!id.empty()) ids.insert(id);
    pos = end + 1;
  }
  return ids;
}
}  // namespace

FolderStore::FolderStore(std::string folder) : folder_(std::move(folder)) {}

std::string FolderStore::pathFor(const std::string& id) const {
  auto known = pathById_.find(id);
  if (known != pathById_.end()) return known->second;
  return (fs::path(folder_) / (id + kSuffix)).string();
}

void FolderStore::adopt(const std::string& recordKey, const std::string& id) {
  // A Markdown import is saved beside its .md, never into it; a JSON file with its id loaded first wins.
  if (markdownRecords_.count(recordKey)) return;
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
  std::vector<std::string> otherPaths;  // may be Markdown post-mortems
  for (const auto& entry : fs::directory_iterator(folder_, ec)) {
    std::string name = entry.path().filename().string();
    if (hasSuffix(name, kSuffix)) {
      paths.push_back(entry.path().string());
    } else if (mayHoldMarkdownPostMortem(name)) {
      std::error_code typeError;
      if (entry.is_regular_file(typeError)) otherPaths.push_back(entry.path().string());
    }
  }
  if (ec) {
    done({false, "cannot list " + folder_ + ": " + ec.message()}, {});
    return;
  }
  // Name order, so the file that keeps a duplicated id is the same on every start.
  std::sort(paths.begin(), paths.end());
  std::sort(otherPaths.begin(), otherPaths.end());
  std::vector<Record> records;
  for (const auto& path : paths) {
    LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
    if (read.ok)
      records.push_back({path, std::move(read.bytes)});
    else
      notices_.push_back("A file in the library folder could not be read and was left untouched: " +
                         describeReadError(read, path));
  }
  // Markdown after JSON: the saved, edited copy of an import comes first and keeps its id.
  const std::set<std::string> removed = removedMarkdownIds(folder_);
  for (const auto& path : otherPaths) {
    LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
    if (!read.ok) continue;  // not known to be a post-mortem: nothing to report
    std::optional<std::string> json = markdownPostMortemJson(read.bytes, modifiedTime(path));
    if (!json) continue;
    std::string id = markdownFileId(read.bytes);
    auto [known, added] = markdownById_.emplace(id, path);
    if (!added && known->second != path) {
      notices_.push_back("Two Markdown files in the library folder hold the same text: " + known->second +
                         " is the one shown; " + path + " is left untouched.");
      continue;
    }
    if (removed.count(id) || fs::exists(fs::path(folder_) / (id + kSuffix), ec)) continue;
    markdownRecords_.insert(path);
    records.push_back({path, std::move(*json)});
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
  if (auto source = markdownById_.find(id); source != markdownById_.end()) {
    const std::string ledger = (fs::path(folder_) / kRemovedMarkdown).string();
    LocalRead read = readLocalFile(ledger, ReadLimits{}.maxFileBytes);
    std::string listed = read.ok ? read.bytes : std::string();
    if (!listed.empty() && listed.back() != '\n') listed += '\n';
    listed += id + "\t" + fs::path(source->second).filename().string() + "\n";
    Result written = writeFileAtomically(ledger, listed);
    if (!written.ok) {
      done(written);
      return;
    }
  }
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
