#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

// The app next to this binary ($HINDSIGHT_APP_UNDER_TEST for another build), "" when not built.
std::string hindsightApp() {
  if (const char* app = std::getenv("HINDSIGHT_APP_UNDER_TEST"); app && *app) return app;
  std::error_code ec;
  auto app = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path() / "hindsight";
  return !ec && std::filesystem::exists(app) ? app.string() : std::string();
}

std::string outputOf(const std::string& command, int* status) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buf[256];
  while (std::fgets(buf, sizeof buf, pipe)) out += buf;
  *status = ::pclose(pipe);
  return out;
}

}  // namespace

TEST_CASE("desktop: hindsight --version names the release and the file format it writes") {
  std::string app = hindsightApp();
  if (app.empty()) {
    MESSAGE("skipped: the hindsight app is not built next to the unit tests");
    return;
  }
  int status = -1;
  CHECK(outputOf("'" + app + "' --version", &status) == "hindsight 0.1.0 (files: hindsight.postmortem version 1)\n");
  CHECK(status == 0);
  CHECK(outputOf("'" + app + "' --help", &status).find("       hindsight --version ") != std::string::npos);
}
