#include "core/model/time_format.h"

#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace hs {
namespace {

using Ms = std::chrono::milliseconds;
using SysMs = date::sys_time<Ms>;

// Years 0000..9999: the range RFC 3339 can write. Values outside are clamped so
// formatting never overflows the calendar arithmetic.
constexpr TimeMs kEarliest = -62167219200000;   // 0000-01-01T00:00:00Z
constexpr TimeMs kLatest = 253402300799999;     // 9999-12-31T23:59:59.999Z

TimeMs clampToCalendar(TimeMs t) { return t < kEarliest ? kEarliest : t > kLatest ? kLatest : t; }

SysMs toSys(TimeMs t) { return SysMs{Ms{clampToCalendar(t)}}; }

struct Fields {
  date::year_month_day ymd;
  date::hh_mm_ss<Ms> tod;
};

Fields split(TimeMs t) {
  auto tp = toSys(t);
  auto day = date::floor<date::days>(tp);
  return {date::year_month_day{day}, date::hh_mm_ss<Ms>{tp - day}};
}

bool readInt(std::string_view text, std::size_t& pos, int digits, int& out) {
  if (pos + digits > text.size()) return false;
  int value = 0;
  for (int i = 0; i < digits; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += digits;
  out = value;
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

std::optional<TimeMs> compose(int y, int mo, int d, int h, int mi, int s, int ms) {
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) return std::nullopt;
  auto days = date::sys_days{ymd};
  auto total = std::chrono::duration_cast<Ms>(days.time_since_epoch()) + std::chrono::hours{h} +
               std::chrono::minutes{mi} + std::chrono::seconds{s} + Ms{ms};
  return total.count();
}

// Reads "YYYY-MM-DD" at pos.
bool readDate(std::string_view text, std::size_t& pos, int& y, int& mo, int& d) {
  return readInt(text, pos, 4, y) && expect(text, pos, '-') && readInt(text, pos, 2, mo) &&
         expect(text, pos, '-') && readInt(text, pos, 2, d);
}

}  // namespace

std::string formatRfc3339(TimeMs t) {
  auto [ymd, tod] = split(t);
  char buf[48];
  int ms = static_cast<int>(tod.subseconds().count());
  int len = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", int(ymd.year()),
                          unsigned(ymd.month()), unsigned(ymd.day()), int(tod.hours().count()),
                          int(tod.minutes().count()), int(tod.seconds().count()));
  if (ms != 0) len += std::snprintf(buf + len, sizeof buf - len, ".%03d", ms);
  std::snprintf(buf + len, sizeof buf - len, "Z");
  return buf;
}

std::optional<TimeMs> parseRfc3339(std::string_view text) {
  std::size_t pos = 0;
  int y, mo, d, h, mi, s, ms = 0;
  if (!readDate(text, pos, y, mo, d)) return std::nullopt;
  if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't')) return std::nullopt;
  ++pos;
  if (!(readInt(text, pos, 2, h) && expect(text, pos, ':') && readInt(text, pos, 2, mi) &&
        expect(text, pos, ':') && readInt(text, pos, 2, s)))
    return std::nullopt;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) ms = ms * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (int i = digits; i < 3; ++i) ms *= 10;
  }
  if (pos >= text.size()) return std::nullopt;
  TimeMs offset = 0;
  if (text[pos] == 'Z' || text[pos] == 'z') {
    ++pos;
  } else if (text[pos] == '+' || text[pos] == '-') {
    int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    int oh, om;
    if (!(readInt(text, pos, 2, oh) && expect(text, pos, ':') && readInt(text, pos, 2, om)))
      return std::nullopt;
    if (oh > 23 || om > 59) return std::nullopt;
    offset = sign * (oh * kHour + om * kMinute);
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  auto local = compose(y, mo, d, h, mi, s, ms);
  if (!local) return std::nullopt;
  return *local - offset;
}

std::string formatDate(TimeMs t) {
  auto ymd = split(t).ymd;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

std::string formatTimeOfDay(TimeMs t, bool withSeconds) {
  auto tod = split(t).tod;
  char buf[16];
  if (withSeconds)
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", int(tod.hours().count()),
                  int(tod.minutes().count()), int(tod.seconds().count()));
  else
    std::snprintf(buf, sizeof buf, "%02d:%02d", int(tod.hours().count()),
                  int(tod.minutes().count()));
  return buf;
}

std::string formatDateTime(TimeMs t) { return formatDate(t) + " " + formatTimeOfDay(t); }

std::optional<TimeMs> parseDateTime(std::string_view text) {
  std::size_t pos = 0;
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (!readDate(text, pos, y, mo, d)) return std::nullopt;
  if (pos < text.size()) {
    if (text[pos] != ' ' && text[pos] != 'T') return std::nullopt;
    ++pos;
    if (!(readInt(text, pos, 2, h) && expect(text, pos, ':') && readInt(text, pos, 2, mi)))
      return std::nullopt;
    if (pos < text.size() && !(expect(text, pos, ':') && readInt(text, pos, 2, s)))
      return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  return compose(y, mo, d, h, mi, s, 0);
}

std::string formatDuration(TimeMs duration) {
  char buf[48];
  bool negative = duration < 0;
  TimeMs v = negative ? (duration == INT64_MIN ? INT64_MAX : -duration) : duration;
  const char* sign = negative ? "-" : "";
  if (v < kMinute)
    std::snprintf(buf, sizeof buf, "%s%lld s", sign, static_cast<long long>(v / 1000));
  else if (v < kHour)
    std::snprintf(buf, sizeof buf, "%s%lld min", sign, static_cast<long long>(v / kMinute));
  else if (v < kDay)
    std::snprintf(buf, sizeof buf, "%s%lld h %02lld min", sign, static_cast<long long>(v / kHour),
                  static_cast<long long>((v % kHour) / kMinute));
  else
    std::snprintf(buf, sizeof buf, "%s%lld d %lld h", sign, static_cast<long long>(v / kDay),
                  static_cast<long long>((v % kDay) / kHour));
  return buf;
}

TimeMs startOfDayUtc(TimeMs t) {
  TimeMs r = t % kDay;
  if (r < 0) r += kDay;
  return t - r;
}

}  // namespace hs
