// The offset of the machine's local time zone from UTC, for views that show
// times in local time. Everything stored stays UTC.
#pragma once

#include "core/model/types.h"

namespace hs {

// Minutes to add to UTC to get local time at `at` (e.g. -300 in New York in
// winter, -240 in summer, +330 in India). 0 where the platform cannot tell.
int localUtcOffsetMinutes(TimeMs at);

}  // namespace hs
