// Process tests of the desktop app: the real `hindsight` binary (built next to this
// test binary) runs under Xvfb with its test hooks (platform/native/test_hooks.h).
// Skipped, with a message, when the app was not built or xvfb-run is missing.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

extern char** environ;

using namespace hs;
namespace fs = std::filesystem;

namespace {

// A guard against a hung app, never a speed requirement.
constexpr auto kHangGuard = std::chrono::seconds(90);

// $HINDSIGHT_APP_UNDER_TEST (to run these tests against another build), else the app next to this binary.
std::string appBinary() {
  if (const char* app = std::getenv("HINDSIGHT_APP_UNDER_TEST"); app && *app) return app;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  fs::path app = self.parent_path() / "hindsight";
  return !ec && fs::exists(app) ? app.string() : std::string();
}

bool canRunApp() {
  if (appBinary().empty()) {
    MESSAGE("skipped: the hindsight app is not built next to the unit tests");
    return false;
  }
  if (::access("/usr/bin/xvfb-run", X_OK) != 0) {
    MESSAGE("skipped: xvfb-run is not installed");
    return false;
  }
  return true;
}

struct AppDir {
  fs::path path;
  explicit AppDir(const std::string& name) {
    path = fs::temp_directory_path() / ("hindsight-desktop-app-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "library");
    fs::create_directories(path / "home");
  }
  ~AppDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string library() const { return (path / "library").string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / "library" / name, std::ios::binary) << text;
    return (path / "library" / name).string();
  }
};

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string titleIn(const std::string& path) {
  auto loaded = loadPostMortemJson(contents(path), path);
  return loaded.ok() ? loaded.doc->title : "(unreadable: " + path + ")";
}

// The app under xvfb-run, its "hindsight-test: ..." lines read as they come.
class RunningApp {
 public:
  RunningApp(const AppDir& dir, std::vector<std::string> args, std::vector<std::string> extraEnv) {
    int out[2];
    REQUIRE(::pipe(out) == 0);
    std::vector<std::string> argv = {"xvfb-run", "-a", "-s", "-screen 0 1280x800x24", appBinary(),
                                     "--library", dir.library()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e)
      if (std::strncmp(*e, "HINDSIGHT_", 10) != 0 && std::strncmp(*e, "HOME=", 5) != 0) env.push_back(*e);
    env.push_back("HOME=" + (dir.path / "home").string());
    env.push_back("HINDSIGHT_TEST_HOOKS=1");
    env.insert(env.end(), extraEnv.begin(), extraEnv.end());

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGTERM, SIGHUP, SIGINT}) sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    std::vector<char*> av, ev;
    for (auto& a : argv) av.push_back(a.data());
    av.push_back(nullptr);
    for (auto& e : env) ev.push_back(e.data());
    ev.push_back(nullptr);
    int spawned = posix_spawnp(&pid_, "xvfb-run", &actions, &attr, av.data(), ev.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(out[1]);
    fd_ = out[0];
    REQUIRE(spawned == 0);
    deadline_ = std::chrono::steady_clock::now() + kHangGuard;
  }
  ~RunningApp() {
    if (pid_ > 0 && !exited_) {
      ::kill(-pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (fd_ >= 0) ::close(fd_);
  }

  // The first hook line so far or to come starting with `prefix` (returned without
  // "hindsight-test: "); "" when the app ends (or hangs) without printing one.
  std::string waitFor(const std::string& prefix) {
    const std::string tag = "hindsight-test: ";
    for (std::size_t seen = 0;; ) {
      for (std::size_t end; (end = buffer_.find('\n')) != std::string::npos;) {
        lines_.push_back(buffer_.substr(0, end));
        buffer_.erase(0, end + 1);
      }
      for (; seen < lines_.size(); ++seen)
        if (lines_[seen].rfind(tag + prefix, 0) == 0) return lines_[seen].substr(tag.size());
      if (!readMore()) return "";
    }
  }

  int appPid() {
    std::string ready = waitFor("ready pid ");
    return ready.empty() ? -1 : std::stoi(ready.substr(std::strlen("ready pid ")));
  }

  // Exit status of the app (xvfb-run passes it on); -1 when it died of a signal or hung.
  int waitForExit() {
    while (readMore()) {
    }
    if (std::chrono::steady_clock::now() >= deadline_) return -1;
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::string transcript() const {
    std::string all;
    for (const auto& line : lines_) all += line + "\n";
    return all + buffer_;
  }

 private:
  bool readMore() {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[4096];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  pid_t pid_ = -1;
  int fd_ = -1;
  bool exited_ = false;
  std::string buffer_;
  std::vector<std::string> lines_;
  std::chrono::steady_clock::time_point deadline_;
};

}  // namespace

TEST_CASE("desktop: SIGTERM, SIGHUP or Ctrl+C right after an edit: the edit is on disk") {
  if (!canRunApp()) return;
  for (int signal : {SIGTERM, SIGHUP, SIGINT}) {
    CAPTURE(signal);
    AppDir dir("signal-" + std::to_string(signal));
    PostMortem doc = hs::testing::sampleDoc();
    std::string file = dir.write(doc.id + ".postmortem.json", toJson(doc));
    const std::string title = "Edited just before signal " + std::to_string(signal);
    RunningApp app(dir, {}, {"HINDSIGHT_TEST_EDIT_TITLE=" + title});
    int pid = app.appPid();
    REQUIRE(pid > 0);
    // The edit waits for a 1 s quiet period before autosave; the signal comes at once.
    REQUIRE(app.waitFor("edited ") == "edited " + doc.id + " from " + doc.title);
    REQUIRE(::kill(pid, signal) == 0);
    int status = app.waitForExit();
    INFO(app.transcript());
    CHECK(status == 128 + signal);
    CHECK(titleIn(file) == title);
  }
}

TEST_CASE("desktop: two library files with one id: a banner names both, edits land in the one shown across restarts") {
  if (!canRunApp()) return;
  AppDir dir("dupes");
  PostMortem doc = hs::testing::sampleDoc();
  doc.title = "Canonical copy";
  std::string canonical = dir.write(doc.id + ".postmortem.json", toJson(doc));
  doc.title = "Teammate copy";
  std::string teammate = dir.write("zz-checkout.postmortem.json", toJson(doc));
  const std::string teammateBytes = contents(teammate);

  std::string expectedBanner = "banner: Two files in the library folder hold the same post-mortem (id " + doc.id +
                               "): " + canonical + " is the one shown and edits are saved there; " + teammate +
                               " is left untouched. Rename or remove one of them.";
  std::string shownTitle = "Canonical copy";
  for (int run = 1; run <= 3; ++run) {
    CAPTURE(run);
    const std::string title = "Edit of run " + std::to_string(run);
    RunningApp app(dir, {}, {"HINDSIGHT_TEST_EDIT_TITLE=" + title});
    int pid = app.appPid();
    REQUIRE(pid > 0);
    CHECK(app.waitFor("banner: Two files") == expectedBanner);
    // The edit of the previous run is what this run shows.
    CHECK(app.waitFor("edited ") == "edited " + doc.id + " from " + shownTitle);
    ::kill(pid, SIGTERM);
    int status = app.waitForExit();
    INFO(app.transcript());
    CHECK(status == 128 + SIGTERM);
    CHECK(titleIn(canonical) == title);
    CHECK(contents(teammate) == teammateBytes);
    shownTitle = title;
  }
}

TEST_CASE("desktop: opening /dev/zero, a FIFO or a folder in the app shows an error naming the file") {
  if (!canRunApp()) return;
  AppDir dir("open");
  std::string fifo = (dir.path / "pipe.postmortem.json").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  std::string folder = (dir.path / "home").string();
  RunningApp app(dir, {"/dev/zero", fifo, folder}, {});
  int pid = app.appPid();
  REQUIRE(pid > 0);
  CHECK(app.waitFor("item: import error: (document) a device") ==
        "item: import error: (document) a device, not a regular file: /dev/zero");
  CHECK(app.waitFor("item: import error: (document) a named pipe") ==
        "item: import error: (document) a named pipe (FIFO), not a regular file: " + fifo);
  CHECK(app.waitFor("item: import error: (document) a folder") ==
        "item: import error: (document) a folder, not a file: " + folder);
  ::kill(pid, SIGTERM);
  INFO(app.transcript());
  CHECK(app.waitForExit() == 128 + SIGTERM);
}
