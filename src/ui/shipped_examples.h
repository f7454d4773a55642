// The example post-mortems from assets/examples, embedded in the binary at build
// time (cmake/App.cmake generates the table), so they open offline and natively.
#pragma once

#include <cstddef>

namespace hs::ui {

struct EmbeddedFile {
  const char* name;  // "checkout-outage.postmortem.json"
  const unsigned char* data;
  std::size_t size;
};

extern const EmbeddedFile kShippedExamples[];  // kShippedExampleCount entries, then a null row
extern const std::size_t kShippedExampleCount;

}  // namespace hs::ui
