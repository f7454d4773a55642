// What a typed form field's parser returns: the value, or a message saying why
// the text was refused. Empty text gives neither (the field decides what "empty" means).
#pragma once

#include <optional>
#include <string>

namespace hs {

template <class T>
struct ParsedInput {
  std::optional<T> value;  // set when the text is valid
  std::string error;       // set when it is not: names the text and what is expected
  bool empty() const { return !value && error.empty(); }
};

}  // namespace hs
