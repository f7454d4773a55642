// Reading a post-mortem file (exchange format v1) from untrusted text.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/io/limits.h"
#include "core/io/load_error.h"
#include "core/model/postmortem.h"

namespace hs {

struct LoadResult {
  std::optional<PostMortem> doc;  // set only when there is no error: a failed load changes nothing
  std::vector<LoadError> errors;  // all errors found, up to ReadLimits::maxErrors (+1 "more" line)
  bool ok() const { return doc.has_value(); }
};

// Parses, checks limits, validates (ids, duplicates, references, tree shape,
// enums, times, ranges) and builds the model. Unknown fields of the document,
// impact, sections and every element are kept in their `unknown` strings.
// A file whose major "version" is newer than this build's is refused with one
// error that says so. Events come out sorted by time (stable); triggers and
// dismissed hints sorted and unique.
// Implementation: nlohmann's SAX parser straight into the model (json_model_sax.h),
// then the whole-document checks; errors come in the order of the format's fields.
// Never throws (noexcept: the web build has no exceptions, and the fuzzers run natively).
LoadResult loadPostMortemJson(std::string_view text, std::string_view fileName,
                              const ReadLimits& limits = {}) noexcept;

}  // namespace hs
