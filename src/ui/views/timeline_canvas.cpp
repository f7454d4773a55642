// The timeline canvas: time axis, phases between milestones, duration bars,
// event markers (folded into clusters when dense) with labels in lanes; zoom
// around the cursor, pan by dragging, drag an event to move it, double-click
// to add one, right-drag to zoom to a range.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/model/time_format.h"
#include "ui/canvas/time_axis.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/timeline_parts.h"

namespace hs::ui::timeline {
namespace {

enum class DragMode { None, Pan, MoveEvent, RangeSelect };

struct Interaction {
  DragMode mode = DragMode::None;
  float startX = 0;           // mouse x (screen) where the drag began
  float travelled = 0;        // largest |dx| so far, to tell clicks from drags
  int eventIndex = -1;        // event being moved (index into doc.events)
  Id eventId;
  TimeMs originalTime = 0;
  TimeMs previewTime = 0;
  bool moving = false;        // passed the drag threshold
  int clusterFirst = -1;      // a cluster pressed (zooms in when released without a drag)
  int clusterCount = 0;
};

struct Geometry {
  ImVec2 p0, p1;
  float axisY, phaseLabelY, markerY, laneTop, laneH, barsTop, barH, r;
};

float xOfTime(const ViewState& vs, TimeMs t) {
  return static_cast<float>(static_cast<double>(t - vs.t0) * vs.pxPerMs);
}
TimeMs timeOfX(const ViewState& vs, float x) {
  return vs.t0 + static_cast<TimeMs>(std::llround(x / vs.pxPerMs));
}

ImU32 withAlpha(ImU32 color, int alpha) {
  return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

// Index of the marker under the mouse, or -1.
int hitMarker(const ViewState& vs, const Geometry& g, ImVec2 mouse) {
  const float reach = g.r + 4 * uiScale();
  int best = -1;
  float bestDist = 1e9f;
  for (std::size_t k = 0; k < vs.layout.markers.size(); ++k) {
    const TimelineMarker& m = vs.layout.markers[k];
    const float mx = g.p0.x + m.x;
    float dist = std::fabs(mouse.x - mx);
    bool onMarker = dist <= reach && std::fabs(mouse.y - g.markerY) <= reach;
    bool onLabel = false;
    if (m.lane >= 0) {
      const float ly = g.laneTop + m.lane * g.laneH;
      onLabel = mouse.x >= mx - 2 && mouse.x <= mx + m.labelWidth && mouse.y >= ly &&
                mouse.y <= ly + g.laneH - 2;
    }
    if ((onMarker || onLabel) && dist < bestDist) {
      best = static_cast<int>(k);
      bestDist = onMarker ? dist : dist + 1000;  // markers win over labels
    }
  }
  return best;
}

void drawMarkerShape(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool decision, bool selected) {
  const float s = uiScale();
  if (selected) dl->AddCircleFilled(c, r + 5 * s, withAlpha(colors::kAccent, 60));
  if (decision) {
    const float d = r + 1.5f * s;
    ImVec2 pts[4] = {{c.x, c.y - d}, {c.x + d, c.y}, {c.x, c.y + d}, {c.x - d, c.y}};
    dl->AddConvexPolyFilled(pts, 4, color);
    dl->AddPolyline(pts, 4, IM_COL32(33, 37, 41, 255), ImDrawFlags_Closed, 1.5f * s);
  } else {
    dl->AddCircleFilled(c, r, color);
    dl->AddCircle(c, r, IM_COL32(255, 255, 255, 255), 0, 1.5f * s);
  }
  if (selected) dl->AddCircle(c, r + 4 * s, colors::kAccent, 0, 2.0f * s);
}

void drawPhases(ImDrawList* dl, const ViewState& vs, const Geometry& g) {
  struct Milestone {
    const std::optional<TimeMs>* time;
    const char* phase;  // the phase that ends at this milestone
    ImU32 color;
  };
  const Milestones& ms = vs.milestones;
  const Milestone list[] = {
      {&ms.impactStarted, nullptr, kindColor(EventKind::ImpactStarted)},
      {&ms.detected, "Detecting", kindColor(EventKind::ImpactStarted)},
      {&ms.acknowledged, "Acknowledging", kindColor(EventKind::Detected)},
      {&ms.mitigated, "Mitigating", kindColor(EventKind::Acknowledged)},
      {&ms.resolved, "Recovering", kindColor(EventKind::Mitigated)},
  };
  const float s = uiScale();
  const float left = g.p0.x, right = g.p1.x;
  const TimeMs* prev = nullptr;
  for (const Milestone& m : list) {
    if (!m.time->has_value()) continue;
    const TimeMs t = **m.time;
    if (prev && m.phase && t > *prev) {
      float x0 = std::max(left, g.p0.x + xOfTime(vs, *prev));
      float x1 = std::min(right, g.p0.x + xOfTime(vs, t));
      if (x1 > x0) {
        dl->AddRectFilled(ImVec2(x0, g.axisY + 1), ImVec2(x1, g.barsTop - 4 * s), withAlpha(m.color, 22));
        ImFont* font = fonts().bold;
        const float fs = font->LegacySize * 0.9f;
        const ImVec2 size = font->CalcTextSizeA(fs, 1e9f, 0, m.phase);
        if (size.x + 10 * s < x1 - x0)
          dl->AddText(font, fs, ImVec2(x0 + 6 * s, g.phaseLabelY), withAlpha(m.color, 230), m.phase);
      }
    }
    const float x = g.p0.x + xOfTime(vs, t);
    if (x >= left && x <= right)
      dl->AddLine(ImVec2(x, g.axisY + 1), ImVec2(x, g.barsTop - 4 * s), withAlpha(m.color, 120), 1.0f * s);
    prev = &**m.time;
  }
}

void drawDurationBars(ImDrawList* dl, const ViewState& vs, const Geometry& g, const Interaction& drag) {
  struct Bar {
    const char* shortName;
    const char* itemName;
    const std::optional<TimeMs>* from;
    const std::optional<TimeMs>* to;
    const std::optional<TimeMs>* value;
    const char* (*definition)();
    ImU32 color;
  };
  const Milestones& ms = vs.milestones;
  const IncidentDurations& d = vs.durations;
  const Bar bars[] = {
      {"TTD", "canvas: time to detect", &ms.impactStarted, &ms.detected, &d.timeToDetect,
       definitionTimeToDetect, kindColor(EventKind::Detected)},
      {"TTA", "canvas: time to acknowledge", &ms.detected, &ms.acknowledged, &d.timeToAcknowledge,
       definitionTimeToAcknowledge, kindColor(EventKind::Acknowledged)},
      {"TTM", "canvas: time to mitigate", &ms.impactStarted, &ms.mitigated, &d.timeToMitigate,
       definitionTimeToMitigate, kindColor(EventKind::Mitigated)},
      {"TTR", "canvas: time to resolve", &ms.impactStarted, &ms.resolved, &d.timeToResolve,
       definitionTimeToResolve, kindColor(EventKind::Resolved)},
  };
  const float s = uiScale();
  ImFont* font = fonts().bold;
  const float fs = font->LegacySize * 0.85f;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (int i = 0; i < 4; ++i) {
    const Bar& b = bars[i];
    const float y0 = g.barsTop + i * g.barH + 2 * s;
    const float y1 = y0 + g.barH - 4 * s;
    if (!b.value->has_value()) continue;
    float xa = g.p0.x + xOfTime(vs, **b.from), xb = g.p0.x + xOfTime(vs, **b.to);
    if (xb < xa) std::swap(xa, xb);
    if (xb < g.p0.x || xa > g.p1.x) continue;
    xa = std::max(xa, g.p0.x - 4 * s);
    xb = std::min(xb, g.p1.x + 4 * s);
    if (xb - xa < 3 * s) xb = xa + 3 * s;
    dl->AddRectFilled(ImVec2(xa, y0), ImVec2(xb, y1), withAlpha(b.color, 200), 3 * s);
    char text[48];
    std::string dur = formatDuration(**b.value);
    std::snprintf(text, sizeof text, "%s %s", b.shortName, dur.c_str());
    const ImVec2 ts = font->CalcTextSizeA(fs, 1e9f, 0, text);
    const float ty = y0 + (y1 - y0 - ts.y) * 0.5f;
    float tx;
    ImU32 tc;
    if (ts.x + 12 * s <= xb - xa) {
      tx = std::max(xa, g.p0.x) + 6 * s;
      if (tx + ts.x > xb - 4 * s) tx = xa + 6 * s;
      tc = IM_COL32(255, 255, 255, 255);
    } else {
      tx = xb + 6 * s;
      tc = colors::kText;
    }
    dl->AddText(font, fs, ImVec2(tx, ty), tc, text);
    const ImVec2 rmin(std::min(xa, tx), y0), rmax(std::max(xb, tx + ts.x), y1);
    registerCustomItem(std::string(b.itemName) + ": " + dur, rmin, rmax);
    if (ImGui::IsWindowHovered() && mouse.x >= rmin.x && mouse.x <= rmax.x && mouse.y >= rmin.y &&
        mouse.y <= rmax.y && drag.mode == DragMode::None) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
      ImGui::TextUnformatted(b.definition());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
}

void drawEventTooltip(const PostMortem& doc, const ViewState& vs, int index) {
  const TimelineEvent& e = doc.events[static_cast<std::size_t>(index)];
  const TimeMs offset = static_cast<TimeMs>(vs.cacheOffsetMinutes) * kMinute;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  std::string when = formatDateTime(e.time + offset);
  if (e.time % kMinute) when += formatTimeOfDay(e.time + offset, true).substr(5);
  ImGui::TextDisabled("%s %s", when.c_str(), vs.localTime ? "local" : "UTC");
  ImGui::TextColored(toVec4(kindColor(e.kind)), "%s%s", kindName(e.kind),
                     e.decisionPoint ? "  ·  decision point" : "");
  ImGui::TextUnformatted(e.text.empty() ? "(no text)" : e.text.c_str());
  if (const WhyNode* n = doc.findWhyNode(e.whyNodeId))
    ImGui::TextDisabled("Linked to why: %s", n->text.c_str());
  ImGui::TextDisabled("Drag to move (snaps to the minute, Shift: seconds)");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void drawCanvas(AppState& state, PostMortem& doc, ViewState& vs, ImVec2 size) {
  Interaction& drag = state.ui().of<Interaction>(doc.id);  // the mouse gesture on this post-mortem's canvas
  const float s = uiScale();
  ImGuiIO& io = ImGui::GetIO();
  size.x = std::max(size.x, 120.f);
  size.y = std::max(size.y, 160.f);
  Geometry g;
  g.p0 = ImGui::GetCursorScreenPos();
  g.p1 = ImVec2(g.p0.x + size.x, g.p0.y + size.y);
  vs.widthPx = size.x;
  if (vs.needsFit) {
    fitToIncident(vs, doc);
    vs.needsFit = false;
  }

  ImGui::InvisibleButton("##timeline-canvas", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  registerCustomItem("Timeline canvas", g.p0, g.p1);
  const bool hovered = ImGui::IsItemHovered();
  ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
  const ImVec2 mouse = io.MousePos;

  // Geometry, top to bottom: date row, time row, axis line, phase names,
  // markers, label lanes, duration bars.
  const float fontSize = ImGui::GetFontSize();
  const float rowH = fontSize + 8 * s;
  g.axisY = g.p0.y + 2 * rowH;
  g.phaseLabelY = g.axisY + 5 * s;
  g.r = 6 * s;
  g.markerY = g.axisY + rowH + 16 * s;
  g.laneTop = g.markerY + 14 * s;
  g.laneH = fontSize + 9 * s;
  g.barH = fontSize + 7 * s;
  g.barsTop = g.p1.y - 4 * g.barH - 6 * s;
  const int lanes = std::clamp(static_cast<int>((g.barsTop - 6 * s - g.laneTop) / g.laneH), 1, 16);

  // Zoom and pan first, so this frame draws the new view.
  if (hovered && io.MouseWheel != 0)
    zoomAround(vs, mouse.x - g.p0.x, std::pow(1.25, static_cast<double>(io.MouseWheel)));
  if (hovered && io.MouseWheelH != 0)
    vs.t0 -= static_cast<TimeMs>(io.MouseWheelH * 60.f * s / vs.pxPerMs);
  if (drag.mode == DragMode::Pan && ImGui::IsMouseDown(ImGuiMouseButton_Left) && io.MouseDelta.x != 0)
    vs.t0 -= static_cast<TimeMs>(std::llround(io.MouseDelta.x / vs.pxPerMs));
  if (vs.revealSelectionInCanvas) {
    vs.revealSelectionInCanvas = false;
    if (const TimelineEvent* e = doc.findEvent(vs.selectedId)) {
      const float x = xOfTime(vs, e->time);
      if (x < 20 * s || x > size.x - 40 * s) vs.t0 = e->time - static_cast<TimeMs>(size.x * 0.4 / vs.pxPerMs);
    }
  }

  // Ticks and layout for the current view.
  const TimeMs t1 = vs.t0 + static_cast<TimeMs>(size.x / vs.pxPerMs);
  TimeAxisParams axisParams;
  axisParams.utcOffsetMinutes = vs.cacheOffsetMinutes;
  axisParams.minMajorSpacingPx = 84.f * s;
  axisParams.minMinorSpacingPx = 8.f * s;
  computeTimeAxis(vs.t0, t1, size.x, axisParams, vs.ticks);
  TimelineView view{vs.t0, vs.pxPerMs, size.x};
  TimelineLayoutParams params;
  params.foldPx = 11.f * s;
  params.labelGapPx = 10.f * s;
  params.maxLanes = lanes;
  params.marginPx = kLabelMaxWidth * s;
  params.clusterLabelWidthPx = ImGui::CalcTextSize("00,000 events").x + 8 * s;
  params.defaultLabelWidthPx = 120.f * s;
  layoutTimeline(vs.times, vs.labelWidths, view, params, vs.layout);

  // Mouse: press, drag, release.
  const int hit = hovered ? hitMarker(vs, g, mouse) : -1;
  const bool doubleClicked = hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && drag.mode == DragMode::None) {
    drag = Interaction{};
    drag.startX = mouse.x;
    if (hit >= 0 && vs.layout.markers[hit].count == 1) {
      const int idx = vs.layout.markers[hit].first;
      const TimelineEvent& e = doc.events[static_cast<std::size_t>(idx)];
      select(vs, e.id, true, false);
      drag.mode = DragMode::MoveEvent;
      drag.eventIndex = idx;
      drag.eventId = e.id;
      drag.originalTime = drag.previewTime = e.time;
      if (doubleClicked) vs.focusEventText = true;
    } else {
      drag.mode = DragMode::Pan;
      if (hit >= 0) {
        drag.clusterFirst = vs.layout.markers[hit].first;
        drag.clusterCount = vs.layout.markers[hit].count;
      } else if (doubleClicked) {
        addEventAt(state, vs, timeOfX(vs, mouse.x - g.p0.x));
        drag.mode = DragMode::None;
      }
    }
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right) && drag.mode == DragMode::None) {
    drag = Interaction{};
    drag.mode = DragMode::RangeSelect;
    drag.startX = mouse.x;
  }
  if (drag.mode != DragMode::None) drag.travelled = std::max(drag.travelled, std::fabs(mouse.x - drag.startX));
  if (drag.mode == DragMode::MoveEvent) {
    const bool stillThere = drag.eventIndex < static_cast<int>(doc.events.size()) &&
                            doc.events[static_cast<std::size_t>(drag.eventIndex)].id == drag.eventId;
    if (!stillThere || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      drag.mode = DragMode::None;  // the event went away (undo) or the user cancelled
    } else {
      if (drag.travelled > 3 * s) drag.moving = true;
      if (drag.moving) {
        const double dt = (mouse.x - drag.startX) / vs.pxPerMs;
        drag.previewTime = snapTime(drag.originalTime + static_cast<TimeMs>(std::llround(dt)), io.KeyShift);
      }
      if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (drag.moving && drag.previewTime != drag.originalTime)
          state.apply(moveEvent(drag.eventId, drag.previewTime, doc, state.now()));
        drag.mode = DragMode::None;
      }
    }
  } else if (drag.mode == DragMode::Pan && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (drag.travelled <= 3 * s) {
      if (drag.clusterFirst >= 0 && drag.clusterFirst + drag.clusterCount <= static_cast<int>(vs.times.size()))
        zoomToRange(vs, vs.times[static_cast<std::size_t>(drag.clusterFirst)],
                    vs.times[static_cast<std::size_t>(drag.clusterFirst + drag.clusterCount - 1)]);
      else if (!doubleClicked)
        select(vs, Id(), false, false);
    }
    drag.mode = DragMode::None;
  } else if (drag.mode == DragMode::RangeSelect && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
    if (drag.travelled > 6 * s)
      zoomToRange(vs, timeOfX(vs, std::min(drag.startX, mouse.x) - g.p0.x),
                  timeOfX(vs, std::max(drag.startX, mouse.x) - g.p0.x));
    drag.mode = DragMode::None;
  }

  // Keyboard, when the timeline has focus and no text field is being edited.
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !io.WantTextInput &&
      !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
    if (ImGui::IsKeyPressed(ImGuiKey_Delete, false)) deleteSelected(state, doc, vs);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && drag.mode == DragMode::None) select(vs, Id(), false, false);
    if (!io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) fitToIncident(vs, doc);
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) zoomAround(vs, size.x * 0.5f, 1.5);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) zoomAround(vs, size.x * 0.5f, 1 / 1.5);
  }

  // Drawing.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(g.p0, g.p1, true);
  dl->AddRectFilled(g.p0, g.p1, colors::kCanvasBg);
  drawPhases(dl, vs, g);
  TimeAxisGeometry axis{g.p0, size.x, rowH, rowH, g.barsTop - 4 * s};
  drawTimeAxis(dl, vs.ticks, axis);
  dl->AddLine(ImVec2(g.p0.x, g.barsTop - 4 * s), ImVec2(g.p1.x, g.barsTop - 4 * s), colors::kGrid);
  drawDurationBars(dl, vs, g, drag);

  // Track line the markers sit on.
  dl->AddLine(ImVec2(g.p0.x, g.markerY), ImVec2(g.p1.x, g.markerY), IM_COL32(206, 212, 218, 255), 2 * s);

  const float labelMax = kLabelMaxWidth * s;
  const bool dragging = drag.mode == DragMode::MoveEvent && drag.moving;
  int hoveredEvent = -1;
  char buf[64];
  for (std::size_t k = 0; k < vs.layout.markers.size(); ++k) {
    const TimelineMarker& m = vs.layout.markers[k];
    const float x = g.p0.x + m.x;
    const bool cluster = m.count > 1;
    const TimelineEvent& first = doc.events[static_cast<std::size_t>(m.first)];
    const bool selected = !cluster && first.id == vs.selectedId;
    const bool isDragged = dragging && !cluster && m.first == drag.eventIndex;
    const bool isHovered = static_cast<int>(k) == hit;
    // Label in its lane, joined to the marker by a leader line.
    if (m.lane >= 0) {
      const float ly = g.laneTop + m.lane * g.laneH;
      dl->AddLine(ImVec2(x, g.markerY + g.r), ImVec2(x, ly + g.laneH * 0.5f),
                  isDragged ? IM_COL32(206, 212, 218, 120) : IM_COL32(173, 181, 189, 255), 1.0f);
      const ImVec2 bmin(x - 1, ly + 1), bmax(x + m.labelWidth, ly + g.laneH - 2 * s);
      dl->AddRectFilled(bmin, bmax,
                        selected ? withAlpha(colors::kAccent, 36)
                                 : (isHovered ? IM_COL32(255, 255, 255, 255) : IM_COL32(255, 255, 255, 215)),
                        3 * s);
      if (selected) dl->AddRect(bmin, bmax, withAlpha(colors::kAccent, 160), 3 * s);
      const float ty = ly + (g.laneH - 2 * s - fontSize) * 0.5f + 1;
      if (cluster) {
        std::snprintf(buf, sizeof buf, "%d events", m.count);
        dl->AddText(ImVec2(x + 5 * s, ty), colors::kMutedText, buf);
      } else {
        const std::string& label = vs.labels[static_cast<std::size_t>(m.first)];
        const char* timeBegin = label.c_str() + kLabelPrefixLen;
        const char* timeEnd = timeBegin + vs.timeLen[static_cast<std::size_t>(m.first)];
        const ImU32 tc = isDragged ? colors::kMutedText : colors::kText;
        dl->AddText(fonts().bold, fontSize, ImVec2(x + 5 * s, ty), tc, timeBegin, timeEnd);
        const float tw = fonts().bold->CalcTextSizeA(fontSize, 1e9f, 0, timeBegin, timeEnd).x;
        const float textX = x + 5 * s + tw + 5 * s;
        const float maxX = x + std::min(m.labelWidth, labelMax) - 2 * s;
        ImGui::RenderTextEllipsis(dl, ImVec2(textX, ty), ImVec2(maxX, ty + fontSize), maxX,
                                  timeEnd + 1, label.c_str() + label.size(), nullptr);
              }
    }
    const ImVec2 c(x, g.markerY);
    if (cluster) {
      std::snprintf(buf, sizeof buf, "%d", m.count);
      const ImVec2 ts = fonts().bold->CalcTextSizeA(fontSize * 0.85f, 1e9f, 0, buf);
      // A pill with the count where it fits between its neighbours, else a dark dot
      // (the count is in the label lane and the tooltip either way).
      float room = 1e9f;
      if (k > 0) room = std::min(room, m.x - vs.layout.markers[k - 1].x);
      if (k + 1 < vs.layout.markers.size()) room = std::min(room, vs.layout.markers[k + 1].x - m.x);
      float hw = std::max(ts.x * 0.5f + 6 * s, g.r + 2 * s);
      const bool pill = hw * 2 + 2 * s <= room;
      if (!pill) hw = g.r;
      const float hh = pill ? g.r + 3 * s : g.r;
      dl->AddRectFilled(ImVec2(x - hw, c.y - hh), ImVec2(x + hw, c.y + hh),
                        isHovered ? IM_COL32(33, 37, 41, 255) : IM_COL32(73, 80, 87, 255), hh);
      if (pill)
        dl->AddText(fonts().bold, fontSize * 0.85f, ImVec2(x - ts.x * 0.5f, c.y - ts.y * 0.5f),
                    IM_COL32(255, 255, 255, 255), buf);
      if (x > g.p0.x && x < g.p1.x) {
        std::snprintf(buf, sizeof buf, "cluster: %d events", m.count);
        registerCustomItem(buf, ImVec2(x - hw, c.y - hh), ImVec2(x + hw, c.y + hh));
      }
    } else {
      const bool decision = first.decisionPoint || first.kind == EventKind::Decision;
      drawMarkerShape(dl, c, isHovered ? g.r + 1.5f * s : g.r,
                      isDragged ? withAlpha(kindColor(first.kind), 90) : kindColor(first.kind), decision,
                      selected && !isDragged);
      if (x > g.p0.x && x < g.p1.x)
        registerCustomItem(vs.labels[static_cast<std::size_t>(m.first)],
                           ImVec2(x - g.r - 2 * s, c.y - g.r - 2 * s), ImVec2(x + g.r + 2 * s, c.y + g.r + 2 * s));
      if (isHovered) hoveredEvent = m.first;
    }
  }

  // The event being dragged, at its snapped new time.
  if (dragging) {
    const TimelineEvent& e = doc.events[static_cast<std::size_t>(drag.eventIndex)];
    const float x = g.p0.x + xOfTime(vs, drag.previewTime);
    dl->AddLine(ImVec2(x, g.axisY), ImVec2(x, g.barsTop - 4 * s), withAlpha(colors::kAccent, 150), 1.0f * s);
    drawMarkerShape(dl, ImVec2(x, g.markerY), g.r + 1.5f * s, kindColor(e.kind),
                    e.decisionPoint || e.kind == EventKind::Decision, true);
    std::string t = formatTimeOfDay(drag.previewTime + static_cast<TimeMs>(vs.cacheOffsetMinutes) * kMinute,
                                    (drag.previewTime % kMinute) != 0);
    const ImVec2 ts = fonts().bold->CalcTextSizeA(fontSize, 1e9f, 0, t.c_str());
    const ImVec2 bmin(x - ts.x * 0.5f - 6 * s, g.markerY - g.r - ts.y - 12 * s);
    const ImVec2 bmax(x + ts.x * 0.5f + 6 * s, g.markerY - g.r - 6 * s);
    dl->AddRectFilled(bmin, bmax, colors::kAccent, 4 * s);
    dl->AddText(fonts().bold, fontSize, ImVec2(bmin.x + 6 * s, bmin.y + 3 * s), IM_COL32(255, 255, 255, 255), t.c_str());
  }
  if (drag.mode == DragMode::RangeSelect && drag.travelled > 6 * s) {
    const float a = std::min(drag.startX, mouse.x), b = std::max(drag.startX, mouse.x);
    dl->AddRectFilled(ImVec2(a, g.axisY), ImVec2(b, g.barsTop), withAlpha(colors::kAccent, 40));
    dl->AddRect(ImVec2(a, g.axisY), ImVec2(b, g.barsTop), withAlpha(colors::kAccent, 160));
  }
  if (doc.events.empty()) {
    const char* hint = "No events yet. Paste a timeline, or double-click here to add an event.";
    const ImVec2 ts = ImGui::CalcTextSize(hint);
    dl->AddText(ImVec2(g.p0.x + (size.x - ts.x) * 0.5f, g.laneTop + 10 * s), colors::kMutedText, hint);
  } else if (vs.layout.hiddenLabels > 0) {
    std::snprintf(buf, sizeof buf, "%d labels hidden - zoom in", vs.layout.hiddenLabels);
    const ImVec2 ts = ImGui::CalcTextSize(buf);
    dl->AddText(ImVec2(g.p1.x - ts.x - 8 * s, g.barsTop - ts.y - 8 * s), colors::kMutedText, buf);
  }
  dl->PopClipRect();
  dl->AddRect(g.p0, g.p1, colors::kGrid);

  if (hovered && drag.mode == DragMode::None) {
    if (hoveredEvent >= 0) {
      drawEventTooltip(doc, vs, hoveredEvent);
    } else if (hit >= 0) {
      const TimelineMarker& m = vs.layout.markers[static_cast<std::size_t>(hit)];
      ImGui::SetTooltip("%d events folded together. Click to zoom in.", m.count);
    }
  }
}

}  // namespace hs::ui::timeline
