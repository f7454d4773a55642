// Action items as CSV for spreadsheets and trackers (RFC 4180: CRLF line ends,
// fields with a comma, quote, CR or LF are quoted and quotes doubled).
// Safe to open: a cell that a spreadsheet would run as a formula (starting with
// = + - @, TAB or CR) is written as text, as OWASP recommends: a single quote
// in front, inside a quoted field ("'=HYPERLINK(...)").
#pragma once

#include <string>
#include <vector>

#include "core/model/postmortem.h"

namespace hs {

struct CsvOptions {
  // Starts the file with EF BB BF so spreadsheet programs on Windows read it as
  // UTF-8 ("Çağrı", "Дмитрий") instead of the system code page.
  bool utf8Bom = false;
};

constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// Header "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes", then one row per
// action: title, owner, due as YYYY-MM-DD (empty when none), status label, link, post-mortem
// title, kind label, notes (kind and notes last, so the columns trackers already map stay put).
std::string actionsCsv(const PostMortem& doc, const CsvOptions& options = {});
std::string actionsCsv(const std::vector<PostMortem>& docs, const CsvOptions& options = {});

// One RFC 4180 field, quoted only when needed; formula-like text neutralised.
std::string csvField(const std::string& value);

}  // namespace hs
