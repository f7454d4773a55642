#include "platform/native/cli_generate_library.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/io/json_writer.h"
#include "core/model/generated_library.h"

namespace hs::platform {
namespace {

constexpr const char* kGenerateUsage = "usage: hindsight generate-library --count N [--seed S] -o DIR\n";

int generateUsageError(std::ostream& err, const std::string& what) {
  err << "hindsight: " << what << "\n" << kGenerateUsage;
  return 2;
}

bool wholeNumber(const std::string& text, long low, long high, long& value) {
  char* end = nullptr;
  errno = 0;
  long parsed = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || parsed < low || parsed > high) return false;
  value = parsed;
  return true;
}

}  // namespace

int runGenerateLibrary(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  long count = -1, seed = 1;
  std::string dir;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == "--count") {
      if (!hasValue || !wholeNumber(args[++i], 1, 1000000, count))
        return generateUsageError(err, "--count takes a whole number from 1 to 1000000");
    } else if (a == "--seed") {
      if (!hasValue || !wholeNumber(args[++i], 0, 4294967295L, seed))
        return generateUsageError(err, "--seed takes a whole number from 0 to 4294967295");
    } else if (a == "-o" || a == "--output") {
      if (!hasValue) return generateUsageError(err, a + " needs a directory");
      dir = args[++i];
    } else {
      return generateUsageError(err, "generate-library does not know \"" + a + "\"");
    }
  }
  if (count < 0) return generateUsageError(err, "generate-library needs --count N");
  if (dir.empty()) return generateUsageError(err, "generate-library needs -o DIR");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    err << dir << ": cannot create the directory: " << ec.message() << "\n";
    return 1;
  }
  for (long i = 0; i < count; ++i) {
    char name[40];
    std::snprintf(name, sizeof name, "pm-%05ld.postmortem.json", i + 1);
    const std::string path = (std::filesystem::path(dir) / name).string();
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << toJson(generateLibraryPostMortem(static_cast<int>(i), static_cast<int>(count), static_cast<unsigned>(seed)));
    file.close();
    if (!file) {
      err << path << ": cannot write the file\n";
      return 1;
    }
  }
  out << "wrote " << count << " post-mortem" << (count == 1 ? "" : "s") << " to " << dir << "\n";
  return 0;
}

}  // namespace hs::platform
