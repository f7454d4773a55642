// The desktop library: a folder with one canonical JSON file per post-mortem,
// written atomically (temporary file, flush, rename over the old one). Markdown
// post-mortems put in the folder come in too, and are never written
// (folder_markdown.h says how their edits and removal are kept).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace hs::platform {

class FolderStore final : public LibraryStore {
 public:
  explicit FolderStore(std::string folder);
  std::string description() const override { return folder_; }
  bool storesJson() const override { return true; }
  void loadAll(std::function<void(Result, std::vector<Record>)> done) override;
  void put(const std::string& id, std::string bytes, const std::string& summaryJson,
           std::function<void(Result)> done) override;
  // A post-mortem imported from a Markdown file is removed by listing its id in
  // "<folder>/.hindsight-removed-markdown" (the .md stays; a changed .md comes in again).
  void remove(const std::string& id, std::function<void(Result)> done) override;

  // Files loaded from the folder keep their names (a git checkout may name them
  // by title); new post-mortems get "<id>.postmortem.json". Records come in file
  // name order and the first file holding an id keeps it: a second file with the
  // same id (a teammate's "<slug>.postmortem.json" next to "<id>.postmortem.json")
  // is never written, and a notice names both.
  void adopt(const std::string& recordKey, const std::string& id) override;
  std::vector<std::string> takeNotices() override;
  // In "<folder>/.hindsight-revisions/<id>/<revision>.json".
  void putRevision(const std::string& id, const std::string& revision, std::string json,
                   std::size_t keep) override;
  void loadRevisions(const std::string& id, std::function<void(std::vector<Record>)> done) override;
  std::string pathFor(const std::string& id) const;

  // Takes an exclusive lock on "<folder>/.hindsight.lock" so a second window on
  // the same folder does not overwrite the first one's saves. False when held.
  bool lockForWriting(std::string* reason);

 private:
  std::string folder_;
  std::map<std::string, std::string> pathById_;
  std::map<std::string, std::string> markdownById_;  // id -> the .md it is imported from
  std::set<std::string> markdownRecords_;             // record keys (paths) of Markdown imports
  std::vector<std::string> notices_;
  int lockFd_ = -1;
};

// Writes `bytes` to `path` through a temporary file in the same folder, fsync, rename.
LibraryStore::Result writeFileAtomically(const std::string& path, const std::string& bytes);

// $HINDSIGHT_LIBRARY, else $XDG_DATA_HOME/hindsight/library, else ~/.local/share/hindsight/library.
std::string defaultLibraryFolder();

}  // namespace hs::platform
