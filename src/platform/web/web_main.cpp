// Browser entry point and the test bridge behind window.hindsight (see web/index.html).
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <memory>
#include <string>

#include "platform/app_host.h"
#include "platform/glfw_host.h"
#include "platform/web/a11y_mirror.h"
#include "platform/web/text_input.h"
#include "platform/web/web_platform.h"
#include "ui/app.h"
#include "ui/item_registry.h"

extern "C" {
char* hs_js_get_clipboard();
void hs_js_set_clipboard(const char* text);
}

namespace {

std::unique_ptr<hs::platform::WebPlatform> g_platform;
std::unique_ptr<hs::ui::App> g_app;
std::string g_bridgeText;  // keeps the last answer alive for JavaScript to read
std::string g_clipboard;

const char* readClipboard(ImGuiContext*) {
  char* text = hs_js_get_clipboard();
  g_clipboard = text ? text : "";
  std::free(text);
  return g_clipboard.c_str();
}

void writeClipboard(ImGuiContext*, const char* text) { hs_js_set_clipboard(text ? text : ""); }

}  // namespace

hs::ui::App* webApp() { return g_app.get(); }

extern "C" {

// A test asking for widgets or for pending input (the harness's first wait) switches
// the widget registry on; users' pages never do, so their frames do not allocate for it.
EMSCRIPTEN_KEEPALIVE const char* hs_bridge_items() {
  hs::ui::enableItemRegistry();
  g_bridgeText = hs::ui::lastFrameItemsJson(hs::platform::hostScale());
  return g_bridgeText.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* hs_bridge_document() {
  g_bridgeText = g_app ? g_app->documentJson() : std::string();
  return g_bridgeText.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* hs_bridge_library() {
  g_bridgeText = g_app ? g_app->libraryJson() : std::string("[]");
  return g_bridgeText.c_str();
}

// index.html: a new version of the app is installed and opens on the next load.
EMSCRIPTEN_KEEPALIVE void hs_update_ready() {
  if (g_app) g_app->noticeUpdateReady();
}

// Asked by the page's beforeunload guard (web_glue.js).
// Keys still in ImGui's input queue count too: they are edits not yet made.
EMSCRIPTEN_KEEPALIVE int hs_has_unsaved_work() {
  bool pendingTyping = false;
  if (ImGuiContext* context = ImGui::GetCurrentContext())
    for (const ImGuiInputEvent& e : context->InputEventsQueue)
      pendingTyping |= e.Type == ImGuiInputEventType_Text || e.Type == ImGuiInputEventType_Key;
  return g_app && (g_app->hasUnsavedWork() || pendingTyping) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double hs_bridge_frames() {
  return g_app ? static_cast<double>(g_app->framesDrawn()) : 0.0;
}

// Input events ImGui has received but not yet handled (it spreads a key's down
// and up over frames), so tests can wait until typing has fully arrived.
EMSCRIPTEN_KEEPALIVE int hs_bridge_pending_input() {
  hs::ui::enableItemRegistry();
  ImGuiContext* context = ImGui::GetCurrentContext();
  return context ? context->InputEventsQueue.Size : 0;
}

}  // extern "C"

int main() {
  g_platform = std::make_unique<hs::platform::WebPlatform>();
  return hs::platform::runApp(*g_platform, g_app, [] {
    ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
    platformIo.Platform_GetClipboardTextFn = readClipboard;
    platformIo.Platform_SetClipboardTextFn = writeClipboard;
    hs::platform::installTextInput();
    hs::ui::enableItemRegistry();  // the accessibility mirror reads every frame's widgets
  }, [](hs::ui::App&) { hs::platform::updateA11yMirror(); });
}
