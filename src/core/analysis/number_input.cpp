#include "core/analysis/number_input.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/library/text_match.h"
#include "core/model/value_rules.h"

namespace hs {
namespace {

// Digit group separators people type: "12,500", "12 500", "12_500".
std::string withoutSeparators(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ',' && c != ' ' && c != '_') out += c;
  return out;
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace

ParsedInput<double> parseAmountInput(std::string_view text) {
  text = trimmed(text);
  ParsedInput<double> out;
  if (text.empty()) return out;
  const std::string notAmount = quoted(text) + " is not an amount (e.g. 12500 or 12,500.50). Nothing changed.";
  std::string digits = withoutSeparators(text);
  // Plain decimal notation only: strtod alone would also take "inf", "nan", "0x1p3" and "-0".
  bool seenDigit = false, seenPoint = false;
  for (char c : digits) {
    if (c >= '0' && c <= '9') seenDigit = true;
    else if (c == '.' && !seenPoint) seenPoint = true;
    else {
      out.error = notAmount;
      return out;
    }
  }
  if (!seenDigit) {
    out.error = notAmount;
    return out;
  }
  double value = std::strtod(digits.c_str(), nullptr);
  if (!isValidAmount(value)) {
    out.error = quoted(text) + " is more than the largest amount Hindsight keeps (" +
                formatAmountInput(kMaxAmount) + "). Nothing changed.";
    return out;
  }
  out.value = value;
  return out;
}

ParsedInput<std::int64_t> parseCountInput(std::string_view text) {
  text = trimmed(text);
  ParsedInput<std::int64_t> out;
  if (text.empty()) return out;
  std::string digits = withoutSeparators(text);
  if (digits.empty()) {
    out.error = quoted(text) + " is not a whole number. Nothing changed.";
    return out;
  }
  std::int64_t value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') {
      out.error = quoted(text) + " is not a whole number. Nothing changed.";
      return out;
    }
    if (value > (kMaxCount - (c - '0')) / 10) {  // value * 10 + digit would pass the limit
      out.error = quoted(text) + " is more than the largest count Hindsight keeps (" +
                  std::to_string(kMaxCount) + "). Nothing changed.";
      return out;
    }
    value = value * 10 + (c - '0');
  }
  out.value = value;
  return out;
}

std::string formatAmountInput(double amount) {
  char buffer[400];  // "%.2f" of any finite double fits
  std::snprintf(buffer, sizeof buffer, "%.2f", amount);
  std::string text = buffer;
  if (text.size() > 3 && text.compare(text.size() - 3, 3, ".00") == 0) text.resize(text.size() - 3);
  return text;
}

}  // namespace hs
