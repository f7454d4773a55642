// Frame CPU time of the 5-whys tab with a 5,000-node tree, in a headless Dear
// ImGui context (font atlas built, no GL backend): NewFrame, the tab, Render.
// Not part of the CMake bench target (that one links core only); built and run
// by tests/bench/ui/run_why_tree_frame.sh after `scripts/build native`.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/model/ids.h"
#include "platform/platform.h"
#include "ui/app_state.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/views/why_tree_view.h"

// The one widget helper the tab uses, as in widgets/text_field.cpp (linked
// without that file, whose other helpers pull in unrelated views).
namespace hs::ui {
void nameLastItem(const char* name) {
  registerCustomItem(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}
}  // namespace hs::ui

namespace {

struct NullStore : hs::platform::LibraryStore {
  std::string description() const override { return "bench"; }
  bool storesJson() const override { return true; }
  void loadAll(std::function<void(Result, std::vector<Record>)> done) override { done({}, {}); }
  void put(const std::string&, std::string, const std::string&, std::function<void(Result)> done) override { done({}); }
  void remove(const std::string&, std::function<void(Result)> done) override { done({}); }
};

struct BenchPlatform : hs::platform::Platform {
  NullStore nullStore;
  bool isWeb() const override { return false; }
  hs::platform::LibraryStore& store() override { return nullStore; }
  bool saveFile(const std::string&, const std::string&, const std::string&, std::string*) override { return false; }
  void openFiles(std::function<void(std::vector<hs::platform::FileData>)>) override {}
  void setDropHandler(std::function<void(std::vector<hs::platform::FileData>)>) override {}
  void openUrl(const std::string&) override {}
  long long nowMs() const override { return 1'770'000'000'000LL; }
  void setFlushHandler(std::function<void()>) override {}
};

hs::PostMortem makeTree(int count) {
  std::mt19937 rng(42);
  static const char* kWords[] = {"disk", "alert", "archive", "job", "credentials", "expired", "monitoring",
                                 "routing", "config", "deploy", "cache", "timeout", "retry", "queue",
                                 "replica", "lag", "review", "runbook", "owner", "threshold"};
  hs::PostMortem doc;
  doc.id = "pm-bench";
  doc.title = "Bench";
  hs::seedIds(7);
  for (int i = 0; i < count; ++i) {
    hs::WhyNode n;
    n.id = hs::newId("wn");
    if (i > 0) {
      // Mostly bushy near the top, some long chains: parent among recent nodes.
      int lo = std::max(0, i - 1 - static_cast<int>(rng() % 600));
      n.parentId = doc.whyNodes[lo + rng() % (i - lo)].id;
    }
    n.order = i;
    int words = 4 + rng() % 14;
    for (int w = 0; w < words; ++w) {
      if (w) n.text += ' ';
      n.text += kWords[rng() % 20];
    }
    n.rootCause = rng() % 23 == 0;
    if (rng() % 3) n.category = static_cast<hs::FactorCategory>(rng() % 3);
    doc.whyNodes.push_back(std::move(n));
  }
  return doc;
}

struct Stats {
  double median, p95, max;
};

Stats timeFrames(hs::ui::AppState& state, int frames) {
  std::vector<double> ms;
  for (int f = 0; f < frames; ++f) {
    auto t0 = std::chrono::steady_clock::now();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    hs::ui::drawWhyTreeTab(state, *state.openDocument());
    ImGui::End();
    ImGui::Render();
    hs::ui::finishItemFrame();
    auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

void report(const char* what, const Stats& s) {
  std::printf("%-46s median %6.3f ms  p95 %6.3f ms  (%zu nodes drawn)\n", what, s.median, s.p95,
              hs::ui::lastFrameItems().size());
}

// Centres the view on the middle node of the middle row, at `zoom`.
void lookAtMiddle(hs::ui::AppState& state, float zoom) {
  auto& view = state.ui().of<hs::ui::why::ViewState>(state.openDocument()->id);
  const auto& rows = view.scene.rows;
  const auto& row = rows[rows.size() / 2];
  const auto& r = view.scene.nodes[row[row.size() / 2]].rect;
  view.canvas.zoomAroundCentre(zoom / view.canvas.zoom());
  view.canvas.centreOn(ImVec2((r.minX + r.maxX) / 2, (r.minY + r.maxY) / 2));
}

}  // namespace

int main() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  io.IniFilename = nullptr;
  hs::ui::applyTheme(1.0f);
  hs::ui::enableItemRegistry();

  BenchPlatform platform;
  hs::ui::AppState state(platform);
  const int kNodes = 5000;
  hs::PostMortem& doc = state.addDocument(makeTree(kNodes));
  state.open(doc.id, hs::ui::DocTab::WhyTree);

  auto t0 = std::chrono::steady_clock::now();
  timeFrames(state, 1);  // builds the scene (measures text, lays out) and fits the view
  double first = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  auto& view = state.ui().of<hs::ui::why::ViewState>(doc.id);
  std::printf("why tree: %d nodes, %d visible, world %.0f x %.0f, fit zoom %.4f\n", kNodes,
              view.scene.visibleCount, view.scene.bounds.width(), view.scene.bounds.height(), view.canvas.zoom());
  std::printf("%-46s %6.3f ms\n", "first frame (text measure + layout + fit)", first);

  timeFrames(state, 20);
  report("frame, whole tree in view (fit, folded)", timeFrames(state, 300));

  lookAtMiddle(state, 0.12f);
  timeFrames(state, 5);
  report("frame, zoom 12% (boxes with level numbers)", timeFrames(state, 300));

  lookAtMiddle(state, 0.35f);
  timeFrames(state, 5);
  report("frame, zoom 35% (short labels)", timeFrames(state, 300));

  lookAtMiddle(state, 1.0f);
  timeFrames(state, 5);
  report("frame, zoom 100% (full text)", timeFrames(state, 300));

  // Re-layout after a collapse/expand (text measurements cached).
  double rebuildTotal = 0;
  for (int k = 0; k < 20; ++k) {
    ++view.collapseVersion;
    auto a = std::chrono::steady_clock::now();
    timeFrames(state, 1);
    rebuildTotal += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count();
  }
  std::printf("%-46s %6.3f ms\n", "frame with re-layout (collapse/expand), mean", rebuildTotal / 20);
  {
    std::vector<hs::WhyNodeHints> hints;
    auto a = std::chrono::steady_clock::now();
    for (int k = 0; k < 10; ++k) hs::computeWhyHints(*state.openDocument(), hints);
    std::printf("%-46s %6.3f ms\n", "  of which computeWhyHints", 
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count() / 10);
    hs::TreeLayouter layouter;
    hs::TreeLayoutResult result;
    auto b = std::chrono::steady_clock::now();
    for (int k = 0; k < 10; ++k) layouter.layout(view.scene.input, {}, result);
    std::printf("%-46s %6.3f ms\n", "  of which TreeLayouter::layout",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - b).count() / 10);
  }
  ImGui::DestroyContext();
  return 0;
}
