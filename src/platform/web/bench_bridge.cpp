// Measurement hooks for scripts/bench (not used by the app or its tests):
// time the parse of a large file inside wasm, open it, and read frame times.
#include <emscripten.h>

#include <chrono>
#include <string>

#include "core/io/json_reader.h"
#include "core/io/snapshot.h"
#include "platform/glfw_host.h"
#include "ui/app.h"

hs::ui::App* webApp();

extern "C" {

// Parses, validates and builds the model from `length` bytes; adds the document
// to the library and opens it on `tab` (0 overview, 1 timeline, 2 why tree).
// Returns the milliseconds spent in parse + validate + model, or -1 on error.
EMSCRIPTEN_KEEPALIVE double hs_bench_load_json(const char* data, int length, int tab) {
  auto t0 = std::chrono::steady_clock::now();
  auto result = hs::loadPostMortemJson(std::string_view(data, static_cast<std::size_t>(length)), "bench.json");
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!result.ok() || !webApp()) return -1;
  auto& state = webApp()->state();
  auto& doc = state.addDocument(std::move(*result.doc));
  state.open(doc.id, static_cast<hs::ui::DocTab>(tab));
  return ms;
}

// Milliseconds to encode the open document as an autosave record.
EMSCRIPTEN_KEEPALIVE double hs_bench_snapshot_ms() {
  if (!webApp() || !webApp()->state().openDocument()) return -1;
  auto t0 = std::chrono::steady_clock::now();
  static std::size_t sink = 0;  // keeps the encode from being optimised away
  sink += hs::saveSnapshot(*webApp()->state().openDocument()).size();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

EMSCRIPTEN_KEEPALIVE double hs_bench_last_frame_cpu_ms() { return hs::platform::lastFrameCpuMs(); }

EMSCRIPTEN_KEEPALIVE double hs_bench_heap_bytes() {
  return static_cast<double>(EM_ASM_DOUBLE({ return HEAPU8.length; }));
}

}  // extern "C"
