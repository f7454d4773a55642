#include <doctest/doctest.h>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/snapshot.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("io snapshot: JSON -> model -> binary -> model -> JSON is byte-identical") {
  PostMortem d = hs::testing::sampleDoc();
  d.durationOverride = 48 * kMinute;
  d.unknown = R"({"zeta":1})";
  d.actions[0].unknown = R"({"jira":"PM-7"})";
  std::string json = toJson(d);
  LoadResult loaded = loadPostMortemJson(json, "a.json");
  REQUIRE(loaded.ok());
  std::string bytes = saveSnapshot(*loaded.doc);
  CHECK(bytes.compare(0, 8, "HINDSNAP") == 0);
  std::string error;
  auto back = loadSnapshot(bytes, &error);
  REQUIRE_MESSAGE(back.has_value(), error);
  CHECK(toJson(*back) == json);
  CHECK(saveSnapshot(*back) == bytes);
}

TEST_CASE("io snapshot: corruption, truncation and foreign bytes are refused") {
  std::string bytes = saveSnapshot(hs::testing::sampleDoc());
  std::string error;

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x01;
  CHECK_FALSE(loadSnapshot(flipped, &error).has_value());
  CHECK(error == "snapshot refused: checksum mismatch (corrupted record)");

  CHECK_FALSE(loadSnapshot(bytes.substr(0, bytes.size() - 1), &error).has_value());
  CHECK(error == "snapshot refused: truncated or padded (size mismatch)");

  CHECK_FALSE(loadSnapshot("{\"format\":\"hindsight.postmortem\"}", &error).has_value());
  CHECK(error == "snapshot refused: not a Hindsight snapshot (wrong magic)");

  std::string newer = bytes;
  newer[8] = 2;
  CHECK_FALSE(loadSnapshot(newer, &error).has_value());
  CHECK(error == "snapshot refused: snapshot version 2 is not 1");

  CHECK_FALSE(loadSnapshot("", nullptr).has_value());  // no error sink is fine
}

TEST_CASE("io snapshot: a payload with a valid checksum but bad content is refused") {
  // Rebuild the header around a payload whose first string length is absurd.
  std::string bytes = saveSnapshot(hs::testing::sampleDoc());
  std::string payload = bytes.substr(28);
  for (int i = 1; i <= 8; ++i) payload[i] = '\x7f';  // after cereal's 1-byte endianness tag
  std::string forged = bytes.substr(0, 20);
  std::uint64_t sum = fnv1a64(payload);
  for (int i = 0; i < 8; ++i) forged += static_cast<char>((sum >> (8 * i)) & 0xFF);
  forged += payload;
  std::string error;
  CHECK_FALSE(loadSnapshot(forged, &error).has_value());
  CHECK(error == "snapshot refused: payload does not decode: a length larger than the payload");
}

TEST_CASE("io snapshot: fnv1a64 known values") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
}
