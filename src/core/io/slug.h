// File names derived from a post-mortem's title.
#pragma once

#include <string>
#include <string_view>

#include "core/model/postmortem.h"

namespace hs {

// Lowercase ASCII letters and digits joined by single '-': "Checkout outage: 5xx!" ->
// "checkout-outage-5xx". Common Latin letters are transliterated ("Łódź" -> "lodz",
// "Straße" -> "strasse"); other non-ASCII is dropped. At most 60 characters (cut at a
// word boundary when there is one), never a leading/trailing '-'; "" -> "postmortem".
std::string slugify(std::string_view title);

// "<slug>.postmortem.json" and "<slug>.md". A title that leaves no ASCII letter or
// digit is named by the post-mortem's id ("pm-<hex>.postmortem.json"), so two such
// post-mortems never share a name.
std::string downloadFileName(const PostMortem& doc);
std::string markdownFileName(const PostMortem& doc);

// The n-th candidate for saving `name` without replacing a file: n <= 1 -> name,
// else " (n)" before the extension ("a.postmortem.json" -> "a (2).postmortem.json",
// "a.md" -> "a (3).md", "README" -> "README (2)").
std::string numberedFileName(std::string_view name, int n);

}  // namespace hs
