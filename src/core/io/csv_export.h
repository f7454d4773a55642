// Action items as CSV for spreadsheets and trackers (RFC 4180: CRLF line ends,
// fields with a comma, quote, CR or LF are quoted and quotes doubled).
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

// Header "Summary,Assignee,Due date,Status,Link,Post-mortem", then one row per action:
// title, owner, due as YYYY-MM-DD (empty when none), status label, link, post-mortem title.
std::string actionsCsv(const PostMortem& doc);
std::string actionsCsv(const std::vector<PostMortem>& docs);

// One RFC 4180 field, quoted only when needed.
std::string csvField(const std::string& value);

}  // namespace hs
