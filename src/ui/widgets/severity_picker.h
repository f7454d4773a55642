// Severity as a combo whose entries explain each level: label, definition and
// the review it calls for.
#pragma once

#include "core/model/types.h"

namespace hs::ui {

// `name` ("Severity") names the combo for tests. Returns true with the new level.
bool severityPicker(const char* name, Severity& value, float width);

}  // namespace hs::ui
