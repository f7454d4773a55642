#include "core/analysis/time_input.h"

#include <string>

#include "core/library/text_match.h"
#include "core/model/time_format.h"
#include "core/model/value_rules.h"

namespace hs {

ParsedInput<TimeMs> parseTimeInput(std::string_view text, bool dateOnly) {
  ParsedInput<TimeMs> out;
  if (trimmed(text).empty()) return out;
  std::optional<TimeMs> t = parseDateTime(text);
  if (!t) t = parseRfc3339(text);
  if (t && dateOnly) t = startOfDayUtc(*t);
  const std::string quoted = "\"" + std::string(text) + "\"";
  if (!t)
    out.error = dateOnly ? quoted + " is not a date: use YYYY-MM-DD. Nothing changed."
                         : quoted + " is not a date and time: use YYYY-MM-DD HH:MM (UTC). Nothing changed.";
  else if (!isValidTime(*t))
    out.error = quoted + " is outside the years 0000 to 9999 in UTC. Nothing changed.";
  else
    out.value = t;
  return out;
}

}  // namespace hs
