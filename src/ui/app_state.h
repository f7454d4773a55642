// What the views share: the library in memory, the open post-mortem with its
// undo history, and view state (never written to the exchange file).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/edit/history.h"
#include "core/model/postmortem.h"
#include "platform/platform.h"

namespace hs::ui {

enum class Screen { Library, Document, ActionsHub, Dashboard, Meeting };
enum class DocTab { Overview, Timeline, WhyTree, Factors, Actions };

// A message shown at the top of the window until dismissed.
struct Banner {
  enum class Kind { Info, Warning, Error } kind = Kind::Info;
  std::string text;
  bool offerDownload = false;  // "Download a copy" for when saving fails
};

class AppState {
 public:
  explicit AppState(platform::Platform& platform) : platform_(platform) {}

  platform::Platform& platform() { return platform_; }
  TimeMs now() const { return platform_.nowMs(); }

  std::vector<PostMortem>& library() { return library_; }
  const std::vector<PostMortem>& library() const { return library_; }
  PostMortem* findDocument(const Id& id);

  // The open post-mortem, or nullptr on the library screens.
  PostMortem* openDocument();
  const PostMortem* openDocument() const;
  History* openHistory();
  void open(const Id& id, DocTab tab = DocTab::Overview);
  void closeDocument();

  // Every edit goes through here: applies to the open document, recorded for undo.
  void apply(Command command);
  void applyTo(const Id& docId, Command command);
  void undo();
  void redo();
  void endTypingRun();

  // Adds a new post-mortem to the library (made of `doc`), recorded as dirty.
  PostMortem& addDocument(PostMortem doc);
  void eraseDocument(const Id& id);

  // Ids of documents edited since they were last stored.
  std::unordered_map<Id, std::uint64_t>& dirtyRevisions() { return dirty_; }
  // Ids removed from the library and not yet removed from the store.
  std::vector<Id>& pendingRemovals() { return pendingRemovals_; }
  // Documents replaced wholesale (an imported file, or the undo of that): their
  // elements carry stamps from elsewhere, so autosave rewrites them whole.
  std::vector<Id>& replacedDocuments() { return replaced_; }
  std::uint64_t editCounter() const { return editCounter_; }
  TimeMs lastEditTime() const { return lastEdit_; }

  Screen screen = Screen::Library;
  DocTab tab = DocTab::Overview;
  std::vector<Banner> banners;
  std::string statusMessage;  // transient one-liner in the status bar
  bool libraryLoading = true;  // until the store has been read once

 private:
  void markDirty(const Id& id);

  platform::Platform& platform_;
  std::vector<PostMortem> library_;
  std::unordered_map<Id, History> histories_;
  std::unordered_map<Id, std::uint64_t> dirty_;  // id -> edit counter at last edit
  std::vector<Id> pendingRemovals_;
  std::vector<Id> replaced_;
  Id openId_;
  std::uint64_t editCounter_ = 0;
  TimeMs lastEdit_ = 0;
};

}  // namespace hs::ui
