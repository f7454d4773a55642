// The one set of value rules of the model. The JSON reader, the snapshot loader,
// the typed form fields (core/analysis/*_input.h) and the JSON Schema
// (assets/schema/postmortem.schema.json, compared by tests/unit/test_value_rules.cpp)
// all apply these, so a value one of them accepts is never refused by another.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs {

// Times: writable back as RFC 3339 with a 4-digit year, in UTC. No leap second
// (23:59:60): TimeMs counts POSIX milliseconds, which have none.
inline constexpr TimeMs kEarliestTime = -62167219200000;  // 0000-01-01T00:00:00Z
inline constexpr TimeMs kLatestTime = 253402300799999;    // 9999-12-31T23:59:59.999Z

// Durations (duration_ms, typed "1 h 30 min"): never longer than the span of all
// writable times, so any sum of a duration and a time stays far inside int64.
inline constexpr TimeMs kMaxDurationMs = kLatestTime - kEarliestTime;  // 315569519999999
// Counts (users_affected): below 2^53, so JavaScript and every JSON tool read them exactly.
inline constexpr std::int64_t kMaxCount = 999'999'999'999'999;
// Amounts of money (revenue_lost): finite, and small enough that cents survive
// every format we write (%.2f in Markdown, JSON's shortest round trip).
inline constexpr double kMaxAmount = 1e15;
// Progress of an action, in percent.
inline constexpr int kMinProgress = 0;
inline constexpr int kMaxProgress = 100;
// Sibling order of a why node: any 32-bit integer (commands renumber the siblings
// rather than step past the ends).
inline constexpr int kMinOrder = std::numeric_limits<std::int32_t>::min();
inline constexpr int kMaxOrder = std::numeric_limits<std::int32_t>::max();

constexpr bool isValidTime(TimeMs t) { return t >= kEarliestTime && t <= kLatestTime; }
constexpr bool isValidDuration(TimeMs d) { return d >= 0 && d <= kMaxDurationMs; }
constexpr bool isValidCount(std::int64_t n) { return n >= 0 && n <= kMaxCount; }
// False for NaN and infinities too.
constexpr bool isValidAmount(double a) { return a >= 0 && a <= kMaxAmount; }
constexpr bool isValidProgress(std::int64_t p) { return p >= kMinProgress && p <= kMaxProgress; }

// A number written with a fraction or exponent ("100.0", "1e3") is an integer when
// its value is integral (as JSON Schema's "integer" says): the value when it is
// integral and within [min, max], nullopt otherwise.
std::optional<std::int64_t> integralValue(double v, std::int64_t min, std::int64_t max);

// Text (titles, notes, list items): valid UTF-8 with no NUL character. NUL hides
// the rest of a text on screen while exports would carry it.
struct TextProblem {
  std::size_t offset = 0;  // byte offset of the first bad byte
  std::string what;        // "a NUL character (U+0000)" / "invalid UTF-8"
};
std::optional<TextProblem> checkText(std::string_view text);
// Length of the UTF-8 sequence starting at text[i], 0 when it is not well formed
// (overlong forms, surrogates and values above U+10FFFF are refused, as RFC 3629 says).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);
// "text with a NUL character (U+0000) at byte 5: ..." for error messages.
std::string describeTextProblem(const TextProblem& problem);

}  // namespace hs
