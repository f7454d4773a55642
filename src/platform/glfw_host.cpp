#include "platform/glfw_host.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cstdio>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>
#else
#include <GL/gl.h>

#include <csignal>
#endif

namespace hs::platform {
namespace {

struct Host {
  GLFWwindow* window = nullptr;
  HostCallbacks callbacks;
  float scale = 0.0f;
  double lastFrameCpuMs = 0.0;
};
Host g_host;

#ifndef __EMSCRIPTEN__
// Set by the handler, read by the frame loop: the only async-signal-safe hand-over.
// The loop polls every frame (it never waits for events), so it sees the flag
// within a frame; glfwPostEmptyEvent is not called from the handler because
// GLFW 3.3 implements it with Xlib calls, which are not async-signal-safe.
volatile std::sig_atomic_t g_stopSignal = 0;

void onStopSignal(int signal) { g_stopSignal = signal; }

// SIGTERM, SIGHUP and Ctrl+C end the loop like closing the window, so pending
// edits are flushed. SA_RESETHAND: a second signal during the flush kills at once.
// A signal ignored at start (nohup, a background job) stays ignored.
void catchStopSignals() {
  struct sigaction action {};
  action.sa_handler = onStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  for (int signal : {SIGTERM, SIGHUP, SIGINT}) {
    struct sigaction current {};
    if (sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaction(signal, &action, nullptr);
  }
}
#endif

#ifdef __EMSCRIPTEN__
// The canvas backing store follows the CSS size times devicePixelRatio, so text
// is crisp; ImGui then works in device pixels and the UI is scaled by the ratio.
EM_JS(double, js_sync_canvas_size, (), {
  const canvas = Module.canvas;
  if (canvas.style.width) { canvas.style.width = ""; canvas.style.height = ""; }
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(canvas.clientWidth * dpr));
  const h = Math.max(1, Math.round(canvas.clientHeight * dpr));
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  return dpr;
});
EM_JS(int, js_canvas_width, (), { return Module.canvas.width; });
EM_JS(int, js_canvas_height, (), { return Module.canvas.height; });
#endif

float currentScale() {
#ifdef __EMSCRIPTEN__
  return static_cast<float>(js_sync_canvas_size());
#else
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(g_host.window, &sx, &sy);
  return sx > 0.0f ? sx : 1.0f;
#endif
}

void drawOneFrame() {
  glfwPollEvents();
  float scale = currentScale();
  if (scale != g_host.scale) {
    g_host.scale = scale;
    g_host.callbacks.setScale(scale);  // the backend uploads the new atlas itself (RendererHasTextures)
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  int fbWidth = 0, fbHeight = 0;
#ifdef __EMSCRIPTEN__
  fbWidth = js_canvas_width();
  fbHeight = js_canvas_height();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(fbWidth), static_cast<float>(fbHeight));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
#else
  glfwGetFramebufferSize(g_host.window, &fbWidth, &fbHeight);
#endif
  auto cpuStart = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  g_host.callbacks.frame();
  ImGui::Render();
  g_host.lastFrameCpuMs =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cpuStart).count();
  glViewport(0, 0, fbWidth, fbHeight);
  glClearColor(0.11f, 0.12f, 0.14f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
#ifndef __EMSCRIPTEN__
  glfwSwapBuffers(g_host.window);
#endif
  if (g_host.callbacks.afterFrame) g_host.callbacks.afterFrame();
}

}  // namespace

double lastFrameCpuMs() { return g_host.lastFrameCpuMs; }

#ifndef __EMSCRIPTEN__
int stopSignal() { return g_stopSignal; }
#endif

float hostScale() { return g_host.scale > 0.0f ? g_host.scale : 1.0f; }

#ifdef __EMSCRIPTEN__
// The canvas wheel in ImGui steps: emscripten's GLFW quantises small deltas away.
static EM_BOOL onCanvasWheel(int, const EmscriptenWheelEvent* event, void*) {
  float stepsPerUnit = 0.0f;
  switch (event->deltaMode) {
    case DOM_DELTA_PIXEL: stepsPerUnit = 1.0f / 100.0f; break;
    case DOM_DELTA_LINE: stepsPerUnit = 1.0f / 3.0f; break;
    case DOM_DELTA_PAGE: stepsPerUnit = 80.0f; break;
  }
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX) * stepsPerUnit,
                                    static_cast<float>(-event->deltaY) * stepsPerUnit);
  return EM_TRUE;
}
#endif

int runHost(const char* title, HostCallbacks callbacks) {
  g_host.callbacks = std::move(callbacks);
  glfwSetErrorCallback([](int code, const char* message) {
    std::fprintf(stderr, "GLFW error %d: %s\n", code, message);
  });
  if (!glfwInit()) return 1;
#ifdef __EMSCRIPTEN__
  const char* glslVersion = "#version 300 es";
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // Dear ImGui draws flat 2D triangles: no depth or stencil buffer, no multisampling and an
  // opaque canvas make the WebGL context cheaper to create and every frame cheaper to composite.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_SAMPLES, 0);
#else
  const char* glslVersion = "#version 130";
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#endif
  g_host.window = glfwCreateWindow(1280, 800, title, nullptr, nullptr);
  if (!g_host.window) return 1;
  glfwMakeContextCurrent(g_host.window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // view state is ours to keep, not imgui.ini's
  ImGui_ImplGlfw_InitForOpenGL(g_host.window, true);
#ifdef __EMSCRIPTEN__
  // Not ImGui_ImplGlfw_InstallEmscriptenCallbacks: its first resize calls
  // glfwSetWindowSize, which in emscripten's GLFW asks for fullscreen when the
  // canvas is as large as the screen (a rejected promise on every page load).
  // The canvas size stays ours (js_sync_canvas_size); only the wheel is needed.
  emscripten_set_wheel_callback("#canvas", nullptr, false, onCanvasWheel);
#endif
  ImGui_ImplOpenGL3_Init(glslVersion);

#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop(drawOneFrame, 0, true);
#else
  catchStopSignals();
  while (!glfwWindowShouldClose(g_host.window) && g_stopSignal == 0) drawOneFrame();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(g_host.window);
  glfwTerminate();
#endif
  return 0;
}

void setHostWindowTitle(const char* title) {
  if (g_host.window) glfwSetWindowTitle(g_host.window, title);
}

}  // namespace hs::platform
