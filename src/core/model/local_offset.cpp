#include "core/model/local_offset.h"

#include <ctime>

namespace hs {

int localUtcOffsetMinutes(TimeMs at) {
  std::time_t t = static_cast<std::time_t>(at / 1000);
  std::tm local{};
#if defined(_WIN32)
  (void)t;
  return 0;
#else
  if (!localtime_r(&t, &local)) return 0;
  return static_cast<int>(local.tm_gmtoff / 60);
#endif
}

}  // namespace hs
