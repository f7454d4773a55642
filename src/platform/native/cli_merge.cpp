#include "platform/native/cli_merge.h"

#include <optional>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/document_merge.h"
#include "core/merge/revision.h"
#include "platform/native/folder_store.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace {

constexpr const char* kMergeUsage = "usage: hindsight merge BASE OURS THEIRS [-o OUT]\n";

// nullopt with the reasons on `err`; an empty file reads as "no document" (`empty`).
std::optional<PostMortem> readSide(const std::string& path, std::ostream& err, bool* empty = nullptr) {
  LocalRead read = readLocalFile(path, ReadLimits{}.maxFileBytes);
  if (!read.ok) {
    err << path << ": (document): cannot read the file: " << read.error << "\n";
    return std::nullopt;
  }
  if (empty && read.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    *empty = true;
    return std::nullopt;
  }
  LoadResult result = loadPostMortemJson(read.bytes, path);
  for (const LoadError& e : result.errors) err << e.format() << "\n";
  return std::move(result.doc);
}

std::string shortValue(const std::optional<std::string>& v) {
  if (!v) return "(deleted)";
  return v->size() > 60 ? v->substr(0, 57) + "..." : *v;
}

}  // namespace

int runMergeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::string output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size()) {
        err << "hindsight: -o needs a file\n" << kMergeUsage;
        return 2;
      }
      output = args[++i];
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.size() != 3) {
    err << "hindsight: merge takes BASE, OURS and THEIRS\n" << kMergeUsage;
    return 2;
  }
  bool noBase = false;
  std::optional<PostMortem> base = readSide(files[0], err, &noBase);
  std::optional<PostMortem> ours = readSide(files[1], err);
  std::optional<PostMortem> theirs = readSide(files[2], err);
  if ((!base && !noBase) || !ours || !theirs) {
    err << "hindsight merge: not merged; " << files[1] << " is unchanged\n";
    return 2;
  }
  if (ours->id != theirs->id) {
    err << "hindsight merge: " << files[1] << " and " << files[2] << " are different post-mortems (ids \""
        << ours->id << "\" and \"" << theirs->id << "\"); not merged, " << files[1] << " is unchanged\n";
    return 2;
  }
  MergeResult r = base ? mergePostMortems(*base, *ours, *theirs) : mergePostMortemsTwoWay(*ours, *theirs);
  stampRevision(r.doc, {canonicalRevision(*ours), canonicalRevision(*theirs)});
  const std::string target = output.empty() ? files[1] : output;
  LibraryStore::Result written = writeFileAtomically(target, toJson(r.doc));
  if (!written.ok) {
    err << "hindsight merge: " << written.error << "\n";
    return 2;
  }
  std::size_t fromTheirs = 0;
  for (const MergeChange& c : r.changes)
    if (c.from == MergeSide::Theirs) ++fromTheirs;
  out << "hindsight merge: " << target << ": " << fromTheirs << " change(s) from " << files[2] << ", "
      << r.conflicts.size() << " conflict(s)" << (base ? "" : " (no common version: two-way merge)") << "\n";
  for (const MergeConflict& c : r.conflicts)
    out << "  conflict: " << wireName(c.element) << (c.id.empty() ? "" : " " + c.id)
        << (c.field.empty() ? " (deleted on one side, edited on the other)" : " " + c.field) << ": ours "
        << shortValue(c.ours) << ", theirs " << shortValue(c.theirs) << "\n";
  if (!r.clean()) out << "  kept in the file's \"conflicts\" list: open it in Hindsight to resolve them\n";
  return r.clean() ? 0 : 1;
}

}  // namespace hs::platform
