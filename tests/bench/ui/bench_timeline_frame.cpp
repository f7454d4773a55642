// Frame CPU time of the Timeline tab when a post-mortem's events sit on
// 0000-01-01 and 9999-12-31 (the view fits them: 10,000 years across the
// canvas), in a headless Dear ImGui context like bench_why_tree_frame.cpp.
// The event list, editor and paste dialog are stubbed: this measures the
// canvas (axis, phases, markers) and the durations header. Built and run by
// tests/bench/ui/run_timeline_frame.sh after `scripts/build native`.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "platform/platform.h"
#include "ui/app_state.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"
#include "ui/views/views.h"

namespace hs::ui {
void nameLastItem(const char* name) {
  registerCustomItem(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}
namespace timeline {
void drawEventList(AppState&, PostMortem&, ViewState&, ImVec2) {}
void drawEventEditor(AppState&, PostMortem&, ViewState&) {}
void drawPasteDialog(AppState&, PostMortem&, ViewState&) {}
}  // namespace timeline
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

hs::PostMortem tenThousandYears() {
  hs::PostMortem doc;
  doc.id = "pm-bench";
  doc.title = "Bench";
  doc.incidentDate = -62167219200000;  // 0000-01-01
  const hs::TimeMs times[] = {-62167219200000, 253402214400000};  // ... 9999-12-31
  const hs::EventKind kinds[] = {hs::EventKind::ImpactStarted, hs::EventKind::Resolved};
  for (int i = 0; i < 2; ++i) {
    hs::TimelineEvent e;
    e.id = i ? "ev-last" : "ev-first";
    e.time = times[i];
    e.kind = kinds[i];
    e.text = i ? "Resolved" : "Impact started";
    doc.events.push_back(e);
  }
  return doc;
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
  hs::PostMortem& doc = state.addDocument(tenThousandYears());
  state.open(doc.id, hs::ui::DocTab::Timeline);

  std::vector<double> ms;
  for (int f = 0; f < 31; ++f) {
    auto t0 = std::chrono::steady_clock::now();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    hs::ui::drawTimelineTab(state, *state.openDocument());
    ImGui::End();
    ImGui::Render();
    hs::ui::finishItemFrame();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin() + 1, ms.end());  // the first frame builds caches; not counted
  const auto& ticks = state.ui().of<hs::ui::timeline::ViewState>(doc.id).ticks;
  std::printf("timeline frame with 0000..9999 events (native): %.3f ms (budget: 4 ms, %s)\n", ms[ms.size() / 2],
              ms[ms.size() / 2] <= 4 ? "within" : "OVER");
  std::printf("timeline axis labels drawn with 0000..9999 events (native): %zu labels\n",
              ticks.major.size() + ticks.dates.size());
  std::printf("timeline draw vertices with 0000..9999 events (native): %d vertices\n",
              ImGui::GetDrawData()->TotalVtxCount);
  return 0;
}
