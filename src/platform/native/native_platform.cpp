#include "platform/native/native_platform.h"

#include <sys/wait.h>

#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/io/limits.h"
#include "platform/glfw_host.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace fs = std::filesystem;

namespace {

std::function<void(std::vector<FileData>)>* g_dropHandler = nullptr;

void onDrop(GLFWwindow*, int count, const char** paths) {
  if (!g_dropHandler || !*g_dropHandler) return;
  std::vector<std::string> list(paths, paths + count);
  (*g_dropHandler)(readFiles(list));
}

std::string downloadsFolder() {
  const char* home = std::getenv("HOME");
  fs::path base = home && *home ? fs::path(home) : fs::current_path();
  fs::path downloads = base / "Downloads";
  return fs::is_directory(downloads) ? downloads.string() : base.string();
}

// Single-quotes a string for /bin/sh.
std::string shellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::vector<FileData> readFiles(const std::vector<std::string>& paths) {
  std::vector<FileData> files;
  for (const auto& path : paths) {
    LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
    FileData file{path, std::move(read.bytes)};
    if (!read.ok) file.error = describeReadError(read, path);
    files.push_back(std::move(file));
  }
  return files;
}

NativePlatform::NativePlatform(std::string libraryFolder) : store_(std::move(libraryFolder)) {}

bool NativePlatform::saveFile(const std::string& fileName, const std::string&,
                              const std::string& bytes, std::string* savedPath) {
  LocalSave save = saveWithoutReplacing(downloadsFolder(), fileName, bytes);
  if (savedPath) *savedPath = save.ok ? save.path : save.error;
  return save.ok;
}

void NativePlatform::openFiles(std::function<void(std::vector<FileData>)> done) {
  // A desktop file chooser when one is installed; files can also be dropped on
  // the window or named on the command line.
  FILE* pipe = ::popen("zenity --file-selection --multiple --separator='\n' "
                       "--file-filter='*.json *.md *.markdown *.txt' 2>/dev/null", "r");
  std::vector<std::string> paths;
  int status = -1;
  if (pipe) {
    char line[4096];
    while (std::fgets(line, sizeof line, pipe)) {
      std::string path(line);
      while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
      if (!path.empty()) paths.push_back(path);
    }
    status = ::pclose(pipe);
  }
  // The shell answers 127 for a command it cannot find: say so instead of doing nothing
  // (a cancelled chooser answers 1 and needs no word).
  if (!pipe || (WIFEXITED(status) && WEXITSTATUS(status) == 127)) {
    FileData missing;
    missing.name = "Open file\xE2\x80\xA6";
    missing.error = "no file chooser is installed (Hindsight uses zenity: apt install zenity); drop files on the "
                    "window or name them on the command line instead";
    done({std::move(missing)});
    return;
  }
  done(readFiles(paths));
}

void NativePlatform::setDropHandler(std::function<void(std::vector<FileData>)> handler) {
  dropHandler_ = std::move(handler);
  g_dropHandler = &dropHandler_;
  if (GLFWwindow* window = glfwGetCurrentContext()) glfwSetDropCallback(window, onDrop);
  deliverStartupFiles();
}

void NativePlatform::deliverStartupFiles() {
  if (startupPaths_.empty() || !dropHandler_) return;
  dropHandler_(readFiles(startupPaths_));
  startupPaths_.clear();
}

void NativePlatform::setWindowTitle(const std::string& title) { setHostWindowTitle(title.c_str()); }

void NativePlatform::openUrl(const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return;
  std::string command = "xdg-open " + shellQuote(url) + " >/dev/null 2>&1 &";
  int ignored = std::system(command.c_str());
  (void)ignored;
}

void NativePlatform::claimWriter(std::function<void(WriterClaim)> done) {
  WriterClaim claim;
  claim.writer = store_.lockForWriting(&claim.reason);
  if (claim.writer) claim.reason.clear();
  done(claim);
}

long long NativePlatform::nowMs() const {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace hs::platform
