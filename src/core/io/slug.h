// File names derived from a post-mortem's title.
#pragma once

#include <string>
#include <string_view>

#include "core/model/postmortem.h"

namespace hs {

// Lowercase ASCII letters and digits joined by single '-': "Checkout outage: 5xx!" ->
// "checkout-outage-5xx". Non-ASCII is dropped, at most 60 characters (cut at a
// word boundary when there is one), never a leading/trailing '-'; "" -> "postmortem".
std::string slugify(std::string_view title);

// "<slug>.postmortem.json" and "<slug>.md".
std::string downloadFileName(const PostMortem& doc);
std::string markdownFileName(const PostMortem& doc);

}  // namespace hs
