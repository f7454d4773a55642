// Time zones a timeline may name: UTC/GMT/Z, numeric offsets (+01:00, +0100,
// UTC+2, GMT-05:30), common abbreviations (PST, CEST, JST...) and the IANA
// names teams use most (Europe/Berlin, America/New_York...). The same table
// serves the browser and the desktop, so both read a paste the same way; IANA
// zones follow today's daylight-saving rules (EU since 1996, US since 2007,
// south-east Australia, New Zealand) and an unknown IANA name is reported, not
// guessed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace hs {

enum class DstRule { None, EU, US, AustraliaSouth, NewZealand };

struct TimeZone {
  std::string name;      // as written or chosen ("CET", "Europe/Berlin", "UTC+02:00")
  int offsetMinutes = 0; // standard offset from UTC (east positive)
  DstRule dst = DstRule::None;
  std::string note;      // how an ambiguous name was read ("IST read as India Standard Time ...")
};

// Converts a local wall-clock time (as if UTC) in the zone to UTC.
TimeMs toUtc(const TimeZone& zone, TimeMs local);
// The offset in minutes in force at a UTC time.
int offsetAt(const TimeZone& zone, TimeMs utc);

// A zone by name: abbreviation, IANA name, "UTC", "UTC+2", "+01:00" (case-insensitive).
std::optional<TimeZone> findTimeZone(std::string_view name);

// Reads a zone written at pos (after optional spaces; "(UTC)" too). On success
// end is just past it. error is set (and nullopt returned) when something that
// is clearly a zone cannot be used, e.g. an unknown "America/Bogota".
std::optional<TimeZone> readTimeZone(std::string_view s, std::size_t pos, std::size_t& end,
                                     std::string& error);

// Names offered by the paste dialog's zone choice, UTC first.
const std::vector<std::string_view>& commonTimeZoneNames();

// "UTC+05:30"
std::string offsetText(int minutes);

}  // namespace hs
