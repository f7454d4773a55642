// libFuzzer target: the JSON reader on arbitrary bytes. Anything it accepts must
// survive the writer, re-read to the same model and export without trouble.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/io/csv_export.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
#include "core/io/snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  hs::LoadResult result = hs::loadPostMortemJson(text, "fuzz.json");
  if (!result.ok()) {
    if (result.errors.empty()) std::abort();  // a refusal must say why
    for (const auto& e : result.errors) (void)e.format();
    return 0;
  }
  std::string json = hs::toJson(*result.doc);
  hs::LoadResult again = hs::loadPostMortemJson(json, "fuzz-rewrite.json");
  if (!again.ok() || hs::toJson(*again.doc) != json) std::abort();  // canonical form is stable
  std::string error;
  auto snap = hs::loadSnapshot(hs::saveSnapshot(*result.doc), &error);
  if (!snap || hs::toJson(*snap) != json) std::abort();
  (void)hs::toMarkdown(*result.doc);
  (void)hs::actionsCsv(*result.doc);
  return 0;
}
