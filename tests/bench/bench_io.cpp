// File-format bench: the generated ~15,000-element document (5,000 why-nodes,
// 10,000 events) through JSON and binary snapshots, and one incremental autosave.
// Also writes it to the given path for the browser bench.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/snapshot.h"
#include "core/model/generated_document.h"
#include "figure.h"

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
  return medianOf(samples);
}

// A time and the throughput it means for `bytes`.
void printTimeAndRate(const std::string& name, double ms, std::size_t bytes, double budgetMs = -1) {
  printFigure(name, ms, "ms", 2, budgetMs);
  printFigure(name + " throughput", bytes / 1e6 / (ms / 1000.0), "MB/s", 1);
}

}  // namespace

void benchIo(const char* outPath) {
  hs::PostMortem doc = hs::generatePostMortem();
  const std::string json = hs::toJson(doc);
  const std::string snapshot = hs::saveSnapshot(doc);
  const std::size_t elements = doc.whyNodes.size() + doc.events.size() + doc.factors.size() + doc.actions.size();
  printFigure("io document elements", static_cast<double>(elements), "elements", 0);
  printFigure("io document JSON size", json.size() / 1e6, "MB", 2);
  printFigure("io document snapshot size", snapshot.size() / 1e6, "MB", 2);

  printTimeAndRate("io JSON serialize", medianMs(7, [&] { hs::toJson(doc); }), json.size());
  // The browser budget (150 ms) is for parse + validate + model of such a file in wasm.
  printTimeAndRate("io JSON parse + validate + model",
                   medianMs(7, [&] { hs::loadPostMortemJson(json, "large.postmortem.json"); }), json.size(), 150);
  printTimeAndRate("io snapshot save", medianMs(7, [&] { hs::saveSnapshot(doc); }), snapshot.size());
  printTimeAndRate("io snapshot load", medianMs(7, [&] { hs::loadSnapshot(snapshot, nullptr); }), snapshot.size());

  // One edit, then an autosave: find the changed pieces by content hash, encode them.
  hs::PiecewiseSnapshotWriter writer;
  writer.remember(doc);
  std::size_t edit = 0, writtenBytes = 0;
  double autosaveMs = medianMs(7, [&] {
    hs::TimelineEvent& e = doc.events[(edit++ * 1237) % doc.events.size()];
    e.text += " (edited)";
    e.updated += 1000;  // as every edit command stamps it
    hs::PiecewiseSave save = writer.prepare(doc);
    writtenBytes = save.head.size();
    for (const auto& piece : save.changed) writtenBytes += piece.bytes.size();
    writer.confirm(save);
  });
  printFigure("io autosave after one edit (blocks the frame)", autosaveMs, "ms", 2, 2);
  printFigure("io autosave, of which finding the changed pieces",
              medianMs(7, [&] { hs::PiecewiseSnapshotWriter w; w.remember(doc); }), "ms", 2);
  printFigure("io autosave after one edit, bytes written", writtenBytes / 1024.0, "KB", 1);

  if (outPath) {
    std::filesystem::create_directories(std::filesystem::path(outPath).parent_path());
    std::ofstream(outPath, std::ios::binary) << json;
  }
}
