// libFuzzer target: assembling a document from a piecewise head and its pieces
// (records read back from IndexedDB, which another tab, an older build or a
// damaged profile may have written). The input is the head; each key it lists
// resolves to a valid piece, a corrupt one or none, picked by the key's length.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/io/json_writer.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string validPiece = [] {
    hs::PostMortem carrier;
    carrier.id = "pm-fuzz";
    hs::TimelineEvent e;
    e.id = "ev-fuzz";
    e.text = "piece";
    carrier.events.push_back(e);
    return hs::saveSnapshot(carrier);
  }();
  static const std::string corruptPiece = validPiece.substr(0, validPiece.size() / 2);
  std::string head = "HSPIECE1\n" + std::string(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto doc = hs::assemblePiecewise(head, [](const std::string& key) -> const std::string* {
    switch (key.size() % 3) {
      case 0: return &validPiece;
      case 1: return &corruptPiece;
      default: return nullptr;
    }
  }, &error);
  if (!doc) {
    if (error.empty()) std::abort();
    return 0;
  }
  (void)hs::toJson(*doc);
  return 0;
}
