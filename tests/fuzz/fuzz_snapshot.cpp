// libFuzzer target: the snapshot loader. Half the inputs get a valid header and
// checksum wrapped around them so the fuzzer reaches the payload decoder.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/io/json_writer.h"
#include "core/io/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && (data[0] & 1)) {
    std::string payload = bytes.substr(1);
    std::string wrapped = "HINDSNAP";
    auto put = [&](std::uint64_t v, int n) {
      for (int i = 0; i < n; ++i) wrapped += static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    put(1, 4);
    put(payload.size(), 8);
    put(hs::fnv1a64(payload), 8);
    bytes = wrapped + payload;
  }
  std::string error;
  auto doc = hs::loadSnapshot(bytes, &error);
  if (!doc) {
    if (error.empty()) std::abort();
    return 0;
  }
  // A decoded snapshot must serialize again, both ways.
  if (!hs::loadSnapshot(hs::saveSnapshot(*doc), nullptr)) std::abort();
  (void)hs::toJson(*doc);
  return 0;
}
