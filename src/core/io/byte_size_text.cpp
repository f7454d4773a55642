#include "core/io/byte_size_text.h"

#include <cmath>
#include <cstdio>

namespace hs {

std::string byteSizeText(double bytes) {
  if (!(bytes >= 0)) bytes = 0;
  if (bytes < 1024) return std::to_string(static_cast<long long>(bytes)) + " bytes";
  static const char* const units[] = {"KB", "MB", "GB", "TB"};
  double value = bytes / 1024;
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  if (value < 10 && std::round(value * 10) < 100) std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
  else std::snprintf(text, sizeof text, "%.0f %s", value, units[unit]);
  return text;
}

}  // namespace hs
