// Reads a time of day at the start of a piece of text: 14:32, 9:07, 14:32:05,
// 14:32:05.250, 2:32 PM, 11:27pm, 11:27 p.m., 6pm, 6 pm, noon, midnight.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/types.h"

namespace hs {

struct ClockRead {
  bool found = false;  // something that is (or is meant as) a time of day
  std::size_t end = 0;
  TimeMs msOfDay = 0;
  std::string error;   // found but not a valid time ("25:10")
};

ClockRead readClock(std::string_view s, std::size_t pos);

}  // namespace hs
