// Meeting mode: the facilitator's panel (agenda from core/analysis/meeting_plan.h, a large
// timer per step, guidance, the blameless reminder, the closing checklist) beside the
// document editor, which follows the current step to the matching tab.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/analysis/meeting_plan.h"
#include "core/analysis/meeting_timer.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/follow_style.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/region.h"

namespace hs::ui {
namespace {

using namespace follow;

struct MeetingState {
  Id docId;
  MeetingTimer timer;
  bool finished = false;
};

// The meeting of the open post-mortem (UiState keeps one per post-mortem).
MeetingState& meeting(AppState& state) { return state.ui().of<MeetingState>(state.openDocument()->id); }

DocTab tabFor(DocSection section) {
  switch (section) {
    case DocSection::Summary: return DocTab::Overview;
    case DocSection::Timeline: return DocTab::Timeline;
    case DocSection::WhyTree: return DocTab::WhyTree;
    case DocSection::WentWell: return DocTab::Overview;
    case DocSection::Actions: return DocTab::Actions;
    case DocSection::Closing: return DocTab::Actions;
  }
  return DocTab::Overview;
}

void goToStep(AppState& state, const MeetingPlan& plan, int step) {
  MeetingState& m = meeting(state);
  m.timer.goTo(step, state.now());
  m.finished = false;
  state.showTab(tabFor(plan.steps[static_cast<std::size_t>(m.timer.step())].section));
}

void toggleTimer(AppState& state) {
  meeting(state).timer.toggle(state.now());
}

void ensureMeeting(AppState& state, const PostMortem& doc, const MeetingPlan& plan) {
  MeetingState& m = meeting(state);
  if (m.docId == doc.id && m.timer.stepCount() == plan.steps.size()) return;
  m = MeetingState{};
  m.docId = doc.id;
  m.timer.reset(plan.steps.size());
  state.showTab(tabFor(plan.steps.front().section));
}

void drawTimer(AppState& state, const MeetingPlan& plan, float width) {
  MeetingState& m = meeting(state);
  const float s = uiScale();
  const MeetingStep& step = plan.steps[static_cast<std::size_t>(m.timer.step())];
  const StepClock clock = stepClock(m.timer.elapsed(m.timer.step(), state.now()), step.minutes * kMinute);
  const bool over = clock.over;

  ImVec2 min = ImGui::GetCursorScreenPos();
  const float height = 150 * s;
  ImVec2 max(min.x + width, min.y + height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, IM_COL32(255, 255, 255, 255), 8 * s);
  dl->AddRect(min, max, colors::kGrid, 8 * s);

  std::string title = "Step " + std::to_string(m.timer.step() + 1) + " of " + std::to_string(plan.steps.size()) + "  ·  " +
                      std::to_string(step.minutes) + " min";
  dl->AddText(fonts().body, fonts().body->LegacySize, ImVec2(min.x + 16 * s, min.y + 12 * s), colors::kMutedText,
              title.c_str());
  dl->AddText(fonts().heading, fonts().heading->LegacySize, ImVec2(min.x + 16 * s, min.y + 32 * s), colors::kText,
              step.title.c_str());
  registerCustomItem("meeting step: ", step.title, ImVec2(min.x, min.y + 30 * s),
                     ImVec2(max.x, min.y + 56 * s));

  // Remaining time, counting down; past zero it counts the overrun in red.
  const std::string& big = clock.text;
  ImFont* font = fonts().title;
  const float size = 64 * s;
  ImVec2 bigSize = font->CalcTextSizeA(size, 1e9f, 0.0f, big.c_str());
  ImVec2 bigPos(min.x + (width - bigSize.x) / 2, min.y + 58 * s);
  ImU32 bigColor = over ? colors::kDanger : (m.timer.running() ? colors::kText : colors::kMutedText);
  dl->AddText(font, size, bigPos, bigColor, big.c_str());
  registerCustomItem("meeting timer: ", big, bigPos, ImVec2(bigPos.x + bigSize.x, bigPos.y + bigSize.y));

  // Step progress along the bottom edge.
  float frac = clock.progress;
  float barY = max.y - 10 * s;
  dl->AddRectFilled(ImVec2(min.x + 16 * s, barY), ImVec2(max.x - 16 * s, barY + 4 * s), colors::kGrid, 2 * s);
  dl->AddRectFilled(ImVec2(min.x + 16 * s, barY),
                    ImVec2(min.x + 16 * s + (width - 32 * s) * frac, barY + 4 * s),
                    over ? colors::kDanger : colors::kAccent, 2 * s);
  ImGui::Dummy(ImVec2(width, height));
}

void drawControls(AppState& state, const MeetingPlan& plan) {
  MeetingState& m = meeting(state);
  const float s = uiScale();
  const float w = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float bw = (w - gap * 2) / 3;
  if (ImGui::Button("< Back", ImVec2(bw, 0)) && m.timer.step() > 0) goToStep(state, plan, m.timer.step() - 1);
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, toVec4(m.timer.running() ? IM_COL32(255, 236, 204, 255) : IM_COL32(211, 249, 216, 255)));
  if (ImGui::Button(m.timer.running() ? "Pause" : (m.timer.elapsed(m.timer.step(), state.now()) > 0 ? "Resume" : "Start"), ImVec2(bw, 0)))
    toggleTimer(state);
  ImGui::PopStyleColor();
  nameLastItem("Start/pause timer");
  ImGui::SameLine();
  bool last = m.timer.step() + 1 >= static_cast<int>(plan.steps.size());
  ImGui::PushStyleColor(ImGuiCol_Button, toVec4(IM_COL32(214, 224, 250, 255)));
  if (ImGui::Button(last ? "Finish" : "Next step >", ImVec2(bw, 0))) {
    if (last) {
      m.timer.pause(state.now());
      m.finished = true;
    } else {
      goToStep(state, plan, m.timer.step() + 1);
    }
  }
  ImGui::PopStyleColor();
  nameLastItem(last ? "Finish meeting" : "Next step");
  (void)s;
}

void drawAgenda(AppState& state, const MeetingPlan& plan) {
  MeetingState& m = meeting(state);
  const float s = uiScale();
  TimeMs total = m.timer.total(state.now());
  pushFont(fonts().bold);
  ImGui::TextUnformatted("Agenda");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%d min  ·  %s used", plan.totalMinutes, meetingClockText(total).c_str());
  for (int i = 0; i < static_cast<int>(plan.steps.size()); ++i) {
    const MeetingStep& st = plan.steps[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    bool current = i == m.timer.step();
    bool done = i < m.timer.step() || (m.finished && current);
    char text[160];
    std::snprintf(text, sizeof text, "%s  %s", done ? "\xe2\x9c\x93" : (current ? "\xe2\x97\x8f" : "  "),
                  st.title.c_str());
    ImVec2 rowMin = ImGui::GetCursorScreenPos();
    if (!current && !done) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (done) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kSuccess));
    if (ImGui::Selectable(text, current, 0, ImVec2(0, 22 * s)) && !current) goToStep(state, plan, i);
    ImGui::PopStyleColor(current ? 0 : 1);
    registerCustomItem("agenda: ", st.title, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    std::string mins = std::to_string(st.minutes) + " min";
    float mw = ImGui::CalcTextSize(mins.c_str()).x;
    ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetItemRectMax().x - mw - 6 * s, rowMin.y + 2 * s),
                                        colors::kMutedText, mins.c_str());
    ImGui::PopID();
  }
}

void drawChecklist(AppState& state, const MeetingPlan& plan, const PostMortem& doc) {
  pushFont(fonts().bold);
  ImGui::TextUnformatted("Closing checklist");
  ImGui::PopFont();
  for (const ChecklistItem& item : plan.checklist) {
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(item.ok ? colors::kSuccess : colors::kDanger));
    ImGui::TextUnformatted(item.ok ? "\xe2\x9c\x93" : "\xe2\x9c\x95");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", item.text.c_str());
    registerCustomItem(std::string("check: ") + item.text + (item.ok ? " ok" : " missing"), ImGui::GetItemRectMin(),
                       ImGui::GetItemRectMax());
    for (const Id& id : item.actionIds) {
      const ActionItem* a = doc.findAction(id);
      if (!a) continue;
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
      ImGui::TextWrapped("%s", a->title.empty() ? "(untitled action)" : a->title.c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    }
  }
  bool allOk = std::all_of(plan.checklist.begin(), plan.checklist.end(), [](const ChecklistItem& c) { return c.ok; });
  if (!allOk) {
    ImGui::TextDisabled("Fix these in the Actions tab before closing.");
    if (ImGui::SmallButton("Go to actions")) state.showTab(DocTab::Actions);
  }
}

void drawPanel(AppState& state, const PostMortem& doc, const MeetingPlan& plan) {
  MeetingState& m = meeting(state);
  const float s = uiScale();
  const MeetingStep& step = plan.steps[static_cast<std::size_t>(m.timer.step())];
  pushFont(fonts().heading);
  ImGui::TextUnformatted("Meeting mode");
  ImGui::PopFont();
  ImGui::SameLine(contentRegionMaxX() - ImGui::CalcTextSize("End meeting").x -
                  ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::Button("End meeting")) {
    m.timer.pause(state.now());
    state.screen = Screen::Document;
    return;
  }
  dotLabel(std::string(label(doc.severity)).c_str(), severityColor(doc.severity));
  ImGui::SameLine();
  ImGui::TextDisabled("·  %d-minute meeting", plan.totalMinutes);
  ImGui::Spacing();
  drawTimer(state, plan, ImGui::GetContentRegionAvail().x);
  ImGui::Spacing();
  drawControls(state, plan);
  ImGui::Spacing();

  ImGui::BeginChild("##meeting-scroll", ImVec2(0, 0));
  if (m.finished) {
    ImGui::TextColored(toVec4(colors::kSuccess), "Meeting finished. Thank you all.");
    nameLastItem("Meeting finished");
    ImGui::Spacing();
  }
  // Guidance; the first step's is the blameless reminder, read aloud.
  if (step.section == DocSection::Summary && m.timer.step() == 0) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    float wrap = w - 24 * s;
    std::string text = blamelessReminder();
    ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    float h = ts.y + 44 * s;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), IM_COL32(237, 242, 255, 255), 6 * s);
    dl->AddRectFilled(p, ImVec2(p.x + 4 * s, p.y + h), colors::kAccent, 6 * s, ImDrawFlags_RoundCornersLeft);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 14 * s, p.y + 8 * s));
    pushFont(fonts().bold);
    ImGui::TextUnformatted("Read aloud: the blameless reminder");
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(p.x + 14 * s, p.y + 32 * s));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap - 4 * s);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    registerCustomItem("blameless reminder", p, ImVec2(p.x + w, p.y + h));
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h));
    ImGui::Dummy(ImVec2(w, 0));
    ImGui::Spacing();
    if (step.guidance != blamelessReminder()) ImGui::TextWrapped("%s", step.guidance.c_str());
  } else {
    ImGui::TextWrapped("%s", step.guidance.c_str());
  }
  ImGui::TextDisabled("The editor shows: %s", std::string(label(step.section)).c_str());
  registerCustomItem("editor shows: ", label(step.section), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  if (step.section == DocSection::Closing || m.finished) {
    drawChecklist(state, plan, doc);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
  }
  drawAgenda(state, plan);
  ImGui::EndChild();
}

}  // namespace

void drawMeetingView(AppState& state) {
  PostMortem* doc = state.openDocument();
  if (!doc) {
    ImGui::TextDisabled("Open a post-mortem first: meeting mode runs its review meeting.");
    if (ImGui::Button("Go to library")) state.screen = Screen::Library;
    return;
  }
  MeetingPlan plan = planMeeting(*doc);
  if (plan.steps.empty()) return;
  ensureMeeting(state, *doc, plan);
  MeetingState& m = meeting(state);

  const float s = uiScale();
  const float panelW = std::min(380 * s, ImGui::GetContentRegionAvail().x * 0.42f);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, toVec4(IM_COL32(236, 239, 244, 255)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 12 * s));
  ImGui::BeginChild("##meeting-panel", ImVec2(panelW, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  drawPanel(state, *doc, plan);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  if (state.screen != Screen::Meeting) return;
  ImGui::SameLine();
  ImGui::BeginChild("##meeting-document", ImVec2(0, 0));
  drawDocumentView(state);
  ImGui::EndChild();
  // "< Library" in the editor leaves the meeting too.
  if (state.screen == Screen::Library) m.timer.pause(state.now());
  else state.screen = Screen::Meeting;
}

}  // namespace hs::ui
