// Replays every input kept in tests/fuzz/regressions/<target>/ through the same
// property its fuzz target checks (tests/fuzz/fuzz_properties.h). A new crasher
// is kept by copying it there; this test then guards it on every build.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/fuzz_properties.h"

namespace {

std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `property` on every file of the target's folder; returns how many there were.
template <class Property>
int replay(const char* target, Property property) {
  const std::filesystem::path dir =
      std::filesystem::path(HINDSIGHT_SOURCE_DIR) / "tests/fuzz/regressions" / target;
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string bytes = readBytes(entry.path());
    INFO(target << "/" << entry.path().filename().string());
    CHECK(property(bytes) == "");
    ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("values: every kept fuzz crasher of the JSON reader holds the round-trip property") {
  CHECK(replay("json_reader", [](const std::string& b) { return hs::fuzz::jsonReaderProperty(b); }) >= 4);
}

TEST_CASE("values: every kept fuzz crasher of the typed-field parsers holds its property") {
  CHECK(replay("duration_input", [](const std::string& b) { return hs::fuzz::durationInputProperty(b); }) >= 1);
  CHECK(replay("number_input", [](const std::string& b) { return hs::fuzz::numberInputProperty(b); }) >= 1);
  CHECK(replay("time_input", [](const std::string& b) {
          return b.empty() ? std::string() : hs::fuzz::timeInputProperty(std::string_view(b).substr(1), (b[0] & 1) != 0);
        }) >= 1);
}

TEST_CASE("values: every kept fuzz crasher of the Markdown importer holds its property") {
  CHECK(replay("markdown_import", [](const std::string& b) { return hs::fuzz::markdownImportProperty(b); }) >= 1);
}
