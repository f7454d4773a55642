#include "core/layout/time_ticks.h"

#include <date/date.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace hs {
namespace {

constexpr TimeMs kSecond = 1000;
constexpr TimeMs kWeek = 7 * kDay;
// 1970-01-01 was a Thursday; week ticks are aligned on Mondays.
constexpr TimeMs kFirstMonday = 4 * kDay;

struct Step {
  TimeMs major;
  TimeMs minor;
};

constexpr Step kSteps[] = {
    {kSecond, 0},
    {2 * kSecond, kSecond},
    {5 * kSecond, kSecond},
    {10 * kSecond, 2 * kSecond},
    {15 * kSecond, 5 * kSecond},
    {30 * kSecond, 10 * kSecond},
    {kMinute, 10 * kSecond},
    {2 * kMinute, 30 * kSecond},
    {5 * kMinute, kMinute},
    {10 * kMinute, 2 * kMinute},
    {15 * kMinute, 5 * kMinute},
    {30 * kMinute, 10 * kMinute},
    {kHour, 15 * kMinute},
    {2 * kHour, 30 * kMinute},
    {3 * kHour, kHour},
    {6 * kHour, kHour},
    {12 * kHour, 3 * kHour},
    {kDay, 6 * kHour},
    {2 * kDay, 12 * kHour},
    {kWeek, kDay},
    {2 * kWeek, kDay},
    {4 * kWeek, kWeek},
};

const char* const kMonthShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonthLong[] = {"January", "February", "March",     "April",
                                  "May",     "June",     "July",      "August",
                                  "September", "October", "November", "December"};
const char* const kWeekday[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

TimeMs floorDiv(TimeMs a, TimeMs b) {
  TimeMs q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// First multiple of step (counted from origin) at or after t.
TimeMs alignUp(TimeMs t, TimeMs step, TimeMs origin) {
  return origin + (floorDiv(t - origin - 1, step) + 1) * step;
}

Step stepFor(TimeMs major) {
  for (const Step& s : kSteps)
    if (s.major == major) return s;
  return {major, kWeek};
}

struct Civil {
  int year;
  unsigned month, day, weekday;  // month 1..12, weekday 0 = Sunday
  int hour, minute, second;
};

Civil civil(TimeMs local) {
  TimeMs days = floorDiv(local, kDay);
  TimeMs rest = local - days * kDay;
  date::sys_days sd{date::days{days}};
  date::year_month_day ymd{sd};
  Civil c;
  c.year = int(ymd.year());
  c.month = unsigned(ymd.month());
  c.day = unsigned(ymd.day());
  c.weekday = date::weekday{sd}.c_encoding();
  c.hour = static_cast<int>(rest / kHour);
  c.minute = static_cast<int>(rest % kHour / kMinute);
  c.second = static_cast<int>(rest % kMinute / kSecond);
  return c;
}

void writeTickLabel(TimeMs local, TimeMs step, char (&text)[24]) {
  Civil c = civil(local);
  if (step < kMinute)
    std::snprintf(text, sizeof text, "%02d:%02d:%02d", c.hour, c.minute, c.second);
  else if (step < kDay)
    std::snprintf(text, sizeof text, "%02d:%02d", c.hour, c.minute);
  else
    std::snprintf(text, sizeof text, "%s %u", kMonthShort[c.month - 1], c.day);
}

void writeDayLabel(TimeMs local, char (&text)[24]) {
  Civil c = civil(local);
  std::snprintf(text, sizeof text, "%s, %s %u, %d", kWeekday[c.weekday], kMonthShort[c.month - 1],
                c.day, c.year);
}

void writeMonthLabel(TimeMs local, char (&text)[24]) {
  Civil c = civil(local);
  std::snprintf(text, sizeof text, "%s %d", kMonthLong[c.month - 1], c.year);
}

// Display-clock midnight of the first day of the month after the one containing local.
TimeMs nextMonthStart(TimeMs local) {
  Civil c = civil(local);
  date::year_month_day next = date::year{c.year} / date::month{c.month} / date::day{1} +
                              date::months{1};
  return static_cast<TimeMs>(date::sys_days{next}.time_since_epoch().count()) * kDay;
}

// Calendar mode: steps in whole months, so a view of years or millennia gets
// ticks on month or year starts instead of doubling weeks.
constexpr TimeMs kAverageMonth = 2629746000;  // 365.2425 days / 12
constexpr int kMonthStrides[] = {1,    2,    3,    6,     12,    24,    60,     120,    240,
                                 600,  1200, 2400, 6000,  12000, 24000, 60000, 120000, 240000};
// date::year holds +-32767; views beyond are clamped (nothing to label there).
constexpr int kCalendarYearLimit = 30000;

TimeMs monthStart(long long monthIndex) {
  const long long y = floorDiv(monthIndex, 12);
  const unsigned m = static_cast<unsigned>(monthIndex - y * 12 + 1);
  date::sys_days d{date::year{static_cast<int>(y)} / date::month{m} / date::day{1}};
  return static_cast<TimeMs>(d.time_since_epoch().count()) * kDay;
}

long long monthIndexOf(TimeMs local) {
  Civil c = civil(local);
  return static_cast<long long>(c.year) * 12 + (c.month - 1);
}

void writeYearLabel(long long monthIndex, char (&text)[24]) {
  std::snprintf(text, sizeof text, "%lld", static_cast<long long>(floorDiv(monthIndex, 12)));
}

void computeCalendarAxis(TimeMs local0, TimeMs local1, TimeMs offset, double pxPerMs,
                         const TimeAxisParams& params, TimeAxisTicks& out) {
  const TimeMs lo = monthStart(-12LL * kCalendarYearLimit), hi = monthStart(12LL * kCalendarYearLimit);
  const TimeMs origin = local0;
  auto xOf = [&](TimeMs local) { return static_cast<float>((local - origin) * pxPerMs); };
  local0 = std::max(local0, lo);
  local1 = std::min(local1, hi);
  const bool inRange = local0 <= local1;

  auto fits = [&](int months, float minPx) {
    return static_cast<double>(months) * static_cast<double>(kAverageMonth) * pxPerMs >= minPx;
  };
  int major = kMonthStrides[std::size(kMonthStrides) - 1];
  for (int m : kMonthStrides)
    if (fits(m, params.minMajorSpacingPx)) {
      major = m;
      break;
    }
  int minor = 0;
  for (int m : kMonthStrides)
    if (m < major && major % m == 0 && fits(m, params.minMinorSpacingPx)) {
      minor = m;
      break;
    }
  out.majorMonths = major;
  out.minorMonths = minor;
  out.majorStep = major * kAverageMonth;
  out.minorStep = minor * kAverageMonth;

  // Month indices at or after local0 on a multiple of `stride` (counted from year 0);
  // loops end at the month containing local1, whose start is always in range.
  auto firstIndex = [&](int stride) {
    long long i = monthIndexOf(local0);
    if (monthStart(i) < local0) ++i;
    return static_cast<long long>(floorDiv(i - 1, stride) + 1) * stride;
  };
  const long long last = inRange ? monthIndexOf(local1) : -1;
  for (long long i = inRange ? firstIndex(major) : 0; i <= last; i += major) {
    const TimeMs l = monthStart(i);
    AxisLabel& label = out.major.emplace_back();
    label.time = l - offset;
    label.x = xOf(l);
    if (major < 12) std::snprintf(label.text, sizeof label.text, "%s", kMonthShort[i - floorDiv(i, 12) * 12]);
    else writeYearLabel(i, label.text);
  }
  if (minor > 0 && inRange) {
    for (long long i = firstIndex(minor); i <= last; i += minor) {
      if (i % major == 0) continue;
      const TimeMs l = monthStart(i);
      out.minor.push_back({l - offset, xOf(l)});
    }
  }

  AxisLabel& edge = out.dates.emplace_back();
  edge.time = origin - offset;
  edge.x = 0;
  edge.pinned = true;
  writeYearLabel(monthIndexOf(std::clamp(origin, lo, hi)), edge.text);
  if (major < 12 && inRange) {
    for (long long i = firstIndex(12); i <= last; i += 12) {
      const TimeMs l = monthStart(i);
      if (l == origin) continue;  // the pinned edge label already says it
      AxisLabel& label = out.dates.emplace_back();
      label.time = l - offset;
      label.x = xOf(l);
      writeYearLabel(i, label.text);
    }
  }
}

}  // namespace

TimeMs chooseMajorStep(double pxPerMs, float minSpacingPx) {
  for (const Step& s : kSteps)
    if (static_cast<double>(s.major) * pxPerMs >= minSpacingPx) return s.major;
  TimeMs step = std::prev(std::end(kSteps))->major;
  while (static_cast<double>(step) * pxPerMs < minSpacingPx && step < 10000 * 365 * kDay) step *= 2;
  return step;
}

void computeTimeAxis(TimeMs t0, TimeMs t1, float widthPx, const TimeAxisParams& params,
                     TimeAxisTicks& out) {
  out.major.clear();
  out.minor.clear();
  out.dates.clear();
  out.majorStep = out.minorStep = 0;
  out.majorMonths = out.minorMonths = 0;
  if (!(t1 > t0) || !(widthPx > 0)) return;

  const double pxPerMs = widthPx / static_cast<double>(t1 - t0);
  const TimeMs offset = static_cast<TimeMs>(params.utcOffsetMinutes) * kMinute;
  const TimeMs local0 = t0 + offset, local1 = t1 + offset;
  auto xOf = [&](TimeMs local) { return static_cast<float>((local - local0) * pxPerMs); };

  const TimeMs majorStep = chooseMajorStep(pxPerMs, params.minMajorSpacingPx);
  if (majorStep > 4 * kWeek) {
    computeCalendarAxis(local0, local1, offset, pxPerMs, params, out);
    return;
  }
  Step step = stepFor(majorStep);
  if (static_cast<double>(step.minor) * pxPerMs < params.minMinorSpacingPx) step.minor = 0;
  out.majorStep = step.major;
  out.minorStep = step.minor;
  const TimeMs origin = step.major % kWeek == 0 ? kFirstMonday : 0;

  for (TimeMs l = alignUp(local0, step.major, origin); l <= local1; l += step.major) {
    AxisLabel& label = out.major.emplace_back();
    label.time = l - offset;
    label.x = xOf(l);
    writeTickLabel(l, step.major, label.text);
  }
  if (step.minor > 0) {
    for (TimeMs l = alignUp(local0, step.minor, origin); l <= local1; l += step.minor) {
      if ((l - origin) % step.major == 0) continue;
      out.minor.push_back({l - offset, xOf(l)});
    }
  }

  // Second row: the left edge's date, then each day (or month) boundary in range.
  const bool byMonth = step.major >= kDay;
  AxisLabel& edge = out.dates.emplace_back();
  edge.time = t0;
  edge.x = 0;
  edge.pinned = true;
  if (byMonth) writeMonthLabel(local0, edge.text);
  else writeDayLabel(local0, edge.text);
  if (byMonth) {
    for (TimeMs l = nextMonthStart(local0 - 1); l <= local1; l = nextMonthStart(l)) {
      if (l == local0) continue;  // the pinned edge label already says it
      AxisLabel& label = out.dates.emplace_back();
      label.time = l - offset;
      label.x = xOf(l);
      writeMonthLabel(l, label.text);
    }
  } else {
    for (TimeMs l = alignUp(local0 + 1, kDay, 0); l <= local1; l += kDay) {
      AxisLabel& label = out.dates.emplace_back();
      label.time = l - offset;
      label.x = xOf(l);
      writeDayLabel(l, label.text);
    }
  }
}

}  // namespace hs
