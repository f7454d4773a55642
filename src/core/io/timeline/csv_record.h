// RFC 4180 records for timeline pastes: quoted fields, "" escapes, line breaks
// inside quotes; and the columns found by header name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// Reads one record starting at pos; pos ends after the record's line break.
// False with a reason when a quote is left open.
bool readCsvRecord(std::string_view s, std::size_t& pos, std::vector<std::string>& fields,
                   int& linesUsed, std::string& reason);

struct CsvColumns {
  int time = 0;   // time, timestamp, datetime, when (or date when there is no time column)
  int date = -1;  // a separate date column beside a time column
  int text = 1;   // text, description, event, what, message, summary (else the first other)
  int kind = -1;  // kind, type, category
};

// A row of two or more fields, one named like a time or date column.
bool isCsvHeader(const std::vector<std::string>& fields);
CsvColumns csvColumnsFromHeader(const std::vector<std::string>& header);

}  // namespace hs
