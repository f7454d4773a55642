// libFuzzer target: two teammates' random edits of one post-mortem, merged; the
// properties of tests/fuzz/merge_properties.h must hold. The first byte picks the
// common version (the sample-like generated document or an empty one), the next
// two how many edits each side makes, the rest drives the edits.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "core/model/generated_document.h"
#include "merge_edits.h"
#include "merge_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hs;
  fuzz::ByteSource in(data, size);
  const std::uint8_t shape = in.next();
  PostMortem base = shape % 4 == 0 ? PostMortem{} : generatePostMortem(3 + shape % 9, 4 + shape % 7, shape);
  if (base.id.empty()) base.id = "pm-fuzz";
  const int editsA = in.next() % 12, editsB = in.next() % 12;
  const TimeMs start = base.updated + kDay;
  PostMortem a = base, b = base;
  fuzz::randomEdits(a, in, editsA, "a", start);
  fuzz::randomEdits(b, in, editsB, "b", start + 500);
  if (std::string why = fuzz::mergeProperties(base, a, b); !why.empty()) {
    std::fprintf(stderr, "merge property broken: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
