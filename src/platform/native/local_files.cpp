#include "platform/native/local_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/io/slug.h"

namespace hs::platform {
namespace {

constexpr int kMostNumberedNames = 9999;

std::string errnoWords(int code) {
  switch (code) {
    case EACCES:
    case EPERM: return "permission denied";
    case ENOENT:
    case ENOTDIR: return "no such file";
    case EISDIR: return "a folder, not a file";
    case ELOOP: return "too many levels of symbolic links";
    case ENAMETOOLONG: return "the name is too long";
    default: return std::strerror(code);
  }
}

// What a non-regular file is, for the message refusing it.
std::string notRegular(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder, not a file";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO), not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not a regular file";
  if (S_ISSOCK(mode)) return "a socket, not a regular file";
  return "not a regular file";
}

std::string sizeText(unsigned long long bytes) {
  constexpr double kMiB = 1024.0 * 1024.0;
  char text[64];
  if (bytes < 1024 * 1024) {
    std::snprintf(text, sizeof text, "%llu bytes", bytes);
  } else {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / kMiB);
    std::string s = text;
    auto zero = s.find(".0 MB");
    return zero == std::string::npos ? s : s.erase(zero, 2);
  }
  return text;
}

std::string tooLarge(unsigned long long size, std::size_t maxBytes, bool atLeast) {
  return "too large (" + std::string(atLeast ? "more than " : "") + sizeText(size) + "; the limit is " +
         sizeText(maxBytes) + ")";
}

LocalRead failed(std::string error) {
  LocalRead read;
  read.error = std::move(error);
  return read;
}

}  // namespace

LocalRead readLocalFile(const std::string& path, std::size_t maxBytes) {
  // stat first: opening a FIFO for reading would wait for a writer.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return failed(errnoWords(errno));
  if (!S_ISREG(info.st_mode)) return failed(notRegular(info.st_mode));
  if (static_cast<unsigned long long>(info.st_size) > maxBytes)
    return failed(tooLarge(static_cast<unsigned long long>(info.st_size), maxBytes, false));

  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return failed(errnoWords(errno));
  // The path may have been swapped for something else between stat and open.
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return failed(notRegular(info.st_mode));
  }
  LocalRead read;
  read.bytes.resize(static_cast<std::size_t>(info.st_size) + 1);
  std::size_t total = 0;
  while (true) {
    if (total == read.bytes.size()) {
      if (total > maxBytes) break;  // grew past the limit while being read
      read.bytes.resize(std::min(maxBytes + 1, total * 2 + 4096));
    }
    ssize_t n = ::read(fd, read.bytes.data() + total, read.bytes.size() - total);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int code = errno;
      ::close(fd);
      return failed(errnoWords(code));
    }
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (total > maxBytes) return failed(tooLarge(maxBytes, maxBytes, true));
  read.bytes.resize(total);
  read.ok = true;
  return read;
}

std::string describeReadError(const LocalRead& read, const std::string& path) {
  return read.error + ": " + path;
}

LocalSave saveWithoutReplacing(const std::string& folder, const std::string& name, const std::string& bytes) {
  LocalSave save;
  for (int n = 1; n <= kMostNumberedNames; ++n) {
    std::string path = folder + "/" + numberedFileName(name, n);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) {
      save.error = "cannot create " + path + ": " + errnoWords(errno);
      return save;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
      ssize_t w = ::write(fd, bytes.data() + written, bytes.size() - written);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) break;
      written += static_cast<std::size_t>(w);
    }
    bool complete = written == bytes.size() && ::fsync(fd) == 0;
    int code = errno;
    complete = ::close(fd) == 0 && complete;
    if (!complete) {
      ::unlink(path.c_str());  // ours: created by this call, never someone else's file
      save.error = "cannot write " + path + ": " + errnoWords(code);
      return save;
    }
    save.ok = true;
    save.path = path;
    return save;
  }
  save.error = "cannot save " + name + " in " + folder + ": every numbered name up to (" +
               std::to_string(kMostNumberedNames) + ") is taken";
  return save;
}

}  // namespace hs::platform
