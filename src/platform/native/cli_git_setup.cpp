#include "platform/native/cli_git_setup.h"

#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "platform/native/folder_store.h"

namespace hs::platform {
namespace {

constexpr const char* kAttribute = "*.postmortem.json merge=hindsight";
// What the app keeps beside the files of a library folder: never part of the history.
constexpr const char* kIgnored[] = {".hindsight-revisions/", ".hindsight.lock"};

std::string trimmedLine(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// For a POSIX shell: git runs the driver line through `sh -c`.
std::string shellQuoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream all;
  all << in.rdbuf();
  return all.str();
}

bool hasLine(const std::string& text, const std::string& wanted) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (trimmedLine(line) == wanted) return true;
  return false;
}

// Adds each missing line at the end of `path`; returns how many were added, -1 on a write error.
int appendLines(const std::string& path, const std::vector<std::string>& wanted) {
  std::string text = readAll(path);
  int added = 0;
  for (const std::string& line : wanted) {
    if (hasLine(text, line)) continue;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += line + "\n";
    ++added;
  }
  if (added > 0 && !writeFileAtomically(path, text).ok) return -1;
  return added;
}

std::string thisProgram() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "hindsight";
  return std::string(buf, static_cast<std::size_t>(n));
}

}  // namespace

int runProgram(const std::vector<std::string>& argv, std::string* output) {
  int fds[2];
  if (output && pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    if (output) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      close(fds[1]);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  if (output) {
    close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) output->append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int runGitSetupCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() > 1) {
    err << "hindsight: git-setup takes at most one DIR\n";
    return 2;
  }
  const std::string dir = args.empty() ? "." : args[0];
  std::string top;
  if (runProgram({"git", "-C", dir, "rev-parse", "--show-toplevel"}, &top) != 0 || trimmedLine(top).empty()) {
    err << "hindsight git-setup: " << dir << " is not inside a git repository (git rev-parse failed)\n";
    return 1;
  }
  top = trimmedLine(top);

  const std::string attributes = top + "/.gitattributes";
  const int attributeAdded = appendLines(attributes, {kAttribute});
  const int ignoredAdded = appendLines(top + "/.gitignore", {kIgnored[0], kIgnored[1]});
  if (attributeAdded < 0 || ignoredAdded < 0) {
    err << "hindsight git-setup: cannot write " << (attributeAdded < 0 ? attributes : top + "/.gitignore") << "\n";
    return 1;
  }
  const std::string driver = shellQuoted(thisProgram()) + " merge %O %A %B";
  if (runProgram({"git", "-C", top, "config", "--local", "merge.hindsight.name", "Hindsight post-mortem merge"}) != 0 ||
      runProgram({"git", "-C", top, "config", "--local", "merge.hindsight.driver", driver}) != 0) {
    err << "hindsight git-setup: git config failed in " << top << "\n";
    return 1;
  }
  out << "hindsight git-setup: " << top << "\n"
      << "  .gitattributes: " << (attributeAdded == 0 ? "already has" : "added") << " \"" << kAttribute << "\"\n"
      << "  .gitignore: " << (ignoredAdded == 0 ? "already has" : "added") << " \"" << kIgnored[0] << "\" and \""
      << kIgnored[1] << "\" (the app's merge bases and lock)\n"
      << "  local git config: merge.hindsight.driver = " << driver << "\n"
      << "Commit .gitattributes and .gitignore so that the repository carries them; every teammate runs\n"
      << "`hindsight git-setup` once in their clone (git never shares the local config).\n";
  return 0;
}

}  // namespace hs::platform
