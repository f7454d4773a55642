#include "core/io/timeline/time_zones.h"

#include <cstdio>

#include "core/io/timeline/civil_date.h"
#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

struct ZoneEntry {
  std::string_view name;
  int offsetMinutes;
  DstRule dst;
  std::string_view note;
};

// Abbreviations stand for a fixed offset (PDT is UTC-7 whatever the date); the
// ambiguous ones are read as the most common meaning and say so.
constexpr ZoneEntry kAbbreviations[] = {
    {"UTC", 0, DstRule::None, ""},        {"GMT", 0, DstRule::None, ""},
    {"Z", 0, DstRule::None, ""},          {"UT", 0, DstRule::None, ""},
    {"WET", 0, DstRule::None, ""},        {"WEST", 60, DstRule::None, ""},
    {"BST", 60, DstRule::None, "BST read as British Summer Time (UTC+01:00)"},
    {"IST", 330, DstRule::None, "IST read as India Standard Time (UTC+05:30), not Irish or Israel time"},
    {"CET", 60, DstRule::None, ""},       {"CEST", 120, DstRule::None, ""},
    {"MET", 60, DstRule::None, ""},       {"MEST", 120, DstRule::None, ""},
    {"EET", 120, DstRule::None, ""},      {"EEST", 180, DstRule::None, ""},
    {"MSK", 180, DstRule::None, ""},
    {"PST", -480, DstRule::None, ""},     {"PDT", -420, DstRule::None, ""},
    {"MST", -420, DstRule::None, ""},     {"MDT", -360, DstRule::None, ""},
    {"CST", -360, DstRule::None, "CST read as US Central Standard Time (UTC-06:00), not China"},
    {"CDT", -300, DstRule::None, ""},     {"EST", -300, DstRule::None, ""},
    {"EDT", -240, DstRule::None, ""},     {"AKST", -540, DstRule::None, ""},
    {"AKDT", -480, DstRule::None, ""},    {"HST", -600, DstRule::None, ""},
    {"AST", -240, DstRule::None, "AST read as Atlantic Standard Time (UTC-04:00)"},
    {"ADT", -180, DstRule::None, ""},     {"NST", -210, DstRule::None, ""},
    {"NDT", -150, DstRule::None, ""},     {"JST", 540, DstRule::None, ""},
    {"KST", 540, DstRule::None, ""},      {"HKT", 480, DstRule::None, ""},
    {"SGT", 480, DstRule::None, ""},      {"AWST", 480, DstRule::None, ""},
    {"ACST", 570, DstRule::None, ""},     {"ACDT", 630, DstRule::None, ""},
    {"AEST", 600, DstRule::None, ""},     {"AEDT", 660, DstRule::None, ""},
    {"NZST", 720, DstRule::None, ""},     {"NZDT", 780, DstRule::None, ""},
    // Generic names follow the season.
    {"PT", -480, DstRule::US, "PT read as US Pacific time (PST or PDT by date)"},
    {"MT", -420, DstRule::US, "MT read as US Mountain time (MST or MDT by date)"},
    {"CT", -360, DstRule::US, "CT read as US Central time (CST or CDT by date)"},
    {"ET", -300, DstRule::US, "ET read as US Eastern time (EST or EDT by date)"},
};

constexpr ZoneEntry kIanaZones[] = {
    {"UTC", 0, DstRule::None, ""}, {"Etc/UTC", 0, DstRule::None, ""}, {"Etc/GMT", 0, DstRule::None, ""},
    {"Europe/London", 0, DstRule::EU, ""}, {"Europe/Dublin", 0, DstRule::EU, ""},
    {"Europe/Lisbon", 0, DstRule::EU, ""}, {"Atlantic/Reykjavik", 0, DstRule::None, ""},
    {"Europe/Berlin", 60, DstRule::EU, ""}, {"Europe/Paris", 60, DstRule::EU, ""},
    {"Europe/Amsterdam", 60, DstRule::EU, ""}, {"Europe/Brussels", 60, DstRule::EU, ""},
    {"Europe/Madrid", 60, DstRule::EU, ""}, {"Europe/Rome", 60, DstRule::EU, ""},
    {"Europe/Vienna", 60, DstRule::EU, ""}, {"Europe/Zurich", 60, DstRule::EU, ""},
    {"Europe/Stockholm", 60, DstRule::EU, ""}, {"Europe/Oslo", 60, DstRule::EU, ""},
    {"Europe/Copenhagen", 60, DstRule::EU, ""}, {"Europe/Prague", 60, DstRule::EU, ""},
    {"Europe/Warsaw", 60, DstRule::EU, ""}, {"Europe/Budapest", 60, DstRule::EU, ""},
    {"Europe/Belgrade", 60, DstRule::EU, ""}, {"Europe/Luxembourg", 60, DstRule::EU, ""},
    {"Europe/Helsinki", 120, DstRule::EU, ""}, {"Europe/Athens", 120, DstRule::EU, ""},
    {"Europe/Kyiv", 120, DstRule::EU, ""}, {"Europe/Kiev", 120, DstRule::EU, ""},
    {"Europe/Bucharest", 120, DstRule::EU, ""}, {"Europe/Sofia", 120, DstRule::EU, ""},
    {"Europe/Riga", 120, DstRule::EU, ""}, {"Europe/Tallinn", 120, DstRule::EU, ""},
    {"Europe/Vilnius", 120, DstRule::EU, ""}, {"Europe/Moscow", 180, DstRule::None, ""},
    {"Europe/Istanbul", 180, DstRule::None, ""},
    {"America/New_York", -300, DstRule::US, ""}, {"America/Toronto", -300, DstRule::US, ""},
    {"America/Detroit", -300, DstRule::US, ""}, {"America/Chicago", -360, DstRule::US, ""},
    {"America/Denver", -420, DstRule::US, ""}, {"America/Phoenix", -420, DstRule::None, ""},
    {"America/Los_Angeles", -480, DstRule::US, ""}, {"America/Vancouver", -480, DstRule::US, ""},
    {"America/Anchorage", -540, DstRule::US, ""}, {"America/Halifax", -240, DstRule::US, ""},
    {"America/Sao_Paulo", -180, DstRule::None, ""}, {"America/Mexico_City", -360, DstRule::None, ""},
    {"America/Bogota", -300, DstRule::None, ""}, {"America/Lima", -300, DstRule::None, ""},
    {"America/Argentina/Buenos_Aires", -180, DstRule::None, ""},
    {"US/Eastern", -300, DstRule::US, ""}, {"US/Central", -360, DstRule::US, ""},
    {"US/Mountain", -420, DstRule::US, ""}, {"US/Pacific", -480, DstRule::US, ""},
    {"Pacific/Honolulu", -600, DstRule::None, ""}, {"Pacific/Auckland", 720, DstRule::NewZealand, ""},
    {"Asia/Tokyo", 540, DstRule::None, ""}, {"Asia/Seoul", 540, DstRule::None, ""},
    {"Asia/Shanghai", 480, DstRule::None, ""}, {"Asia/Hong_Kong", 480, DstRule::None, ""},
    {"Asia/Singapore", 480, DstRule::None, ""}, {"Asia/Taipei", 480, DstRule::None, ""},
    {"Asia/Manila", 480, DstRule::None, ""}, {"Asia/Kolkata", 330, DstRule::None, ""},
    {"Asia/Calcutta", 330, DstRule::None, ""}, {"Asia/Dubai", 240, DstRule::None, ""},
    {"Asia/Karachi", 300, DstRule::None, ""}, {"Asia/Dhaka", 360, DstRule::None, ""},
    {"Asia/Bangkok", 420, DstRule::None, ""}, {"Asia/Jakarta", 420, DstRule::None, ""},
    {"Asia/Ho_Chi_Minh", 420, DstRule::None, ""},
    {"Australia/Perth", 480, DstRule::None, ""}, {"Australia/Brisbane", 600, DstRule::None, ""},
    {"Australia/Darwin", 570, DstRule::None, ""}, {"Australia/Adelaide", 570, DstRule::AustraliaSouth, ""},
    {"Australia/Sydney", 600, DstRule::AustraliaSouth, ""}, {"Australia/Melbourne", 600, DstRule::AustraliaSouth, ""},
    {"Australia/Canberra", 600, DstRule::AustraliaSouth, ""}, {"Australia/Hobart", 600, DstRule::AustraliaSouth, ""},
    {"Africa/Johannesburg", 120, DstRule::None, ""}, {"Africa/Lagos", 60, DstRule::None, ""},
    {"Africa/Nairobi", 180, DstRule::None, ""},
};

TimeZone fromEntry(const ZoneEntry& e) {
  return TimeZone{std::string(e.name), e.offsetMinutes, e.dst, std::string(e.note)};
}

TimeMs at(const CivilDate& d, int hour) { return localMidnight(d) + hour * kHour; }

// Whether daylight-saving time is in force at a standard-time local instant.
bool inDst(DstRule rule, TimeMs standardLocal, int offsetMinutes) {
  int year = civilDateOf(standardLocal).year;
  switch (rule) {
    case DstRule::None:
      return false;
    case DstRule::EU: {  // last Sunday of March to last Sunday of October, 01:00 UTC
      TimeMs utc = standardLocal - offsetMinutes * kMinute;
      return utc >= at(nthWeekday(year, 3, 0, 0), 1) && utc < at(nthWeekday(year, 10, 0, 0), 1);
    }
    case DstRule::US:  // second Sunday of March 02:00 to first Sunday of November 02:00 (01:00 standard)
      return standardLocal >= at(nthWeekday(year, 3, 0, 2), 2) &&
             standardLocal < at(nthWeekday(year, 11, 0, 1), 1);
    case DstRule::AustraliaSouth:  // first Sunday of October to first Sunday of April, 02:00 standard
      return !(standardLocal >= at(nthWeekday(year, 4, 0, 1), 2) &&
               standardLocal < at(nthWeekday(year, 10, 0, 1), 2));
    case DstRule::NewZealand:  // last Sunday of September to first Sunday of April, 02:00 standard
      return !(standardLocal >= at(nthWeekday(year, 4, 0, 1), 2) &&
               standardLocal < at(nthWeekday(year, 9, 0, 0), 2));
  }
  return false;
}

// "+01:00", "+0100", "-05:30" at pos; "+1" / "-5" only when minutes are not
// required (after "UTC"), so "14:32 -5 servers" is not a zone.
bool readOffset(std::string_view s, std::size_t pos, bool requireMinutes, std::size_t& end, int& minutes) {
  if (pos >= s.size()) return false;
  int sign = 1;
  std::size_t p = pos + 1;
  if (s[pos] == '-') {
    sign = -1;
  } else if (s.substr(pos, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
    sign = -1;
    p = pos + 3;
  } else if (s[pos] != '+') {
    return false;
  }
  int count;
  int hours = scan::readNumber(s, p, 4, count);
  int mins = 0;
  if (count == 4) {
    mins = hours % 100;
    hours /= 100;
  } else if (count == 1 || count == 2) {
    if (p < s.size() && s[p] == ':') {
      ++p;
      mins = scan::readNumber(s, p, 2, count);
      if (count != 2) return false;
    } else if (requireMinutes) {
      return false;
    }
  } else {
    return false;
  }
  if (p < s.size() && scan::isAlnum(s[p])) return false;
  if (hours > 14 || mins > 59) return false;
  end = p;
  minutes = sign * (hours * 60 + mins);
  return true;
}

bool isIanaChar(char c) { return scan::isAlnum(c) || c == '_' || c == '/' || c == '-' || c == '+'; }

}  // namespace

std::string offsetText(int minutes) {
  char buf[16];
  int a = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

int offsetAt(const TimeZone& zone, TimeMs utc) {
  TimeMs standardLocal = utc + zone.offsetMinutes * kMinute;
  return zone.offsetMinutes + (inDst(zone.dst, standardLocal, zone.offsetMinutes) ? 60 : 0);
}

TimeMs toUtc(const TimeZone& zone, TimeMs local) {
  // A wall time in the hour that repeats in autumn is read as daylight time.
  TimeMs standardLocal = local - 60 * kMinute;
  bool dst = zone.dst != DstRule::None && inDst(zone.dst, standardLocal, zone.offsetMinutes);
  return local - (zone.offsetMinutes + (dst ? 60 : 0)) * kMinute;
}

std::optional<TimeZone> findTimeZone(std::string_view name) {
  name = scan::trim(name);
  std::size_t end = 0;
  std::string error;
  auto zone = readTimeZone(name, 0, end, error);
  if (!zone || end != name.size()) return std::nullopt;
  return zone;
}

std::optional<TimeZone> readTimeZone(std::string_view s, std::size_t pos, std::size_t& end,
                                     std::string& error) {
  error.clear();
  std::size_t p = scan::skipSpaces(s, pos);
  bool paren = p < s.size() && s[p] == '(';
  if (paren) p = scan::skipSpaces(s, p + 1);
  auto close = [&](std::size_t q, TimeZone zone) -> std::optional<TimeZone> {
    if (paren) {
      q = scan::skipSpaces(s, q);
      if (q >= s.size() || s[q] != ')') return std::nullopt;
      ++q;
    }
    end = q;
    return zone;
  };
  int minutes;
  std::size_t q;
  if (readOffset(s, p, true, q, minutes)) return close(q, TimeZone{offsetText(minutes), minutes, DstRule::None, ""});

  // IANA: Area/Location[/More]
  std::string_view word = scan::lettersAt(s, p);
  if (!word.empty()) {
    std::size_t w = p + word.size();
    if (w < s.size() && s[w] == '/' && w + 1 < s.size() && scan::isAlpha(s[w + 1])) {
      std::size_t stop = w;
      while (stop < s.size() && isIanaChar(s[stop])) ++stop;
      std::string_view name = s.substr(p, stop - p);
      for (const ZoneEntry& e : kIanaZones)
        if (scan::equalsNoCase(e.name, name)) {
          TimeZone zone = fromEntry(e);
          return close(stop, zone);
        }
      static constexpr std::string_view kAreas[] = {"Europe", "America", "Asia", "Africa", "Australia",
                                                    "Pacific", "Atlantic", "Indian", "Etc", "US"};
      for (std::string_view area : kAreas)
        if (scan::equalsNoCase(area, word)) {
          error = "the time zone \"" + std::string(name) +
                  "\" is not in Hindsight's zone table; write its offset instead (e.g. +01:00)";
          return std::nullopt;
        }
      return std::nullopt;
    }
    for (const ZoneEntry& e : kAbbreviations) {
      if (!scan::equalsNoCase(e.name, word)) continue;
      // Abbreviations are written in capitals; "et" or "mt" in running text are words.
      for (char c : word)
        if (c >= 'a' && c <= 'z') return std::nullopt;
      TimeZone zone = fromEntry(e);
      std::size_t after = p + word.size();
      if ((e.name == "UTC" || e.name == "GMT" || e.name == "UT") &&
          readOffset(s, after, false, q, minutes)) {
        return close(q, TimeZone{offsetText(minutes), minutes, DstRule::None, ""});
      }
      if (after < s.size() && (scan::isDigit(s[after]) || s[after] == '_')) return std::nullopt;
      return close(after, zone);
    }
  }
  return std::nullopt;
}

const std::vector<std::string_view>& commonTimeZoneNames() {
  static const std::vector<std::string_view> names = {
      "UTC", "Europe/London", "Europe/Berlin", "Europe/Helsinki", "America/New_York",
      "America/Chicago", "America/Denver", "America/Los_Angeles", "Asia/Kolkata", "Asia/Singapore",
      "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland"};
  return names;
}

}  // namespace hs
