// Window, GL context and Dear ImGui set-up shared by the web and native builds.
#pragma once

#include <functional>

namespace hs::platform {

struct HostCallbacks {
  // Builds fonts and style for a UI scale (called again when the scale changes).
  std::function<void(float scale)> setScale;
  // Draws one frame of the app (between ImGui::NewFrame and ImGui::Render).
  std::function<void()> frame;
  // After rendering, once per frame.
  std::function<void()> afterFrame;
};

// Opens the window and runs frames until it is closed (native) or forever (web).
int runHost(const char* title, HostCallbacks callbacks);

// The window's title; in the browser, the tab's title (document.title).
void setHostWindowTitle(const char* title);

// Current UI scale (device pixel ratio in the browser, content scale natively).
float hostScale();

// CPU time of the last frame's UI work (NewFrame .. Render), in milliseconds.
double lastFrameCpuMs();

#ifndef __EMSCRIPTEN__
// The signal (SIGTERM, SIGHUP, SIGINT) that ended runHost's loop; 0 when the window was closed.
int stopSignal();
#endif

}  // namespace hs::platform
