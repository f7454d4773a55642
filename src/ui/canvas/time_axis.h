// Draws a horizontal time axis computed by core/layout/time_ticks.h: a date row,
// a time row with major ticks, minor ticks, and grid lines down the canvas.
#pragma once

#include <imgui.h>

#include "core/layout/time_ticks.h"

namespace hs::ui {

struct TimeAxisGeometry {
  ImVec2 origin;      // top-left of the axis band (screen pixels)
  float width = 0;    // same width the ticks were computed for
  float dateRowH = 0; // height of the date row
  float timeRowH = 0; // height of the time row; the axis line sits below it
  float gridBottom = 0;  // grid lines run from the axis line down to here
};

// Returns the y of the axis line.
float drawTimeAxis(ImDrawList* dl, const TimeAxisTicks& ticks, const TimeAxisGeometry& g);

}  // namespace hs::ui
