// Desktop entry point: the command line (validate, export, stats) or the app window.
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "core/io/format_version.h"
#include "platform/app_host.h"
#include "platform/glfw_host.h"
#include "platform/native/cli.h"
#include "platform/native/native_platform.h"
#include "platform/native/test_hooks.h"
#include "ui/item_registry.h"
#include "ui/app.h"

namespace {

void printUsage() {
  std::cout << "usage: hindsight [--library DIR] [FILE.postmortem.json...]\n"
               "       hindsight validate FILE...\n"
               "       hindsight export --format markdown|csv|json FILE\n"
               "       hindsight stats FILE...\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-V") == 0)) {
    std::cout << "hindsight " << HINDSIGHT_VERSION << " (files: " << hs::kFormatTag << " version "
              << hs::kFormatVersion << ")\n";
    return 0;
  }
  int cli = hs::platform::runCli(argc, argv, std::cout, std::cerr);
  if (cli >= 0) return cli;

  std::string library = hs::platform::defaultLibraryFolder();
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--library") == 0 && i + 1 < argc) {
      library = argv[++i];
    } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      printUsage();
      return 0;
    } else {
      files.emplace_back(argv[i]);
    }
  }
  hs::platform::NativePlatform platform(library);
  platform.queueFilesToOpen(files);
  std::unique_ptr<hs::ui::App> app;
  auto hooks = hs::platform::NativeTestHooks::fromEnvironment();
  // Widgets are collected for tests only: a user's frames do not allocate for them.
  auto enableHooks = [&hooks] {
    if (hooks) hs::ui::enableItemRegistry();
  };
  int status = hs::platform::runApp(platform, app, enableHooks, [&hooks](hs::ui::App& running) {
    if (hooks) hooks->afterFrame(running);
  });
  // Window closed, or SIGTERM/SIGHUP/Ctrl+C: pending edits are written before leaving.
  platform.flush();
  if (int signal = hs::platform::stopSignal()) return 128 + signal;
  return status;
}
