// Measurement hooks for scripts/bench (not used by the app or its tests):
// time the parse of a large file inside wasm, open it, and read frame times.
#include <emscripten.h>

#include <chrono>
#include <string>

#include "core/io/json_reader.h"
#include "core/edit/commands.h"
#include "core/io/piecewise_snapshot.h"
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

std::size_t g_fullSnapshotBytes = 0;  // external: keeps the timed encode from being optimised away

// Milliseconds to encode the whole open document as one snapshot.
EMSCRIPTEN_KEEPALIVE double hs_bench_snapshot_ms() {
  if (!webApp() || !webApp()->state().openDocument()) return -1;
  auto t0 = std::chrono::steady_clock::now();
  g_fullSnapshotBytes = hs::saveSnapshot(*webApp()->state().openDocument()).size();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

static std::size_t g_autosaveBytes = 0;

// One autosave after one edit of a large open document: the edit goes through a
// command like any other, then only the changed pieces are encoded. Returns the
// milliseconds of that encode (the part that blocks a frame).
EMSCRIPTEN_KEEPALIVE double hs_bench_autosave_ms() {
  if (!webApp() || !webApp()->state().openDocument()) return -1;
  auto& state = webApp()->state();
  hs::PostMortem& doc = *state.openDocument();
  if (doc.events.empty()) return -1;
  hs::PiecewiseSnapshotWriter writer;
  writer.remember(doc);  // the store holds the document as it was before the edit
  hs::Id target = doc.events[doc.events.size() / 2].id;
  state.apply(hs::editElement<hs::TimelineEvent>("Edit event", "", target, doc, state.now(),
                                                 [](hs::TimelineEvent& e) { e.text += " (edited)"; }));
  auto t0 = std::chrono::steady_clock::now();
  hs::PiecewiseSave save = writer.prepare(doc);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  g_autosaveBytes = save.head.size();
  for (const auto& piece : save.changed) g_autosaveBytes += piece.bytes.size();
  return ms;
}

// Bytes the last hs_bench_autosave_ms() save would write.
EMSCRIPTEN_KEEPALIVE double hs_bench_autosave_bytes() { return static_cast<double>(g_autosaveBytes); }

EMSCRIPTEN_KEEPALIVE double hs_bench_last_frame_cpu_ms() { return hs::platform::lastFrameCpuMs(); }

EMSCRIPTEN_KEEPALIVE double hs_bench_heap_bytes() {
  return static_cast<double>(EM_ASM_DOUBLE({ return HEAPU8.length; }));
}

}  // extern "C"
