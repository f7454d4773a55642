#include "core/io/load_error.h"

namespace hs {

std::string LoadError::format() const {
  std::string out = file;
  out += ": ";
  out += pointer.empty() ? std::string("(document)") : pointer;
  out += ": ";
  out += message;
  return out;
}

std::string escapePointerToken(const std::string& token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

}  // namespace hs
