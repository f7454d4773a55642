// SHA-256 (FIPS 180-4), for content hashes of documents.
#pragma once

#include <string>
#include <string_view>

namespace hs {

// The 64 lowercase hex digits of the SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

}  // namespace hs
