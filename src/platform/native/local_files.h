// The one way the desktop app reads and writes the user's files: a read refuses
// what is not a regular file (a FIFO would block, /dev/zero never ends) and what
// is larger than the reader's limit, before reading a byte; a save never replaces
// an existing file.
#pragma once

#include <cstddef>
#include <string>

namespace hs::platform {

struct LocalRead {
  bool ok = false;
  std::string bytes;
  // What is wrong, without the path: "permission denied", "no such file",
  // "a named pipe (FIFO), not a regular file", "too large (25 MB; the limit is 20 MB)".
  std::string error;
};

LocalRead readLocalFile(const std::string& path, std::size_t maxBytes);

// "permission denied: /home/u/a.json" — the error with the file it concerns.
std::string describeReadError(const LocalRead& read, const std::string& path);

struct LocalSave {
  bool ok = false;
  std::string path;   // the file written (may be "name (2).ext" when name was taken)
  std::string error;  // what went wrong, naming the file
};

// Creates a new file in `folder` named `name`, or "name (2)", "name (3)"... when
// taken; the name is claimed with O_EXCL, so a file of the same name (even one
// created at the same moment) is never replaced.
LocalSave saveWithoutReplacing(const std::string& folder, const std::string& name, const std::string& bytes);

}  // namespace hs::platform
