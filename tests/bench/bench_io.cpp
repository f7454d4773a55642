// File-format bench: the ~15,000-element document through JSON and snapshots.
// Also writes it to build/bench/large.postmortem.json for the browser bench.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/snapshot.h"
#include "large_document.h"

namespace {

template <class F>
double medianMs(int runs, F&& f) {
  std::vector<double> samples;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    auto t1 = std::chrono::steady_clock::now();
    samples.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

}  // namespace

void benchIo(const char* outPath) {
  hs::PostMortem doc = makeLargeDocument();
  std::string json = hs::toJson(doc);
  std::string snapshot = hs::saveSnapshot(doc);
  std::size_t elements = doc.whyNodes.size() + doc.events.size() + doc.factors.size() + doc.actions.size();
  std::printf("io: document of %zu elements, JSON %.2f MB, snapshot %.2f MB\n", elements,
              json.size() / 1e6, snapshot.size() / 1e6);
  std::printf("io: toJson            median %7.2f ms (native)\n", medianMs(7, [&] { hs::toJson(doc); }));
  std::printf("io: load+validate     median %7.2f ms (native; budget 150 ms in wasm)\n",
              medianMs(7, [&] { hs::loadPostMortemJson(json, "large.postmortem.json"); }));
  std::printf("io: snapshot save     median %7.2f ms (native)\n", medianMs(7, [&] { hs::saveSnapshot(doc); }));
  std::printf("io: snapshot load     median %7.2f ms (native)\n",
              medianMs(7, [&] { hs::loadSnapshot(snapshot, nullptr); }));
  hs::PiecewiseSnapshotWriter writer;
  writer.remember(doc);
  std::size_t edit = 0, changedBytes = 0;
  double autosaveMs = medianMs(7, [&] {
    doc.events[(edit++ * 1237) % doc.events.size()].text += " (edited)";
    hs::PiecewiseSave save = writer.prepare(doc);
    changedBytes = save.head.size();
    for (const auto& piece : save.changed) changedBytes += piece.bytes.size();
    writer.confirm(save);
  });
  std::printf("io: autosave, 1 edit  median %7.2f ms (native; %.1f KB written of %.2f MB)\n", autosaveMs,
              changedBytes / 1024.0, snapshot.size() / 1e6);
  if (outPath) {
    std::filesystem::create_directories(std::filesystem::path(outPath).parent_path());
    std::ofstream(outPath, std::ios::binary) << json;
    std::printf("io: wrote %s\n", outPath);
  }
}
