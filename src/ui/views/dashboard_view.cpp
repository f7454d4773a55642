// Metrics dashboard: the figures of core/analysis/metrics.h (the same numbers `hindsight stats`
// prints) as cards and ImDrawList charts. Every figure explains itself on hover and lists the
// post-mortems it counts on click. Figures register as "figure: <stats key> <stats value>".
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/analysis/close_rule.h"
#include "core/analysis/figure_text.h"
#include "core/analysis/metrics.h"
#include "core/analysis/month_chart.h"
#include "core/analysis/stats_report.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/library_cache.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/follow_style.h"
#include "ui/widgets/text_field.h"

namespace hs::ui {
namespace {

using namespace follow;

struct DashState {
  LibraryMetrics metrics;
  ActionCounts totals;
  std::uint64_t generation = ~0ull;  // of the library's summaries (ui/library_cache.h)
  TimeMs day = -1;
  RepeatRule repeatRule;
  std::vector<MonthChartSlot> chartSlots;
  int computedWindowDays = -1;
  // Click-through popup.
  std::string popupTitle;
  std::string popupDefinition;
  std::vector<Id> popupIds;
  bool openPopup = false;
};

DashState& dash(AppState& state) { return state.ui().shared<DashState>(); }

void refresh(AppState& state) {
  DashState& d = dash(state);
  TimeMs day = startOfDayUtc(state.now());
  const LibrarySummaries& summaries = librarySummaries(state);
  if (d.generation == summaries.generation() && d.day == day && d.computedWindowDays == d.repeatRule.windowDays)
    return;
  d.metrics = computeLibraryMetrics(summaries.summaries(), state.now(), d.repeatRule);
  d.computedWindowDays = d.repeatRule.windowDays;
  d.chartSlots = monthChartSlots(d.metrics.perMonth);
  d.totals = countLibraryActions(summaries.summaries(), state.now());
  d.generation = summaries.generation();
  d.day = day;
}

void figureItem(const std::string& key, const std::string& value, ImVec2 min, ImVec2 max) {
  registerCustomItem("figure: " + key + " " + value, min, max);
}

void requestPopup(AppState& state, std::string title, std::string definition, std::vector<Id> ids) {
  DashState& d = dash(state);
  d.popupTitle = std::move(title);
  d.popupDefinition = std::move(definition);
  d.popupIds = std::move(ids);
  d.openPopup = true;
}

void tooltipFor(AppState& state, const std::string& title, const std::string& definition,
                const std::vector<Id>& ids) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  pushFont(fonts().bold);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(definition.c_str());
  if (!ids.empty()) {
    ImGui::Spacing();
    ImGui::TextDisabled("Counts %d post-mortem%s (click to open one):", static_cast<int>(ids.size()),
                        ids.size() == 1 ? "" : "s");
    for (const Id& id : ids)
      if (const PostMortem* pm = state.findDocument(id)) ImGui::BulletText("%s", pm->title.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// An interactive region: hover shows the definition, click lists the post-mortems.
void clickThrough(AppState& state, const char* id, ImVec2 min, ImVec2 max, const std::string& title,
                  const std::string& definition, const std::vector<Id>& ids) {
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton(id, ImVec2(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y)));
  if (ImGui::IsItemHovered()) {
    tooltipFor(state, title, definition, ids);
    if (!ids.empty()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  if (ImGui::IsItemClicked() && !ids.empty()) requestPopup(state, title, definition, ids);
}

void panel(ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, IM_COL32(255, 255, 255, 255), 6 * uiScale());
  dl->AddRect(min, max, colors::kGrid, 6 * uiScale());
}

void textAt(ImFont* font, ImVec2 pos, ImU32 color, const std::string& text, float wrap = 0.0f) {
  ImGui::GetWindowDrawList()->AddText(font, font->LegacySize, pos, color, text.c_str(), nullptr, wrap);
}

ImVec2 textSize(ImFont* font, const std::string& text) {
  return font->CalcTextSizeA(font->LegacySize, 1e9f, 0.0f, text.c_str());
}

// ---- Cards -----------------------------------------------------------------------------------

struct Card {
  const char* title;
  std::string big;       // what the eye reads
  std::string sub;       // the counts behind it
  const Figure* figure;  // definition and ids
  std::string statsValue;
  ImU32 accent;
};

void drawCard(AppState& state, const Card& card, ImVec2 min, ImVec2 max) {
  const float s = uiScale();
  panel(min, max);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + 4 * s, max.y), card.accent, 6 * s, ImDrawFlags_RoundCornersLeft);
  const float pad = 14 * s;
  textAt(fonts().body, ImVec2(min.x + pad, min.y + pad * 0.8f), colors::kMutedText, card.title);
  textAt(fonts().title, ImVec2(min.x + pad, min.y + pad * 0.8f + 22 * s), colors::kText, card.big);
  textAt(fonts().body, ImVec2(min.x + pad, max.y - pad * 0.8f - fonts().body->LegacySize), colors::kMutedText,
         card.sub);
  figureItem(card.figure->key, card.statsValue, min, max);
  clickThrough(state, card.figure->key.c_str(), min, max, card.title, card.figure->definition,
               card.figure->postMortemIds);
}

std::string percentBig(const Figure& f) {
  return f.value ? fixedDecimal(*f.value * 100.0, 1) + "%" : std::string("n/a");
}

void drawCards(AppState& state, float top, float width) {
  const DashState& d = dash(state);
  const LibraryMetrics& m = d.metrics;
  const float s = uiScale();
  std::string days = m.averageDaysToClose.value ? fixedDecimal(*m.averageDaysToClose.value, 2) + " d" : "n/a";
  Card cards[] = {
      {"Action completion", percentBig(m.completionRate),
       std::to_string(m.completionRate.numerator) + " of " + std::to_string(m.completionRate.denominator) +
           " actions done",
       &m.completionRate, rateText(m.completionRate), colors::kSuccess},
      {"Days to close all actions", days,
       "average of " + std::to_string(m.averageDaysToClose.numerator) + " closed post-mortem" +
           (m.averageDaysToClose.numerator == 1 ? "" : "s"),
       &m.averageDaysToClose, daysText(m.averageDaysToClose), colors::kAccent},
      {"Overdue actions", countText(m.overdueActions),
       std::to_string(m.overdueActions.postMortemIds.size()) + " post-mortem" +
           (m.overdueActions.postMortemIds.size() == 1 ? "" : "s"),
       &m.overdueActions, countText(m.overdueActions),
       m.overdueActions.numerator ? colors::kDanger : colors::kSuccess},
      {"Repeat incidents", countText(m.repeats.repeats),
       "of " + std::to_string(m.repeats.repeats.denominator) + " incidents, within " +
           std::to_string(m.repeats.windowDays) + " days",
       &m.repeats.repeats, countText(m.repeats.repeats), colors::kWarning},
      {"Repeats with actions open", countText(m.repeats.knownUnfixed), "earlier fix not yet done",
       &m.repeats.knownUnfixed, countText(m.repeats.knownUnfixed),
       m.repeats.knownUnfixed.numerator ? colors::kDanger : colors::kSuccess},
  };
  const int n = 5;
  const float gap = 12 * s;
  const float cardW = (width - gap * (n - 1)) / n;
  const float cardH = 104 * s;
  ImVec2 origin(ImGui::GetCursorScreenPos().x, top);
  for (int i = 0; i < n; ++i) {
    ImVec2 min(origin.x + i * (cardW + gap), top);
    drawCard(state, cards[i], min, ImVec2(min.x + cardW, top + cardH));
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, top + cardH + gap));
}

// The action totals on one line, each number a figure.
void drawTotalsLine(AppState& state) {
  const DashState& d = dash(state);
  struct Part {
    const char* key;
    int value;
    const char* text;
  };
  const Part parts[] = {{"postmortems", static_cast<int>(state.library().size()), "post-mortems"},
                        {"actions_total", d.totals.total, "actions"},
                        {"actions_open", d.totals.open, "open"},
                        {"actions_overdue", d.totals.overdue, "overdue"},
                        {"actions_done", d.totals.done, "done"},
                        {"actions_wont_do", d.totals.wontDo, "won't do"}};
  bool first = true;
  for (const Part& p : parts) {
    if (!first) {
      ImGui::SameLine(0, 6 * uiScale());
      ImGui::TextDisabled("·");
      ImGui::SameLine(0, 6 * uiScale());
    }
    first = false;
    pushFont(fonts().bold);
    ImGui::Text("%d", p.value);
    ImGui::PopFont();
    ImVec2 min = ImGui::GetItemRectMin();
    ImGui::SameLine(0, 4 * uiScale());
    ImGui::TextDisabled("%s", p.text);
    figureItem(p.key, std::to_string(p.value), min, ImGui::GetItemRectMax());
  }
}

// Post-mortems by severity, then by status: two figures on one line.
void drawCountsLine(AppState& state) {
  const PostMortemCounts& c = dash(state).metrics.counts;
  const float gap = 6 * uiScale();
  auto part = [&](int count, const char* name, ImU32 color, bool first) {
    if (!first) {
      ImGui::SameLine(0, gap);
      ImGui::TextDisabled("·");
      ImGui::SameLine(0, gap);
    }
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color), "%s", name);
    ImGui::SameLine(0, 4 * uiScale());
    pushFont(fonts().bold);
    ImGui::Text("%d", count);
    ImGui::PopFont();
  };
  ImGui::BeginGroup();
  for (int i = 0; i < enumCount<Severity>(); ++i) {
    const Severity sev = enumAt<Severity>(static_cast<std::size_t>(i));
    const std::string name = "SEV-" + std::to_string(i + 1);
    part(c.bySeverity[static_cast<std::size_t>(i)], name.c_str(), severityColor(sev), i == 0);
  }
  ImGui::EndGroup();
  figureItem("postmortems_by_severity", severityCountsText(c.bySeverity), ImGui::GetItemRectMin(),
             ImGui::GetItemRectMax());
  ImGui::SameLine(0, 28 * uiScale());
  ImGui::BeginGroup();
  for (int i = 0; i < enumCount<DocStatus>(); ++i)
    part(c.byStatus[static_cast<std::size_t>(i)], std::string(label(enumAt<DocStatus>(static_cast<std::size_t>(i)))).c_str(),
         colors::kMutedText, i == 0);
  ImGui::EndGroup();
  figureItem("postmortems_by_status", statusCountsText(c.byStatus), ImGui::GetItemRectMin(),
             ImGui::GetItemRectMax());
}

// ---- Charts ----------------------------------------------------------------------------------

int niceMax(int value) {
  if (value <= 4) return std::max(1, value);
  int step = value <= 10 ? 2 : value <= 25 ? 5 : value <= 50 ? 10 : 25;
  return (value + step - 1) / step * step;
}

float chartHeader(const char* title, const char* caption, ImVec2 min, float width) {
  const float s = uiScale();
  textAt(fonts().bold, ImVec2(min.x + 14 * s, min.y + 12 * s), colors::kText, title);
  textAt(fonts().body, ImVec2(min.x + 14 * s, min.y + 12 * s + 20 * s), colors::kMutedText, caption,
         width - 28 * s);
  return 12 * s + 20 * s + textSize(fonts().body, "Ag").y + 12 * s;
}

std::string monthLabel(const std::string& month) {  // "2026-01" -> "Jan 2026"
  static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int m = std::atoi(month.c_str() + 5);
  return (m >= 1 && m <= 12 ? std::string(names[m - 1]) : month.substr(5)) + " " + month.substr(0, 4);
}

void drawIncidentsPerMonth(AppState& state, ImVec2 min, ImVec2 max) {
  const DashState& d = dash(state);
  const float s = uiScale();
  panel(min, max);
  // Incidents ten years or more apart list only their own months (metrics.h), so the bars stay
  // countable; the subtitle says so.
  auto monthIndex = [](const std::string& m) { return std::atoi(m.c_str()) * 12 + std::atoi(m.c_str() + 5); };
  const auto& buckets = d.metrics.perMonth;
  const bool gapsLeftOut = buckets.size() > 1 && monthIndex(buckets.back().month) - monthIndex(buckets.front().month) + 1 !=
                                                     static_cast<int>(buckets.size());
  bool folded = false;
  for (const MonthChartSlot& slot : d.chartSlots) folded = folded || slot.bucket < 0;
  float head = chartHeader("Incidents per month",
                           gapsLeftOut ? "Months with incidents only (they span 10+ years), stacked by severity."
                           : folded    ? "By the month the incident started (UTC), stacked by severity; long empty "
                                         "stretches folded."
                                       : "By the month the incident started (UTC), stacked by severity.",
                           min, max.x - min.x);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Legend at the top right.
  float lx = max.x - 14 * s;
  for (int sev = enumCount<Severity>(); sev >= 1; --sev) {
    std::string text = "SEV-" + std::to_string(sev);
    float w = textSize(fonts().body, text).x;
    lx -= w;
    textAt(fonts().body, ImVec2(lx, min.y + 12 * s), colors::kMutedText, text);
    lx -= 14 * s;
    dl->AddRectFilled(ImVec2(lx, min.y + 16 * s), ImVec2(lx + 10 * s, min.y + 26 * s),
                      severityColor(enumAt<Severity>(static_cast<std::size_t>(sev - 1))), 2 * s);
    lx -= 12 * s;
  }

  const auto& months = d.metrics.perMonth;
  ImVec2 plotMin(min.x + 40 * s, min.y + head + 8 * s);
  ImVec2 plotMax(max.x - 16 * s, max.y - 28 * s);
  int top = 1;
  for (const MonthBucket& b : months) top = std::max(top, b.total);
  top = niceMax(top);
  const float plotH = plotMax.y - plotMin.y;
  int step = top <= 5 ? 1 : top / 5;
  for (int v = 0; v <= top; v += step) {
    float y = plotMax.y - plotH * v / top;
    dl->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), v == 0 ? colors::kMutedText : colors::kGrid);
    std::string t = std::to_string(v);
    textAt(fonts().body, ImVec2(plotMin.x - 8 * s - textSize(fonts().body, t).x, y - 9 * s), colors::kMutedText, t);
  }
  if (months.empty()) {
    textAt(fonts().body, ImVec2(plotMin.x + 10 * s, plotMin.y + plotH / 2), colors::kMutedText, "No incidents yet.");
    return;
  }
  // Long runs of empty months fold into one break (month_chart.h); labels only where they fit.
  const std::vector<MonthChartSlot>& slots = d.chartSlots;
  const float slot = (plotMax.x - plotMin.x) / static_cast<float>(slots.size());
  const float barW = std::min(56 * s, slot * 0.6f);
  const float labelW = textSize(fonts().body, "Sep 2026").x + 8 * s;
  const int labelEvery = labelStride(slot, labelW);
  for (std::size_t k = 0; k < slots.size(); ++k) {
    float cx = plotMin.x + slot * (k + 0.5f);
    if (slots[k].bucket < 0) {  // a break: a dashed gap in the axis and how long it is
      for (float x = cx - slot / 2 + 2 * s; x < cx + slot / 2 - 2 * s; x += 6 * s)
        dl->AddLine(ImVec2(x, plotMax.y), ImVec2(std::min(x + 3 * s, cx + slot / 2), plotMax.y), IM_COL32(255, 255, 255, 255), 2 * s);
      std::string gap = std::to_string(slots[k].skippedMonths) + " mo";
      if (countLabelFits(slot, textSize(fonts().body, gap).x))
        textAt(fonts().body, ImVec2(cx - textSize(fonts().body, gap).x / 2, plotMax.y - 22 * s), colors::kMutedText, gap);
      continue;
    }
    const std::size_t i = static_cast<std::size_t>(slots[k].bucket);
    const MonthBucket& b = months[i];
    float y = plotMax.y;
    for (int sev = 0; sev < enumCount<Severity>(); ++sev) {
      int c = b.bySeverity[static_cast<std::size_t>(sev)];
      if (!c) continue;
      float h = plotH * c / top;
      dl->AddRectFilled(ImVec2(cx - barW / 2, y - h), ImVec2(cx + barW / 2, y - 1), severityColor(enumAt<Severity>(static_cast<std::size_t>(sev))));
      y -= h;
    }
    if (b.total) {
      std::string t = std::to_string(b.total);
      if (countLabelFits(slot, textSize(fonts().bold, t).x))
        textAt(fonts().bold, ImVec2(cx - textSize(fonts().bold, t).x / 2, y - 20 * s), colors::kText, t);
    }
    if (static_cast<int>(k) % labelEvery == 0) {
      std::string ml = monthLabel(b.month);
      textAt(fonts().body, ImVec2(cx - textSize(fonts().body, ml).x / 2, plotMax.y + 6 * s), colors::kMutedText, ml);
    }
    ImVec2 hitMin(cx - slot / 2, plotMin.y), hitMax(cx + slot / 2, plotMax.y);
    std::string stats = b.month + " total=" + std::to_string(b.total);
    for (int sev = 0; sev < enumCount<Severity>(); ++sev)
      stats += " " + std::string(wireName(enumAt<Severity>(static_cast<std::size_t>(sev)))) + "=" + std::to_string(b.bySeverity[static_cast<std::size_t>(sev)]);
    figureItem("incidents_month", stats, hitMin, hitMax);
    std::string title = monthLabel(b.month) + ": " + std::to_string(b.total) + " incident" + (b.total == 1 ? "" : "s");
    std::string def = "SEV-1 " + std::to_string(b.bySeverity[0]) + ", SEV-2 " + std::to_string(b.bySeverity[1]) +
                      ", SEV-3 " + std::to_string(b.bySeverity[2]) + ", SEV-4 " + std::to_string(b.bySeverity[3]) +
                      ". Incidents counted by the UTC month of their start date.";
    ImGui::PushID(static_cast<int>(i));
    clickThrough(state, "##month", hitMin, hitMax, title, def, b.postMortemIds);
    ImGui::PopID();
  }
}

void drawFactors(AppState& state, ImVec2 min, ImVec2 max) {
  const DashState& d = dash(state);
  const float s = uiScale();
  panel(min, max);
  float head = chartHeader("Contributing factors",
                           "Factors listed in each post-mortem, by category (why-tree nodes are not counted).", min,
                           max.x - min.x);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  int top = 1;
  for (const CategoryCount& c : d.metrics.factors) top = std::max(top, c.count);
  const float labelW = 120 * s;
  const float rowH = std::min(40 * s, (max.y - min.y - head - 12 * s) / enumCount<FactorCategory>());
  float y = min.y + head + 4 * s;
  for (const CategoryCount& c : d.metrics.factors) {
    std::string name(label(c.category));
    textAt(fonts().body, ImVec2(min.x + 14 * s, y + rowH / 2 - 9 * s), colors::kText, name);
    float x0 = min.x + 14 * s + labelW;
    float avail = max.x - 50 * s - x0;
    float w = avail * c.count / top;
    dl->AddRectFilled(ImVec2(x0, y + rowH * 0.2f), ImVec2(x0 + avail, y + rowH * 0.8f), IM_COL32(241, 243, 245, 255), 3 * s);
    if (c.count) dl->AddRectFilled(ImVec2(x0, y + rowH * 0.2f), ImVec2(x0 + w, y + rowH * 0.8f), categoryColor(c.category), 3 * s);
    std::string v = std::to_string(c.count);
    textAt(fonts().bold, ImVec2(x0 + avail + 10 * s, y + rowH / 2 - 9 * s), colors::kText, v);
    ImVec2 rMin(min.x + 8 * s, y), rMax(max.x - 8 * s, y + rowH);
    std::string key = "factors_" + std::string(wireName(c.category));
    figureItem(key, v, rMin, rMax);
    clickThrough(state, key.c_str(), rMin, rMax, name + " factors: " + v,
                 "Contributing factors of category " + name + " over all post-mortems.", c.postMortemIds);
    y += rowH;
  }
}

void drawMedians(AppState& state, ImVec2 min, ImVec2 max, bool detect) {
  const DashState& d = dash(state);
  const float s = uiScale();
  panel(min, max);
  float head = chartHeader(detect ? "Median time to detect" : "Median time to resolve",
                           detect ? "From impact start to detection, per severity (middle value; n = post-mortems)."
                                  : "From impact start to resolution, per severity (middle value; n = post-mortems).",
                           min, max.x - min.x);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  double top = 1;
  for (const SeverityMedians& m : d.metrics.medians) {
    const Figure& f = detect ? m.timeToDetect : m.timeToResolve;
    if (f.value) top = std::max(top, *f.value);
  }
  const float labelW = 64 * s;
  const float valueW = 130 * s;
  const float rowH = std::min(34 * s, (max.y - min.y - head - 10 * s) / 4);
  float y = min.y + head + 2 * s;
  for (const SeverityMedians& m : d.metrics.medians) {
    const Figure& f = detect ? m.timeToDetect : m.timeToResolve;
    std::string sev = "SEV-" + std::to_string(static_cast<int>(m.severity));
    textAt(fonts().body, ImVec2(min.x + 14 * s, y + rowH / 2 - 9 * s), colors::kText, sev);
    float x0 = min.x + 14 * s + labelW;
    float avail = max.x - 14 * s - valueW - x0;
    dl->AddRectFilled(ImVec2(x0, y + rowH * 0.22f), ImVec2(x0 + avail, y + rowH * 0.78f), IM_COL32(241, 243, 245, 255), 3 * s);
    std::string shown;
    if (f.value) {
      float w = std::max(2.0f, static_cast<float>(avail * (*f.value / top)));
      dl->AddRectFilled(ImVec2(x0, y + rowH * 0.22f), ImVec2(x0 + w, y + rowH * 0.78f), severityColor(m.severity), 3 * s);
      shown = formatDuration(static_cast<TimeMs>(*f.value)) + "  (n=" + std::to_string(f.numerator) + ")";
    } else {
      shown = "no data";
    }
    textAt(fonts().body, ImVec2(x0 + avail + 10 * s, y + rowH / 2 - 9 * s), f.value ? colors::kText : colors::kMutedText, shown);
    ImVec2 rMin(min.x + 8 * s, y), rMax(max.x - 8 * s, y + rowH);
    figureItem(f.key, minutesText(f), rMin, rMax);
    clickThrough(state, f.key.c_str(), rMin, rMax, sev + ": " + shown, f.definition, f.postMortemIds);
    y += rowH;
  }
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

// One row of the repeat table: later, earlier, what they share, the earlier actions open then.
void drawRepeatRow(AppState& state, const RepeatIncident& r, int row) {
  ImGui::PushID(row);
  ImGui::TableNextRow();
  PostMortem* later = state.findDocument(r.laterId);
  PostMortem* earlier = state.findDocument(r.earlierId);
  ImGui::TableSetColumnIndex(0);
  ImVec2 rowMin = ImGui::GetCursorScreenPos();
  if (later && ImGui::Selectable((later->title + " (" + formatDate(later->incidentDate) + ")##l").c_str()))
    state.open(later->id);
  ImGui::TableSetColumnIndex(1);
  if (earlier && ImGui::Selectable((earlier->title + " (" + formatDate(earlier->incidentDate) + ")##e").c_str()))
    state.open(earlier->id);
  ImGui::TableSetColumnIndex(2);
  std::string shared;
  for (const std::string& sv : r.sharedServices) shared += (shared.empty() ? "" : ", ") + ("service " + sv);
  for (const std::string& t : r.sharedTags) shared += (shared.empty() ? "" : ", ") + ("#" + t);
  ImGui::TextUnformatted(shared.c_str());
  ImGui::TableSetColumnIndex(3);
  if (r.knownUnfixed)
    ImGui::TextColored(toVec4(colors::kDanger), "%d open: known, unfixed", static_cast<int>(r.openActionIds.size()));
  else
    ImGui::TextColored(toVec4(colors::kSuccess), "none");
  ImVec2 rowMax(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y);
  figureItem("repeat",
             "later=" + r.laterId + " earlier=" + r.earlierId + " known_unfixed=" + (r.knownUnfixed ? "yes" : "no") +
                 " open_actions=" + joined(r.openActionIds) + " services=" + joined(r.sharedServices) +
                 " tags=" + joined(r.sharedTags),
             rowMin, rowMax);
  ImGui::PopID();
}

void drawRepeats(AppState& state) {
  DashState& d = dash(state);
  pushFont(fonts().bold);
  ImGui::TextUnformatted("Repeat incidents");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110 * uiScale());
  int window = d.repeatRule.windowDays;
  if (ImGui::InputInt("window (days)", &window, 15, 30)) d.repeatRule.windowDays = std::clamp(window, 1, 3650);
  nameLastItem("Repeat window (days)");
  // The definition sits next to the figure, as everywhere the figure is shown.
  const std::string& definition = d.metrics.repeats.repeats.definition;
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
  ImGui::TextWrapped("%s", definition.c_str());
  ImGui::PopStyleColor();
  figureItem("repeat_incidents_definition", definition, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (d.metrics.repeats.pairs.empty()) {
    ImGui::TextDisabled("None: no incident repeats an earlier one under this definition.");
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##repeats", 4, flags)) return;
  ImGui::TableSetupColumn("Later incident", 0, 2.6f);
  ImGui::TableSetupColumn("Earlier incident", 0, 2.6f);
  ImGui::TableSetupColumn("Shared", 0, 1.2f);
  ImGui::TableSetupColumn("Earlier actions open then", 0, 1.3f);
  ImGui::TableHeadersRow();
  // A clipper once the table is long (10,000 post-mortems: thousands of repeats); a short one is
  // drawn whole, so every row stays in the accessibility mirror even when scrolled out of view.
  const int rows = static_cast<int>(d.metrics.repeats.pairs.size());
  if (rows <= 64) {
    for (int row = 0; row < rows; ++row) drawRepeatRow(state, d.metrics.repeats.pairs[static_cast<std::size_t>(row)], row);
  } else {
    ImGuiListClipper clipper;
    clipper.Begin(rows);
    while (clipper.Step())
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
        drawRepeatRow(state, d.metrics.repeats.pairs[static_cast<std::size_t>(row)], row);
  }
  ImGui::EndTable();
}

void drawPopup(AppState& state) {
  DashState& d = dash(state);
  if (d.openPopup) {
    ImGui::OpenPopup("##figure-postmortems");
    d.openPopup = false;
  }
  if (!ImGui::BeginPopup("##figure-postmortems")) return;
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  pushFont(fonts().bold);
  ImGui::TextUnformatted(d.popupTitle.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s", d.popupDefinition.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  for (const Id& id : d.popupIds) {
    PostMortem* pm = state.findDocument(id);
    if (!pm) continue;
    ImGui::PushID(id.c_str());
    std::string text = pm->title + "   " + formatDate(pm->incidentDate);
    if (ImGui::Selectable(text.c_str())) {
      Id target = id;
      ImGui::PopID();
      ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
      state.open(target);
      return;
    }
    registerCustomItem("open post-mortem: ", pm->title, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::PopID();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawDashboardView(AppState& state) {
  refresh(state);
  const float s = uiScale();
  pushFont(fonts().title);
  ImGui::TextUnformatted("Metrics");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y * 2);
  ImGui::TextDisabled("over %d post-mortem%s, as of %s (UTC). Hover a figure for its definition; click to see what it counts.",
                      static_cast<int>(state.library().size()), state.library().size() == 1 ? "" : "s",
                      formatDate(state.now()).c_str());
  ImGui::Spacing();
  ImGui::BeginChild("##dashboard-scroll", ImVec2(0, 0), 0, ImGuiWindowFlags_NoSavedSettings);
  const float width = ImGui::GetContentRegionAvail().x - 2 * s;
  drawTotalsLine(state);
  drawCountsLine(state);
  ImGui::Spacing();
  drawCards(state, ImGui::GetCursorScreenPos().y, width);

  const float gap = 12 * s;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float leftW = std::floor((width - gap) * 0.58f);
  float rightW = width - gap - leftW;
  float row1H = 250 * s;
  drawIncidentsPerMonth(state, origin, ImVec2(origin.x + leftW, origin.y + row1H));
  ImVec2 fMin(origin.x + leftW + gap, origin.y);
  drawFactors(state, fMin, ImVec2(fMin.x + rightW, origin.y + row1H));

  float row2Y = origin.y + row1H + gap;
  float half = std::floor((width - gap) / 2);
  float row2H = 210 * s;
  drawMedians(state, ImVec2(origin.x, row2Y), ImVec2(origin.x + half, row2Y + row2H), true);
  drawMedians(state, ImVec2(origin.x + half + gap, row2Y), ImVec2(origin.x + width, row2Y + row2H), false);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, row2Y + row2H + gap * 1.5f));
  drawRepeats(state);
  ImGui::Dummy(ImVec2(0, gap));
  drawPopup(state);
  ImGui::EndChild();
}

}  // namespace hs::ui
