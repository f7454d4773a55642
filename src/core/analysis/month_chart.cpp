#include "core/analysis/month_chart.h"

#include <algorithm>
#include <cmath>

namespace hs {

std::vector<MonthChartSlot> monthChartSlots(const std::vector<MonthBucket>& buckets, int maxEmptyRun) {
  std::vector<MonthChartSlot> slots;
  const int n = static_cast<int>(buckets.size());
  int i = 0;
  while (i < n) {
    if (buckets[static_cast<std::size_t>(i)].total != 0) {
      slots.push_back({i, 0});
      ++i;
      continue;
    }
    int end = i;
    while (end < n && buckets[static_cast<std::size_t>(end)].total == 0) ++end;
    const int run = end - i;
    if (run > maxEmptyRun) {
      slots.push_back({-1, run});
    } else {
      for (int k = i; k < end; ++k) slots.push_back({k, 0});
    }
    i = end;
  }
  return slots;
}

int labelStride(float slotWidth, float labelWidth) {
  if (slotWidth <= 0) return 1;
  return std::max(1, static_cast<int>(std::ceil(labelWidth / slotWidth)));
}

bool countLabelFits(float slotWidth, float labelWidth) { return labelWidth < slotWidth; }

}  // namespace hs
