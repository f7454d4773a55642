// Starts the window and runs the app in it; shared by the web and native mains.
#pragma once

#include <functional>
#include <memory>

#include "platform/platform.h"

namespace hs::ui {
class App;
}

namespace hs::platform {

// Creates the app once the ImGui context exists (stored in `app`), then runs frames.
// `afterImGuiInit` lets a platform adjust ImGui (clipboard functions); `afterAppFrame`
// runs after each frame of the app (the desktop's test hooks).
int runApp(Platform& platform, std::unique_ptr<ui::App>& app, std::function<void()> afterImGuiInit,
           std::function<void(ui::App&)> afterAppFrame = {});

}  // namespace hs::platform
