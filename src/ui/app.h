// The application: owns the state, draws every frame, answers the test bridge.
#pragma once

#include <memory>
#include <string>

#include "platform/platform.h"
#include "ui/app_state.h"
#include "ui/view_routing.h"
#include "ui/window_title.h"

namespace hs::ui {

class Persistence;

class App {
 public:
  explicit App(platform::Platform& platform);
  ~App();

  void frame();
  std::uint64_t framesDrawn() const { return frames_; }

  // For the test bridge: the open post-mortem in the exchange format (empty when none),
  // and the library as a JSON array of {id,title,severity,status,updated}.
  std::string documentJson() const;
  std::string libraryJson() const;

  AppState& state() { return state_; }
  // Edits not yet stored, or a save still in flight: closing now asks first.
  bool hasUnsavedWork() const;
  // A new version of the web app is installed: say it opens next time.
  void noticeUpdateReady();

 private:
  void handleShortcuts();
  void drawMainMenu();
  void drawBanners();
  void drawStatusBar();

  AppState state_;
  std::unique_ptr<Persistence> persistence_;
  std::uint64_t frames_ = 0;
  WindowTitleSync windowTitle_;
  ViewRouting routing_;
};

}  // namespace hs::ui
