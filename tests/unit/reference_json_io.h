// The previous JSON reader and writer, kept for differential tests only.
#pragma once

#include <string>
#include <string_view>

#include "core/io/json_reader.h"

namespace hs::reference {

LoadResult loadPostMortemJson(std::string_view text, std::string_view fileName,
                              const ReadLimits& limits = {});
std::string toJson(const PostMortem& doc);

}  // namespace hs::reference
