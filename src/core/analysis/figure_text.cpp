#include "core/analysis/figure_text.h"

namespace hs {

std::string fixedDecimal(double value, int decimals) {
  long long scale = decimals == 1 ? 10 : 100;
  bool negative = value < 0;
  long long scaled = static_cast<long long>((negative ? -value : value) * scale + 0.5);
  std::string digits = std::to_string(scaled % scale);
  while (static_cast<int>(digits.size()) < decimals) digits.insert(0, "0");
  return (negative && scaled != 0 ? "-" : "") + std::to_string(scaled / scale) + "." + digits;
}

std::string rateText(const Figure& rate) {
  std::string ratio =
      "(" + std::to_string(rate.numerator) + "/" + std::to_string(rate.denominator) + ")";
  return rate.value ? fixedDecimal(*rate.value * 100.0, 1) + "% " + ratio : "n/a " + ratio;
}

std::string daysText(const Figure& average) {
  std::string n = "(n=" + std::to_string(average.numerator) + ")";
  return average.value ? fixedDecimal(*average.value, 2) + " " + n : "n/a " + n;
}

std::string minutesText(const Figure& median) {
  std::string n = "(n=" + std::to_string(median.numerator) + ")";
  if (!median.value) return "n/a " + n;
  return fixedDecimal(*median.value / static_cast<double>(kMinute), 1) + " min " + n;
}

std::string countText(const Figure& count) { return std::to_string(count.numerator); }

}  // namespace hs
