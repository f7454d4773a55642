#include "platform/native/cli.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <filesystem>
#include <vector>

#include "core/analysis/stats_report.h"
#include "core/io/csv_export.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
#include "core/analysis/stats_json.h"
#include "core/model/generated_document.h"
#include "platform/native/cli_git_setup.h"
#include "platform/native/cli_merge.h"
#include "platform/native/cli_import.h"
#include "platform/native/cli_generate_library.h"
#include "platform/native/cli_stats.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace {

constexpr const char* kUsage =
    "usage: hindsight [--library DIR] [FILE.postmortem.json...]   open the app\n"
    "       hindsight validate FILE...                            check files, errors on stderr\n"
    "       hindsight export --format markdown|csv|json FILE      write an export to stdout\n"
    "       hindsight export --format csv --bom FILE              csv starting with a UTF-8 BOM (Excel)\n"
    "       hindsight stats [--json] [--repeat-window DAYS] DIR_OR_FILE...  library figures as key: value lines\n"
    "       hindsight generate [--nodes N] [--events M] [--seed S]  a large valid post-mortem to stdout\n"
    "       hindsight merge BASE OURS THEIRS [-o OUT]             three-way merge (git's merge driver)\n"
    "       hindsight git-setup [DIR]                             use `hindsight merge` for *.postmortem.json\n"
    "       hindsight import FILE... [-o DIR] | --timeline FILE --date YYYY-MM-DD [--tz ZONE]  Markdown to JSON\n"
    "       hindsight generate-library --count N [--seed S] -o DIR  a varied library of N post-mortem files\n"
    "       hindsight --help\n"
    "       hindsight --version                                   the release and the file format\n";

// Reads a whole file through the one desktop reader: no FIFOs, devices or folders,
// nothing larger than the reader's limit, open errors named as such.
std::optional<std::string> readFile(const std::string& path, std::ostream& err) {
  LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
  if (!read.ok) {
    err << path << ": (document): cannot read the file: " << read.error << "\n";
    return std::nullopt;
  }
  return std::move(read.bytes);
}

std::optional<PostMortem> loadFile(const std::string& path, std::ostream& err) {
  auto text = readFile(path, err);
  if (!text) return std::nullopt;
  LoadResult result = loadPostMortemJson(*text, path);
  for (const LoadError& e : result.errors) err << e.format() << "\n";
  return std::move(result.doc);
}

int usageError(std::ostream& err, const std::string& what) {
  err << "hindsight: " << what << "\n" << kUsage;
  return 2;
}

int validate(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
  if (files.empty()) return usageError(err, "validate needs at least one FILE");
  bool allValid = true;
  for (const auto& file : files) {
    if (loadFile(file, err))
      out << file << ": valid\n";
    else
      allValid = false;
  }
  return allValid ? 0 : 1;
}

int exportFile(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string format;
  std::vector<std::string> files;
  CsvOptions csv;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--bom") {
      csv.utf8Bom = true;
    } else if (a == "--format" || a == "-f") {
      if (i + 1 >= args.size()) return usageError(err, "--format needs a value");
      format = args[++i];
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else {
      files.push_back(a);
    }
  }
  if (format != "markdown" && format != "md" && format != "csv" && format != "json")
    return usageError(err, format.empty() ? "export needs --format markdown|csv|json"
                                          : "unknown export format \"" + format + "\"");
  if (files.size() != 1) return usageError(err, "export takes exactly one FILE");
  if (csv.utf8Bom && format != "csv") return usageError(err, "--bom applies to --format csv only");
  auto doc = loadFile(files[0], err);
  if (!doc) return 1;
  if (format == "json")
    out << toJson(*doc);
  else if (format == "csv")
    out << actionsCsv(*doc, csv);
  else
    out << toMarkdown(*doc);
  return 0;
}

// Reads `--name VALUE` as an integer in [low, high] into `value`; false with a usage error.
bool intOption(const std::vector<std::string>& args, std::size_t& i, long low, long high, long& value,
               std::ostream& err) {
  const std::string& name = args[i];
  if (i + 1 >= args.size()) {
    usageError(err, name + " needs a number");
    return false;
  }
  const std::string& text = args[++i];
  char* end = nullptr;
  errno = 0;
  long parsed = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || parsed < low || parsed > high) {
    usageError(err, name + " takes a whole number from " + std::to_string(low) + " to " +
                        std::to_string(high) + ", not \"" + text + "\"");
    return false;
  }
  value = parsed;
  return true;
}

int generate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const ReadLimits limits;
  long nodes = 5000, events = 10000, seed = 7;
  for (std::size_t i = 0; i < args.size(); ++i) {
    bool ok = true;
    if (args[i] == "--nodes") ok = intOption(args, i, 0, static_cast<long>(limits.maxItems), nodes, err);
    else if (args[i] == "--events") ok = intOption(args, i, 0, static_cast<long>(limits.maxItems), events, err);
    else if (args[i] == "--seed") ok = intOption(args, i, 0, 4294967295L, seed, err);
    else return usageError(err, "generate does not know \"" + args[i] + "\"");
    if (!ok) return 2;
  }
  out << toJson(generatePostMortem(static_cast<int>(nodes), static_cast<int>(events),
                                   static_cast<unsigned>(seed)));
  return 0;
}

}  // namespace

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  if (argc < 2 || argv == nullptr || argv[1] == nullptr) return -1;
  const std::string_view command = argv[1];
  std::vector<std::string> args;
  for (int i = 2; i < argc; ++i) args.emplace_back(argv[i]);
  if (command == "--help" || command == "-h" || command == "help") {
    out << kUsage;
    return 0;
  }
  if (command == "validate") return validate(args, out, err);
  if (command == "export") return exportFile(args, out, err);
  if (command == "stats") return runStats(args, out, err);
  if (command == "generate-library") return runGenerateLibrary(args, out, err);
  if (command == "generate") return generate(args, out, err);
  if (command == "merge") return runMergeCommand(args, out, err);
  if (command == "git-setup") return runGitSetupCommand(args, out, err);
  if (command == "import") return runImport(args, out, err);
  return -1;
}

}  // namespace hs::platform
