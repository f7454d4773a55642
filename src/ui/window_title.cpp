#include "ui/window_title.h"

namespace hs::ui {
namespace {

constexpr const char* kAppName = "Hindsight";
constexpr const char* kDash = " \xE2\x80\x94 ";  // " — "

}  // namespace

std::string windowTitleFor(const AppState& state) {
  const PostMortem* doc = state.openDocument();
  const bool showsDocument = state.screen == Screen::Document || state.screen == Screen::Meeting;
  if (showsDocument && doc) {
    std::string title = doc->title.empty() ? std::string("Untitled post-mortem") : doc->title;
    if (state.screen == Screen::Meeting) title += " (review meeting)";
    return title + kDash + kAppName;
  }
  switch (state.screen) {
    case Screen::ActionsHub: return std::string("Actions hub") + kDash + kAppName;
    case Screen::Dashboard: return std::string("Metrics dashboard") + kDash + kAppName;
    default: return std::string(kAppName) + kDash + "blameless post-mortems";
  }
}

void WindowTitleSync::update(AppState& state) {
  const PostMortem* doc = state.openDocument();
  const bool same = set_ && screen_ == state.screen && (doc ? docId_ == doc->id && docTitle_ == doc->title : docId_.empty());
  if (same) return;
  set_ = true;
  screen_ = state.screen;
  docId_ = doc ? doc->id : Id();
  docTitle_ = doc ? doc->title : std::string();
  state.platform().setWindowTitle(windowTitleFor(state));
}

}  // namespace hs::ui
