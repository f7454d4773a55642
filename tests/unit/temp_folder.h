// A folder of its own under the system's temp directory for one test, removed
// (permissions restored first) when the test ends, with helpers to write and
// read its files.
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace hs::test {

struct TempFolder {
  std::filesystem::path path;

  // "<prefix>-<name>-<pid>": tests running at once in other processes do not meet.
  TempFolder(const std::string& prefix, const std::string& name) {
    path = std::filesystem::temp_directory_path() / (prefix + "-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  std::string file(const std::string& name) const { return (path / name).string(); }

  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return file(name);
  }
  // Written with its modification time set to `modifiedMs` (milliseconds since the epoch).
  std::string write(const std::string& name, const std::string& text, long long modifiedMs) const {
    std::string written = write(name, text);
    const struct timespec times[2] = {{modifiedMs / 1000, 0}, {modifiedMs / 1000, 0}};
    ::utimensat(AT_FDCWD, written.c_str(), times, 0);
    return written;
  }
};

inline std::string fileContents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace hs::test
