// Geometry of the incidents-per-month chart as plain numbers: which months get a bar, where
// long runs of empty months fold into one break, and which labels fit without colliding.
#pragma once

#include <vector>

#include "core/analysis/metrics.h"

namespace hs {

// Runs of more empty months than this fold into one break slot, so one old incident does
// not stretch the chart over years of empty bars.
constexpr int kMaxEmptyMonthsDrawn = 3;

struct MonthChartSlot {
  int bucket = -1;        // index into the buckets; -1 for a break
  int skippedMonths = 0;  // a break: how many empty months it stands for
};

// One slot per bucket, except that runs of more than `maxEmptyRun` buckets with total 0
// become one break slot. The buckets are incidentsPerMonth's (first and last are never empty).
std::vector<MonthChartSlot> monthChartSlots(const std::vector<MonthBucket>& buckets,
                                            int maxEmptyRun = kMaxEmptyMonthsDrawn);

// Draw a label every n-th slot so labels `labelWidth` wide never overlap on slots `slotWidth`
// wide: n = ceil(labelWidth / slotWidth), at least 1.
int labelStride(float slotWidth, float labelWidth);

// A count drawn above a bar fits when it is narrower than the slot.
bool countLabelFits(float slotWidth, float labelWidth);

}  // namespace hs
