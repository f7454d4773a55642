// The window's (browser tab's) title follows what is on screen, so tabs and windows
// can be told apart: "Checkout outage — Hindsight" while a post-mortem is open.
#pragma once

#include <string>

#include "ui/app_state.h"

namespace hs::ui {

std::string windowTitleFor(const AppState& state);

// Sets the platform's title when it changes; no allocation on frames where it does not.
class WindowTitleSync {
 public:
  void update(AppState& state);

 private:
  Screen screen_ = Screen::Library;
  Id docId_;
  std::string docTitle_;
  bool set_ = false;
};

}  // namespace hs::ui
