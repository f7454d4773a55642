// Runs `hindsight ARGS...` through the CLI entry point in-process and keeps its
// exit code and output (the unit tests link hindsight_cli).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "platform/native/cli.h"

namespace hs::test {

struct CliRun {
  int code;
  std::string out, err;
};

inline CliRun runCli(std::vector<std::string> args) {
  args.insert(args.begin(), "hindsight");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream out, err;
  int code = platform::runCli(static_cast<int>(args.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

}  // namespace hs::test
