// What the views share: the library in memory, the open post-mortem with its
// undo history, and view state (never written to the exchange file).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/edit/history.h"
#include "core/library/autosave.h"
#include "core/library/unsaved_changes.h"
#include "core/model/postmortem.h"
#include "platform/platform.h"
#include "ui/ui_state.h"

namespace hs::ui {

enum class Screen { Library, Document, ActionsHub, Dashboard, Meeting };
enum class DocTab { Overview, Timeline, WhyTree, Factors, Actions };

// The tab a post-mortem shows (UiState, per post-mortem).
struct DocumentTab {
  DocTab tab = DocTab::Overview;
};

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

  const std::vector<PostMortem>& library() const { return library_; }
  PostMortem* findDocument(const Id& id);

  // The open post-mortem, or nullptr on the library screens.
  PostMortem* openDocument();
  const PostMortem* openDocument() const;
  History* openHistory();
  // Shows the post-mortem on `tab`, or on the tab it showed last (a new one: its overview).
  void open(const Id& id, std::optional<DocTab> tab = std::nullopt);
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

  // Replaces a post-mortem with `incoming` (same id) as one undoable edit, or adds it.
  void replaceDocument(PostMortem incoming, std::string label = "Replace with imported file");

  // What differs from the store: documents edited since they were last stored, removals.
  const UnsavedChanges& unsaved() const { return unsaved_; }
  std::uint64_t editCounter() const { return unsaved_.counter(); }
  TimeMs lastEditTime() const { return unsaved_.lastEditTime(); }
  // The library as autosave sees it: it adds what it loads and settles what it stored.
  AutosaveLibrary& autosaveLibrary() { return autosaveLibrary_; }

  // The tab shown for the open post-mortem, and a request to show another.
  DocTab tab();
  void showTab(DocTab tab);
  UiState& ui() { return ui_; }

  Screen screen = Screen::Library;
  std::vector<Banner> banners;
  std::string statusMessage;  // transient one-liner in the status bar
  bool libraryLoading = true;  // until the store has been read once

 private:
  class ForAutosave final : public AutosaveLibrary {
   public:
    explicit ForAutosave(AppState& state) : state_(state) {}
    TimeMs now() const override { return state_.now(); }
    PostMortem* findDocument(const Id& id) override { return state_.findDocument(id); }
    void addStored(PostMortem doc) override { state_.library_.push_back(std::move(doc)); }
    void warn(std::string text) override { state_.banners.push_back({Banner::Kind::Warning, std::move(text), false}); }
    UnsavedChanges& unsaved() override { return state_.unsaved_; }

   private:
    AppState& state_;
  };

  void markDirty(const Id& id);

  platform::Platform& platform_;
  std::vector<PostMortem> library_;
  std::unordered_map<Id, History> histories_;
  UnsavedChanges unsaved_;
  ForAutosave autosaveLibrary_{*this};
  UiState ui_;
  Id openId_;
};

}  // namespace hs::ui
