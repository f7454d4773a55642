#include "platform/app_host.h"

#include <imgui.h>

#include "platform/glfw_host.h"
#include "ui/app.h"
#include "ui/item_registry.h"
#include "ui/theme.h"

namespace hs::platform {

int runApp(Platform& platform, std::unique_ptr<ui::App>& app, std::function<void()> afterImGuiInit,
           std::function<void(ui::App&)> afterAppFrame) {
  HostCallbacks callbacks;
  callbacks.setScale = [](float scale) { ui::applyTheme(scale); };
  callbacks.frame = [&platform, &app, afterImGuiInit] {
    if (!app) {
      if (afterImGuiInit) afterImGuiInit();
      app = std::make_unique<ui::App>(platform);
    }
    app->frame();
  };
  callbacks.afterFrame = [&app, afterAppFrame] {
    ui::finishItemFrame();
    if (afterAppFrame && app) afterAppFrame(*app);
  };
  return runHost("Hindsight", std::move(callbacks));
}

}  // namespace hs::platform
