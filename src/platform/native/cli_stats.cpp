#include "platform/native/cli_stats.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <unordered_map>

#include "core/analysis/stats_json.h"
#include "core/analysis/stats_report.h"
#include "core/io/json_reader.h"
#include "core/library/postmortem_summary.h"
#include "core/model/time_format.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace {

constexpr const char* kStatsUsage =
    "usage: hindsight stats [--json] [--repeat-window DAYS] DIR_OR_FILE...\n";

int statsUsageError(std::ostream& err, const std::string& what) {
  err << "hindsight: " << what << "\n" << kStatsUsage;
  return 2;
}

// The files named, with each directory replaced by its *.json files in name order.
std::vector<std::string> filesOf(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> inside;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec))
      if (entry.is_regular_file(ec) && entry.path().extension() == ".json") inside.push_back(entry.path().string());
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
  }
  return files;
}

struct Copy {
  std::size_t slot = 0;             // position in the summaries
  std::vector<std::string> files;   // every file with this id, in reading order
  std::string kept;                 // the file whose summary is counted
};

bool newer(const PostMortemSummary& a, const PostMortemSummary& b) {
  if (a.updated != b.updated) return a.updated > b.updated;
  return a.lastEdit >= b.lastEdit;  // equal: the later file wins
}

}  // namespace

int runStats(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  bool json = false;
  RepeatRule rule;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--repeat-window") {
      if (i + 1 >= args.size()) return statsUsageError(err, "--repeat-window needs a number of days");
      const std::string& text = args[++i];
      char* end = nullptr;
      errno = 0;
      long days = std::strtol(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || errno != 0 || days < 1 || days > 3650)
        return statsUsageError(err, "--repeat-window takes a whole number of days from 1 to 3650, not \"" + text + "\"");
      rule.windowDays = static_cast<int>(days);
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) return statsUsageError(err, "stats needs at least one FILE or DIR");

  SummaryOptions options;
  options.searchText = false;
  std::vector<PostMortemSummary> summaries;
  std::unordered_map<std::string, Copy> copies;
  int invalid = 0;
  for (const std::string& file : filesOf(paths)) {
    PostMortemSummary summary;
    {
      LocalRead read = readLocalFile(file, ReadLimits{}.maxFileBytes);
      if (!read.ok) {
        err << file << ": (document): cannot read the file: " << read.error << "\n";
        ++invalid;
        continue;
      }
      LoadResult result = loadPostMortemJson(read.bytes, file);
      for (const LoadError& e : result.errors) err << e.format() << "\n";
      if (!result.doc) {
        ++invalid;
        continue;
      }
      summary = summarize(*result.doc, options);
    }  // the document and its text are gone before the next file is read
    auto [it, added] = copies.try_emplace(summary.id);
    Copy& copy = it->second;
    copy.files.push_back(file);
    if (added) {
      copy.slot = summaries.size();
      copy.kept = file;
      summaries.push_back(std::move(summary));
    } else if (newer(summary, summaries[copy.slot])) {
      copy.kept = file;
      summaries[copy.slot] = std::move(summary);
    }
  }

  // Notes in the order the post-mortems were first met.
  std::vector<const Copy*> repeated;
  for (const auto& entry : copies)
    if (entry.second.files.size() > 1) repeated.push_back(&entry.second);
  std::sort(repeated.begin(), repeated.end(), [](const Copy* a, const Copy* b) { return a->slot < b->slot; });
  for (const Copy* copy : repeated) {
    const PostMortemSummary& kept = summaries[copy->slot];
    err << "note: " << copy->files.size() << " files hold post-mortem " << kept.id << " (";
    for (std::size_t i = 0; i < copy->files.size(); ++i) err << (i ? ", " : "") << copy->files[i];
    err << "); counted once, the newest: " << copy->kept << " (updated " << formatRfc3339(kept.updated) << ")\n";
  }

  const TimeMs now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
  out << (json ? statsReportJson(summaries, now, rule) : formatStatsReport(summaries, now, rule));
  return invalid > 0 ? 1 : 0;
}

}  // namespace hs::platform
