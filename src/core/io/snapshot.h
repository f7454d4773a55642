// Binary snapshots of a post-mortem for our own storage (autosave records,
// undo snapshots): cereal portable binary with a magic, a version and a checksum.
// Never load a snapshot from a file a user opened: use the JSON reader for that.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/postmortem.h"

namespace hs {

// Layout (little-endian): "HINDSNAP" | u32 snapshot version | u64 payload size |
// u64 FNV-1a 64 of the payload | payload (cereal PortableBinaryOutputArchive).
std::string saveSnapshot(const PostMortem& doc);

// nullopt (and a reason in *error when given) on a wrong magic, a newer version,
// a size or checksum mismatch, or a payload that does not decode to a valid model.
// Never throws (noexcept, also natively, so the fuzzers see what the web build,
// which has no exceptions, would do with a throw).
std::optional<PostMortem> loadSnapshot(std::string_view bytes, std::string* error) noexcept;

// A fast, well-mixed 64-bit hash of short text such as ids (not cryptographic).
std::uint64_t hashText(std::string_view text);

// FNV-1a 64-bit hash, used as the snapshot checksum.
std::uint64_t fnv1a64(std::string_view bytes);

}  // namespace hs
