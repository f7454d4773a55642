// Heap allocations per frame in steady state, for every screen of the app, with
// the shipped examples loaded: the whole App drawn in a headless Dear ImGui
// context (font atlas built, no GL backend), as a user's release build draws it
// (the test-widget registry off). Every operator new and every ImGui allocation
// is counted. Budget (DESIGN.md §4): 0.
// Built by CMake as hindsight_bench_frame_allocations (not by default); run by scripts/bench.
#include <imgui.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "../figure.h"
#include "core/io/json_reader.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/theme.h"

namespace {

std::atomic<long long> g_allocations{0};  // counts only: the bench's own instrument

void* counted(std::size_t size) {
  ++g_allocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}

void* imguiAlloc(std::size_t size, void*) {
  ++g_allocations;
  return std::malloc(size);
}
void imguiFree(void* p, void*) { std::free(p); }

}  // namespace

void* operator new(std::size_t size) { return counted(size); }
void* operator new[](std::size_t size) { return counted(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { ++g_allocations; return std::malloc(size ? size : 1); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { ++g_allocations; return std::malloc(size ? size : 1); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct NullStore : hs::LibraryStore {
  std::string description() const override { return "bench"; }
  bool storesJson() const override { return true; }
  void loadAll(std::function<void(Result, std::vector<Record>)> done) override { done({}, {}); }
  void put(const std::string&, std::string, const std::string&, std::function<void(Result)> done) override { done({}); }
  void remove(const std::string&, std::function<void(Result)> done) override { done({}); }
};

// A clock that advances one frame (16 ms) at a time.
struct BenchPlatform : hs::platform::Platform {
  NullStore nullStore;
  long long now = 1'770'000'000'000LL;
  bool isWeb() const override { return false; }
  hs::LibraryStore& store() override { return nullStore; }
  bool saveFile(const std::string&, const std::string&, const std::string&, std::string*) override { return false; }
  void openFiles(std::function<void(std::vector<hs::platform::FileData>)>) override {}
  void setDropHandler(std::function<void(std::vector<hs::platform::FileData>)>) override {}
  void openUrl(const std::string&) override {}
  long long nowMs() const override { return now; }
  void setFlushHandler(std::function<void()>) override {}
};

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void frame(hs::ui::App& app, BenchPlatform& platform) {
  platform.now += 16;
  ImGui::NewFrame();
  app.frame();
  ImGui::Render();
}

// Allocations of the worst frame among `frames` after `warmup` frames.
long long worstFrame(hs::ui::App& app, BenchPlatform& platform, int warmup = 30, int frames = 60) {
  for (int i = 0; i < warmup; ++i) frame(app, platform);
  long long worst = 0;
  for (int i = 0; i < frames; ++i) {
    long long before = g_allocations.load();
    frame(app, platform);
    worst = std::max(worst, g_allocations.load() - before);
  }
  return worst;
}

}  // namespace

int main(int argc, char** argv) {
  ImGui::SetAllocatorFunctions(imguiAlloc, imguiFree);
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  io.IniFilename = nullptr;
  // As the app's renderer (OpenGL 3 backend of 1.92): glyphs are baked on demand.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  hs::ui::applyTheme(1.0f);

  BenchPlatform platform;
  hs::ui::App app(platform);
  hs::ui::AppState& state = app.state();
  for (int i = 1; i < argc; ++i) {
    auto loaded = hs::loadPostMortemJson(readFile(argv[i]), argv[i]);
    if (loaded.ok()) state.addDocument(std::move(*loaded.doc));
    else std::fprintf(stderr, "skipped %s\n", argv[i]);
  }
  if (state.library().empty()) {
    std::fprintf(stderr, "usage: hindsight_bench_frame_allocations <post-mortem.json>...\n");
    return 2;
  }
  const hs::Id docId = state.library().front().id;

  struct Screen {
    const char* name;
    std::function<void()> show;
  };
  using hs::ui::DocTab;
  const Screen screens[] = {
      {"library", [&] { state.closeDocument(); }},
      {"document overview", [&] { state.open(docId, DocTab::Overview); }},
      {"document timeline", [&] { state.open(docId, DocTab::Timeline); }},
      {"document 5 whys", [&] { state.open(docId, DocTab::WhyTree); }},
      {"document factors", [&] { state.open(docId, DocTab::Factors); }},
      {"document actions", [&] { state.open(docId, DocTab::Actions); }},
      {"meeting mode", [&] { state.open(docId); state.screen = hs::ui::Screen::Meeting; }},
      {"actions hub", [&] { state.closeDocument(); state.screen = hs::ui::Screen::ActionsHub; }},
      {"metrics dashboard", [&] { state.closeDocument(); state.screen = hs::ui::Screen::Dashboard; }},
  };
  long long worst = 0;
  for (const Screen& screen : screens) {
    screen.show();
    long long n = worstFrame(app, platform);
    worst = std::max(worst, n);
    printFigure(std::string("heap allocations per frame in steady state, ") + screen.name, static_cast<double>(n),
                "allocations", 0, 0);
  }
  printFigure("heap allocations per frame in steady state, worst screen", static_cast<double>(worst),
              "allocations", 0, 0);
  ImGui::DestroyContext();
  return 0;
}
