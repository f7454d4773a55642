// Actions hub: every action of every post-mortem in one table (filters, due-date order,
// bulk status change, jump to the post-mortem) and the weekly review walk.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/analysis/close_rule.h"
#include "core/library/action_edits.h"
#include "core/library/actions_hub.h"
#include "core/library/text_match.h"
#include "core/library/weekly_review.h"
#include "core/model/time_format.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/follow_style.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/region.h"

namespace hs::ui {
namespace {

using namespace follow;

struct HubState {
  bool reviewMode = false;
  ActionFilter filter;
  std::set<std::pair<Id, Id>> selected;  // (post-mortem id, action id)
  // Rows cached until the library, the filter or the day changes.
  std::vector<ActionRow> rows;
  std::uint64_t rowsEdit = ~0ull;
  std::size_t rowsLibrarySize = ~std::size_t{0};
  TimeMs rowsDay = -1;
  bool rowsDirty = true;
  std::vector<std::string> owners;

  WeeklyReview review;
  std::size_t draftFor = ~std::size_t{0};  // review position the draft belongs to
  int draftStatus = 0;
  int draftProgress = 0;
  std::string draftNote;
  std::string draftDue;
  std::string draftError;
};

HubState& hub(AppState& state) { return state.ui().shared<HubState>(); }

std::string dueText(const ActionItem& a) { return a.due ? formatDate(*a.due) : std::string("—"); }

long daysLate(const ActionItem& a, TimeMs now) {
  if (!a.due) return 0;
  return static_cast<long>((startOfDayUtc(now) - *a.due) / kDay);
}

void refreshRows(AppState& state) {
  HubState& h = hub(state);
  TimeMs day = startOfDayUtc(state.now());
  if (!h.rowsDirty && h.rowsEdit == state.editCounter() && h.rowsDay == day &&
      h.rowsLibrarySize == state.library().size())
    return;
  h.rows = queryActions(state.library(), h.filter, state.now());
  h.rowsEdit = state.editCounter();
  h.rowsDay = day;
  h.rowsLibrarySize = state.library().size();
  h.rowsDirty = false;
  std::vector<std::string> owners;
  for (const PostMortem& pm : state.library())
    for (const ActionItem& a : pm.actions) owners.push_back(a.owner);
  h.owners = distinctIgnoringCase(owners);  // one entry per owner as the filter matches them
  // Drop selections of actions that no longer exist.
  for (auto it = h.selected.begin(); it != h.selected.end();) {
    PostMortem* pm = state.findDocument(it->first);
    it = (pm && pm->findAction(it->second)) ? std::next(it) : h.selected.erase(it);
  }
}

bool comboFilter(const char* label, const char* preview, float width) {
  ImGui::SetNextItemWidth(width);
  bool open = ImGui::BeginCombo(label, preview);
  return open;
}

void drawFilters(AppState& state) {
  HubState& h = hub(state);
  ActionFilter before = h.filter;
  float w = 170.0f * uiScale();

  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Filter");
  ImGui::SameLine();
  if (comboFilter("##owner", h.filter.owner.empty() ? "Any owner" : h.filter.owner.c_str(), w)) {
    if (ImGui::Selectable("Any owner", h.filter.owner.empty())) h.filter.owner.clear();
    for (const std::string& owner : h.owners)
      if (ImGui::Selectable(owner.c_str(), h.filter.owner == owner)) h.filter.owner = owner;
    ImGui::EndCombo();
  }
  nameLastItem("Owner filter");
  ImGui::SameLine();
  std::string statusPreview = h.filter.status ? std::string(label(*h.filter.status)) : "Any status";
  if (comboFilter("##status", statusPreview.c_str(), w * 0.8f)) {
    if (ImGui::Selectable("Any status", !h.filter.status)) h.filter.status.reset();
    for (ActionStatus s : enumValues<ActionStatus>()) {
      if (ImGui::Selectable(std::string(label(s)).c_str(), h.filter.status == s)) h.filter.status = s;
    }
    ImGui::EndCombo();
  }
  nameLastItem("Status filter");
  ImGui::SameLine();
  std::string sevPreview = h.filter.severity ? std::string(label(*h.filter.severity)) : "Any severity";
  if (comboFilter("##severity", sevPreview.c_str(), w * 0.85f)) {
    if (ImGui::Selectable("Any severity", !h.filter.severity)) h.filter.severity.reset();
    for (Severity s : enumValues<Severity>()) {
      if (ImGui::Selectable(std::string(label(s)).c_str(), h.filter.severity == s)) h.filter.severity = s;
    }
    ImGui::EndCombo();
  }
  nameLastItem("Severity filter");
  ImGui::SameLine();
  const PostMortem* chosen = h.filter.postMortemId.empty() ? nullptr : state.findDocument(h.filter.postMortemId);
  if (comboFilter("##postmortem", chosen ? chosen->title.c_str() : "Any post-mortem", w * 1.4f)) {
    if (ImGui::Selectable("Any post-mortem", !chosen)) h.filter.postMortemId.clear();
    for (const PostMortem& pm : state.library()) {
      ImGui::PushID(pm.id.c_str());
      if (ImGui::Selectable(pm.title.empty() ? "(untitled)" : pm.title.c_str(), chosen == &pm))
        h.filter.postMortemId = pm.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  nameLastItem("Post-mortem filter");
  ImGui::SameLine();
  ImGui::Checkbox("Overdue", &h.filter.overdueOnly);
  ImGui::SameLine();
  ImGui::Checkbox("Due this week", &h.filter.dueThisWeekOnly);
  ImGui::SameLine();
  bool any = !h.filter.owner.empty() || h.filter.status || h.filter.severity ||
             !h.filter.postMortemId.empty() || h.filter.overdueOnly || h.filter.dueThisWeekOnly;
  ImGui::BeginDisabled(!any);
  if (ImGui::Button("Clear filters")) h.filter = ActionFilter{};
  ImGui::EndDisabled();

  if (before.owner != h.filter.owner || before.status != h.filter.status ||
      before.severity != h.filter.severity || before.postMortemId != h.filter.postMortemId ||
      before.overdueOnly != h.filter.overdueOnly || before.dueThisWeekOnly != h.filter.dueThisWeekOnly)
    h.rowsDirty = true;
}

void applyBulk(AppState& state, ActionStatus status) {
  HubState& h = hub(state);
  std::vector<ActionRef> refs;
  for (const ActionRow& row : h.rows)  // table order, visible rows only
    if (h.selected.count({row.postMortemId, row.action.id})) refs.push_back({row.postMortemId, row.action.id});
  int changed = 0;
  for (DocumentCommand& dc : bulkStatusChange(state.library(), refs, status, state.now())) {
    changed += dc.changed;
    state.applyTo(dc.postMortemId, std::move(dc.command));
  }
  state.statusMessage = "Set " + std::to_string(changed) + " action" + (changed == 1 ? "" : "s") +
                        " to " + std::string(label(status)) + " (undo in each post-mortem)";
  h.selected.clear();
  h.rowsDirty = true;
}

void drawBulkBar(AppState& state) {
  HubState& h = hub(state);
  int count = 0;
  for (const ActionRow& row : h.rows) count += h.selected.count({row.postMortemId, row.action.id}) ? 1 : 0;
  ImGui::AlignTextToFramePadding();
  if (count == 0) {
    ImGui::TextDisabled("Tick actions to change their status together.");
    return;
  }
  ImGui::Text("%d selected", count);
  ImGui::SameLine();
  ImGui::TextDisabled("Set status:");
  for (ActionStatus s : enumValues<ActionStatus>()) {
    ImGui::SameLine();
    std::string text = "Mark " + std::string(label(s));
    if (ImGui::Button(text.c_str())) applyBulk(state, s);
  }
  ImGui::SameLine();
  if (ImGui::Button("Clear selection")) h.selected.clear();
}

void statusCombo(AppState& state, const ActionRow& row) {
  ImGui::SetNextItemWidth(-1);
  std::string preview(label(row.action.status));
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(statusColor(row.action.status)));
  bool open = ImGui::BeginCombo("##status", preview.c_str());
  ImGui::PopStyleColor();
  nameLastItem("status: ", row.action.title);
  if (!open) return;
  for (ActionStatus s : enumValues<ActionStatus>()) {
    if (ImGui::Selectable(std::string(label(s)).c_str(), s == row.action.status) && s != row.action.status) {
      for (DocumentCommand& dc : bulkStatusChange(state.library(), {{row.postMortemId, row.action.id}}, s, state.now()))
        state.applyTo(dc.postMortemId, std::move(dc.command));
    }
  }
  ImGui::EndCombo();
}

void drawTable(AppState& state) {
  HubState& h = hub(state);
  const TimeMs now = state.now();
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const float s = uiScale();
  // As tall as its rows: the screen's own scrolling takes over past the window.
  if (!ImGui::BeginTable("##actions", 7, flags)) return;
  ImGui::TableSetupColumn("##sel", ImGuiTableColumnFlags_WidthFixed, 24 * s);
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 3.2f);
  ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthFixed, 120 * s);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, 128 * s);
  ImGui::TableSetupColumn("Due \xe2\x96\xb2", ImGuiTableColumnFlags_WidthFixed, 150 * s);
  ImGui::TableSetupColumn("Post-mortem", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, 74 * s);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  // Header: a select-all checkbox, then the column names.
  ImGui::TableSetColumnIndex(0);
  int selectedVisible = 0;
  for (const ActionRow& row : h.rows) selectedVisible += h.selected.count({row.postMortemId, row.action.id}) ? 1 : 0;
  bool all = !h.rows.empty() && selectedVisible == static_cast<int>(h.rows.size());
  if (ImGui::Checkbox("##all", &all)) {
    for (const ActionRow& row : h.rows) {
      if (all) h.selected.insert({row.postMortemId, row.action.id});
      else h.selected.erase({row.postMortemId, row.action.id});
    }
  }
  nameLastItem("Select all actions");
  for (int c = 1; c < 7; ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
  }

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(h.rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ActionRow& row = h.rows[static_cast<std::size_t>(i)];
      const ActionItem& a = row.action;
      ImGui::TableNextRow(0, ImGui::GetFrameHeight());
      ImGui::PushID(i);
      ImGui::TableSetColumnIndex(0);
      bool sel = h.selected.count({row.postMortemId, a.id}) > 0;
      if (ImGui::Checkbox("##sel", &sel)) {
        if (sel) h.selected.insert({row.postMortemId, a.id});
        else h.selected.erase({row.postMortemId, a.id});
      }
      nameLastItem("select: ", a.title);

      ImGui::TableSetColumnIndex(1);
      ImGui::AlignTextToFramePadding();
      const bool closed = !isOpen(a);
      if (closed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextUnformatted(a.title.empty() ? "(untitled action)" : a.title.c_str());
      if (closed) ImGui::PopStyleColor();
      if (ImGui::IsItemHovered() && !a.notes.empty()) ImGui::SetTooltip("%s", a.notes.c_str());

      ImGui::TableSetColumnIndex(2);
      ImGui::AlignTextToFramePadding();
      if (a.owner.empty()) ImGui::TextColored(toVec4(colors::kWarning), "no owner");
      else ImGui::TextUnformatted(a.owner.c_str());

      ImGui::TableSetColumnIndex(3);
      statusCombo(state, row);

      ImGui::TableSetColumnIndex(4);
      ImGui::AlignTextToFramePadding();
      if (row.overdue) {
        ImGui::TextColored(toVec4(colors::kDanger), "%s  %ld d late", dueText(a).c_str(), daysLate(a, now));
      } else if (isDueThisWeek(a, now)) {
        ImGui::TextColored(toVec4(colors::kWarning), "%s  this week", dueText(a).c_str());
      } else {
        ImGui::TextUnformatted(dueText(a).c_str());
      }

      ImGui::TableSetColumnIndex(5);
      std::string link = (row.postMortemTitle.empty() ? std::string("(untitled)") : row.postMortemTitle);
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kAccent));
      bool go = ImGui::Selectable(link.c_str(), false, 0, ImVec2(0, ImGui::GetFrameHeight()));
      ImGui::PopStyleColor();
      nameLastItem("open: ", a.title);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open this post-mortem at its actions");

      ImGui::TableSetColumnIndex(6);
      ImGui::AlignTextToFramePadding();
      std::string sev = "SEV-" + std::to_string(static_cast<int>(row.severity));
      dotLabel(sev.c_str(), severityColor(row.severity));
      ImGui::PopID();
      if (go) {
        Id target = row.postMortemId;
        ImGui::EndTable();
        state.open(target, DocTab::Actions);
        return;
      }
    }
  }
  ImGui::EndTable();
}

// ---- Weekly review ------------------------------------------------------------------------

void loadDraft(AppState& state, const ActionItem& a) {
  HubState& h = hub(state);
  h.draftFor = h.review.position();
  h.draftStatus = static_cast<int>(a.status);
  h.draftProgress = a.progress;
  h.draftNote.clear();
  h.draftDue = a.due ? formatDate(*a.due) : std::string();
  h.draftError.clear();
}

void drawReviewStart(AppState& state) {
  HubState& h = hub(state);
  int open = 0, overdue = 0;
  for (const PostMortem& pm : state.library())
    for (const ActionItem& a : pm.actions) {
      open += isOpen(a) ? 1 : 0;
      overdue += isOverdue(a, state.now()) ? 1 : 0;
    }
  pushFont(fonts().heading);
  ImGui::TextUnformatted("Weekly review");
  ImGui::PopFont();
  ImGui::TextWrapped("Walk through every open action, one at a time, soonest due first: confirm its status, "
                     "note the progress, move the due date if needed. Overdue actions are flagged to escalate.");
  ImGui::Spacing();
  ImGui::Text("%d open action%s", open, open == 1 ? "" : "s");
  if (overdue > 0) {
    ImGui::SameLine();
    ImGui::TextColored(toVec4(colors::kDanger), "· %d overdue", overdue);
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(open == 0);
  if (ImGui::Button("Start weekly review")) {
    h.review.start(state.library(), state.now());
    h.draftFor = ~std::size_t{0};
  }
  ImGui::EndDisabled();
}

void drawReviewSummary(AppState& state) {
  HubState& h = hub(state);
  pushFont(fonts().heading);
  ImGui::TextUnformatted("Review finished");
  ImGui::PopFont();
  nameLastItem("Review finished");
  ImGui::Text("%d of %d actions reviewed, %d updated.", h.review.reviewedCount(),
              static_cast<int>(h.review.items().size()), h.review.updatedCount());
  std::vector<ActionRef> esc = h.review.escalations(state.library(), state.now());
  ImGui::Spacing();
  if (esc.empty()) {
    ImGui::TextColored(toVec4(colors::kSuccess), "Nothing to escalate: no action was overdue.");
  } else {
    ImGui::TextColored(toVec4(colors::kDanger), "Escalate (%d overdue):", static_cast<int>(esc.size()));
    for (const ActionRef& ref : esc) {
      PostMortem* pm = state.findDocument(ref.postMortemId);
      const ActionItem* a = pm ? pm->findAction(ref.actionId) : nullptr;
      if (!a) continue;
      ImGui::PushID(ref.actionId.c_str());
      ImGui::Bullet();
      std::string text = a->title + "  —  " + (a->owner.empty() ? "no owner" : a->owner) + ", due " + dueText(*a) +
                         " (" + pm->title + ")";
      if (ImGui::Selectable(text.c_str())) state.open(pm->id, DocTab::Actions);
      ImGui::PopID();
    }
  }
  ImGui::Spacing();
  if (ImGui::Button("Back")) h.review.previous();
  ImGui::SameLine();
  if (ImGui::Button("Done")) h.review.reset();
}

void drawReviewCard(AppState& state) {
  HubState& h = hub(state);
  const ReviewItem* item = h.review.current();
  PostMortem* pm = item ? state.findDocument(item->ref.postMortemId) : nullptr;
  const ActionItem* a = pm ? pm->findAction(item->ref.actionId) : nullptr;
  if (!a) {  // removed meanwhile
    h.review.next();
    return;
  }
  if (h.draftFor != h.review.position()) loadDraft(state, *a);
  const float s = uiScale();
  const int total = static_cast<int>(h.review.items().size());
  const int pos = static_cast<int>(h.review.position());

  pushFont(fonts().heading);
  ImGui::Text("Weekly review  ·  action %d of %d", pos + 1, total);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, toVec4(colors::kAccent));
  ImGui::ProgressBar(static_cast<float>(pos + 1) / static_cast<float>(total), ImVec2(-1, 6 * s), "");
  ImGui::PopStyleColor();

  ImGui::BeginChild("##card", ImVec2(std::min(ImGui::GetContentRegionAvail().x, 860 * s), 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  if (item->escalate) {
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
    pushFont(fonts().bold);
    ImGui::Text("Overdue by %ld day%s: escalate", daysLate(*a, state.now()), daysLate(*a, state.now()) == 1 ? "" : "s");
    ImGui::PopFont();
    ImGui::PopStyleColor();
    nameLastItem("escalate");
  }
  pushFont(fonts().title);
  ImGui::TextWrapped("%s", a->title.c_str());
  ImGui::PopFont();
  nameLastItem("review action: ", a->title);
  ImGui::TextDisabled("%s", pm->title.c_str());
  ImGui::SameLine();
  dotLabel(std::string(label(pm->severity)).c_str(), severityColor(pm->severity));
  ImGui::Text("Owner: %s    Due: %s    Status: %s", a->owner.empty() ? "(none)" : a->owner.c_str(),
              dueText(*a).c_str(), std::string(label(a->status)).c_str());
  if (!a->notes.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
    ImGui::TextWrapped("%s", a->notes.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Separator();

  const float labelW = 110 * s;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Status");
  ImGui::SameLine(labelW);
  for (int i = 0; i < enumCount<ActionStatus>(); ++i) {
    if (i) ImGui::SameLine();
    ImGui::RadioButton(std::string(label(enumAt<ActionStatus>(static_cast<std::size_t>(i)))).c_str(), &h.draftStatus, i);
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Progress");
  ImGui::SameLine(labelW);
  ImGui::SetNextItemWidth(260 * s);
  ImGui::SliderInt("##progress", &h.draftProgress, 0, 100, "%d%%");
  nameLastItem("Review progress");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Progress note");
  ImGui::SameLine(labelW);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##note", "What moved this week? What is blocking it?", &h.draftNote);
  nameLastItem("Review note");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Due date");
  ImGui::SameLine(labelW);
  ImGui::SetNextItemWidth(140 * s);
  ImGui::InputTextWithHint("##due", "YYYY-MM-DD", &h.draftDue);
  nameLastItem("Review due date");
  const TimeMs today = startOfDayUtc(state.now());
  for (int weeks : {1, 2, 4}) {
    ImGui::SameLine();
    std::string text = "+" + std::to_string(weeks) + " wk";
    if (ImGui::SmallButton(text.c_str())) h.draftDue = formatDate(today + weeks * 7 * kDay);
  }
  if (!h.draftError.empty()) ImGui::TextColored(toVec4(colors::kDanger), "%s", h.draftError.c_str());
  ImGui::EndChild();

  ImGui::Spacing();
  if (ImGui::Button("Back") && pos > 0) h.review.previous();
  ImGui::SameLine();
  bool save = ImGui::Button("Save and next");
  ImGui::SameLine();
  bool skip = ImGui::Button("Skip");
  ImGui::SameLine();
  if (ImGui::Button("Open post-mortem")) {
    state.open(pm->id, DocTab::Actions);
    return;
  }
  ImGui::SameLine();
  if (ImGui::Button("End review")) h.review.finish();

  if (save) {
    ReviewUpdate update;
    update.status = enumAt<ActionStatus>(static_cast<std::size_t>(h.draftStatus));
    update.progress = h.draftProgress;
    update.note = std::string(trimmed(h.draftNote));
    std::string due(trimmed(h.draftDue));
    if (!due.empty()) {
      auto parsed = parseDateTime(due);
      if (!parsed) {
        h.draftError = "Due date: write it as YYYY-MM-DD, e.g. " + formatDate(today + 7 * kDay) + ".";
        return;
      }
      if (!a->due || startOfDayUtc(*parsed) != *a->due) update.newDue = *parsed;
    }
    if (auto cmd = reviewUpdateCommand(*pm, a->id, update, state.now())) {
      state.applyTo(pm->id, std::move(*cmd));
      h.review.markUpdated();
    }
    h.review.next();
  } else if (skip) {
    h.review.next();
  }
}

void drawReview(AppState& state) {
  HubState& h = hub(state);
  switch (h.review.phase()) {
    case WeeklyReview::Phase::NotStarted: drawReviewStart(state); break;
    case WeeklyReview::Phase::Reviewing: drawReviewCard(state); break;
    case WeeklyReview::Phase::Finished: drawReviewSummary(state); break;
  }
}

}  // namespace

void drawActionsHubView(AppState& state) {
  HubState& h = hub(state);
  refreshRows(state);
  pushFont(fonts().title);
  ImGui::TextUnformatted("Actions");
  ImGui::PopFont();

  // Mode switch at the right of the title.
  const char* modes[] = {"All actions", "Weekly review"};
  float bw = 0;
  for (const char* m : modes) bw += ImGui::CalcTextSize(m).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(contentRegionMaxX() - bw);
  for (int i = 0; i < 2; ++i) {
    if (i) ImGui::SameLine(0, 0);
    bool active = h.reviewMode == (i == 1);
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    if (ImGui::Button(modes[i])) h.reviewMode = i == 1;
    if (active) ImGui::PopStyleColor();
  }

  // Counts over the whole library, not the filtered rows.
  int total = 0, open = 0, overdue = 0, week = 0;
  for (const PostMortem& pm : state.library())
    for (const ActionItem& a : pm.actions) {
      ++total;
      open += isOpen(a) ? 1 : 0;
      overdue += isOverdue(a, state.now()) ? 1 : 0;
      week += isDueThisWeek(a, state.now()) ? 1 : 0;
    }
  const float gap = 4 * uiScale();
  ImGui::TextDisabled("%d actions in %d post-mortems  ·  %d open  ·", total,
                      static_cast<int>(state.library().size()), open);
  ImGui::SameLine(0, gap);
  ImGui::TextColored(toVec4(overdue ? colors::kDanger : colors::kMutedText), "%d overdue", overdue);
  ImGui::SameLine(0, gap);
  ImGui::TextDisabled("·  %d due this week", week);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();

  if (h.reviewMode) {
    drawReview(state);
    return;
  }
  drawFilters(state);
  drawBulkBar(state);
  if (h.rows.empty()) {
    ImGui::Spacing();
    ImGui::TextDisabled(state.library().empty() ? "No post-mortems yet: open or create one from the library."
                                                : "No action matches these filters.");
    return;
  }
  drawTable(state);
}

}  // namespace hs::ui
