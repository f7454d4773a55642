#include "ui/canvas/time_axis.h"

#include <cstring>

#include "ui/theme.h"

namespace hs::ui {

float drawTimeAxis(ImDrawList* dl, const TimeAxisTicks& ticks, const TimeAxisGeometry& g) {
  const float s = uiScale();
  const float x0 = g.origin.x;
  const float x1 = g.origin.x + g.width;
  const float dateY = g.origin.y;
  const float timeY = dateY + g.dateRowH;
  const float axisY = timeY + g.timeRowH;
  const ImU32 minorGrid = IM_COL32(236, 239, 242, 255);
  const ImU32 dayLine = IM_COL32(173, 181, 189, 255);

  dl->AddRectFilled(ImVec2(x0, dateY), ImVec2(x1, axisY), IM_COL32(255, 255, 255, 255));

  for (const AxisTick& t : ticks.minor) {
    const float x = x0 + t.x;
    dl->AddLine(ImVec2(x, axisY + 1), ImVec2(x, g.gridBottom), minorGrid);
    dl->AddLine(ImVec2(x, axisY - 3 * s), ImVec2(x, axisY), colors::kGrid);
  }
  ImFont* font = fonts().body;
  const float fontSize = font->LegacySize;
  for (const AxisLabel& l : ticks.major) {
    const float x = x0 + l.x;
    dl->AddLine(ImVec2(x, axisY + 1), ImVec2(x, g.gridBottom), colors::kGrid);
    dl->AddLine(ImVec2(x, axisY - 6 * s), ImVec2(x, axisY), colors::kMutedText);
    const float w = font->CalcTextSizeA(fontSize, 1e9f, 0, l.text).x;
    float lx = x - w * 0.5f;
    if (lx < x0 + 2 * s) lx = x0 + 2 * s;
    if (lx + w > x1 - 2 * s) lx = x1 - 2 * s - w;
    dl->AddText(font, fontSize, ImVec2(lx, timeY + (g.timeRowH - fontSize) * 0.5f - 2 * s),
                colors::kMutedText, l.text);
  }
  // Date row: day (or month) boundaries get a strong line; labels sit right of
  // their boundary, and the pinned label for the left edge gives way to the next one.
  ImFont* bold = fonts().bold;
  for (std::size_t i = 0; i < ticks.dates.size(); ++i) {
    const AxisLabel& l = ticks.dates[i];
    const float x = x0 + l.x;
    const float w = bold->CalcTextSizeA(fontSize, 1e9f, 0, l.text).x;
    float lx = l.pinned ? x0 + 6 * s : x + 6 * s;
    if (l.pinned && i + 1 < ticks.dates.size()) {
      const float next = x0 + ticks.dates[i + 1].x;
      if (lx + w + 12 * s > next) lx = next - w - 12 * s;  // slides out to the left
    }
    if (!l.pinned) dl->AddLine(ImVec2(x, dateY), ImVec2(x, g.gridBottom), dayLine, 1.5f * s);
    dl->AddText(bold, fontSize, ImVec2(lx, dateY + (g.dateRowH - fontSize) * 0.5f), colors::kText,
                l.text);
  }
  dl->AddLine(ImVec2(x0, axisY), ImVec2(x1, axisY), IM_COL32(173, 181, 189, 255), 1.0f);
  return axisY;
}

}  // namespace hs::ui
