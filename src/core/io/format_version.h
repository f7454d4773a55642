// Identity of the exchange format (see assets/schema/postmortem.schema.json).
#pragma once

namespace hs {

// "version" is the MAJOR version, an integer: a reader refuses a larger one.
// Additions that older readers may ignore bump an optional "minor_version"
// integer instead; this build writes none (it is 1.0) and keeps one it reads,
// like any other unknown field.
inline constexpr const char* kFormatTag = "hindsight.postmortem";
inline constexpr int kFormatVersion = 1;

}  // namespace hs
