// Action items as an editable table: every field inline, sortable columns,
// filters (status, owner, overdue), overdue rows highlighted.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/analysis/close_rule.h"
#include "core/library/action_edits.h"
#include "core/edit/commands.h"
#include "core/library/text_match.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"
#include "core/text/text_fold.h"
#include "ui/theme.h"
#include "ui/views/editor_requests.h"
#include "ui/views/views.h"
#include "ui/widgets/draft_field.h"
#include "ui/widgets/enum_combo.h"
#include "ui/widgets/focus.h"
#include "ui/widgets/form.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/region.h"
#include "ui/widgets/text_hover.h"
#include "ui/widgets/toolbar_flow.h"

namespace hs::ui {
namespace {

enum Column { kTitle, kOwner, kDue, kStatus, kKind, kProgress, kLink, kNotes, kDelete, kColumnCount };

// Filter "status": -2 all, -1 open, else an ActionStatus.
struct ActionsView {
  int statusFilter = -2;
  std::string ownerFilter;
  bool overdueOnly = false;
  Id focusAction;
  int focusFrames = 0;
  Id revealAction;  // a find match: its row highlighted, scrolled into view once
  bool revealScroll = false;
  std::vector<int> rows;  // reused every frame
};

// The actions tab of a post-mortem (UiState keeps one per post-mortem).
ActionsView& actionsView(AppState& state, const PostMortem& doc) { return state.ui().of<ActionsView>(doc.id); }

bool passesFilter(const ActionsView& view, const ActionItem& a, TimeMs now, const std::string& ownerNeedle) {
  if (view.statusFilter == -1 && !isOpen(a)) return false;
  if (view.statusFilter >= 0 && static_cast<int>(a.status) != view.statusFilter) return false;
  if (view.overdueOnly && !isOverdue(a, now)) return false;
  if (!ownerNeedle.empty() && !containsFolded(a.owner, ownerNeedle)) return false;
  return true;
}

int compareActions(const ActionItem& a, const ActionItem& b, int column) {
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case kTitle: return compareForSort(a.title, b.title);
    case kOwner: return compareForSort(a.owner, b.owner);
    case kDue:  // no due date sorts last
      if (a.due.has_value() != b.due.has_value()) return a.due ? -1 : 1;
      return a.due ? cmp(*a.due, *b.due) : 0;
    case kStatus: return cmp(static_cast<int>(a.status), static_cast<int>(b.status));
    case kKind: return cmp(static_cast<int>(a.kind), static_cast<int>(b.kind));
    case kProgress: return cmp(a.progress, b.progress);
    case kLink: return cmp(a.link, b.link);
    case kNotes: return compareForSort(a.notes, b.notes);
  }
  return 0;
}

void sortRows(ActionsView& view, const PostMortem& doc, const ImGuiTableSortSpecs* specs) {
  if (!specs || specs->SpecsCount == 0) return;  // document order
  std::stable_sort(view.rows.begin(), view.rows.end(), [&](int i, int j) {
    for (int k = 0; k < specs->SpecsCount; ++k) {
      const ImGuiTableColumnSortSpecs& spec = specs->Specs[k];
      int c = compareActions(doc.actions[i], doc.actions[j], static_cast<int>(spec.ColumnUserID));
      if (c != 0) return spec.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
    }
    return false;
  });
}

Command editAction(AppState& state, const PostMortem& doc, const ActionItem& a, const char* what,
                   const char* typedField, const std::function<void(ActionItem&)>& change) {
  // Typing in one field of one action merges into one undo step; other edits ("") never merge.
  return editElement<ActionItem>(std::string("Edit action ") + what,
                                 *typedField ? typingMergeKey(typedField, a.id) : std::string(), a.id, doc,
                                 state.now(), change);
}

void textCell(AppState& state, const PostMortem& doc, const ActionItem& a, const char* id,
              const std::string& name, const char* hint, std::string ActionItem::*member,
              const char* what) {
  std::string value = a.*member;
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool changed = ImGui::InputTextWithHint(id, hint, &value);
  nameLastItem(name.c_str());
  if (!ImGui::IsItemActive()) tooltipIfTruncated(value, ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  if (changed)
    state.apply(editAction(state, doc, a, what, (std::string("action-") + what).c_str(),
                           [&](ActionItem& x) { x.*member = value; }));
}

void drawToolbar(AppState& state, const PostMortem& doc) {
  ActionsView& view = actionsView(state, doc);
  const float s = uiScale();
  ActionCounts counts = countActions(doc, state.now());
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Status");
  ImGui::SameLine();
  // -2 all, -1 open, else the index of a status.
  auto statusName = [](int filter) {
    return filter == -2 ? "All" : filter == -1 ? "Open" : label(enumAt<ActionStatus>(static_cast<std::size_t>(filter))).data();
  };
  ImGui::SetNextItemWidth(140 * s);
  if (ImGui::BeginCombo("##status-filter", statusName(view.statusFilter))) {
    for (int i = -2; i < enumCount<ActionStatus>(); ++i)
      if (ImGui::Selectable(statusName(i), view.statusFilter == i)) view.statusFilter = i;
    ImGui::EndCombo();
  }
  nameLastItem("Status filter");
  ImGui::SameLine(0, 16 * s);
  ImGui::TextDisabled("Owner");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(160 * s);
  ImGui::InputTextWithHint("##owner-filter", "any owner", &view.ownerFilter);
  nameLastItem("Owner filter");
  ImGui::SameLine(0, 16 * s);
  ImGui::Checkbox("Overdue only", &view.overdueOnly);
  ImGui::SameLine(0, 16 * s);
  ImGui::TextDisabled("%d actions \xC2\xB7 %d open \xC2\xB7 %d overdue", counts.total, counts.open,
                      counts.overdue);

  const char* addLabel = "+ Add action";
  float addWidth = ImGui::CalcTextSize(addLabel).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(contentRegionMaxX() - addWidth);
  if (ImGui::Button(addLabel)) {
    ActionItem action;
    action.id = newId("ac");
    action.created = state.now();
    state.apply(addElement<ActionItem>("Add action", action, state.now()));
    view = ActionsView{};  // clear filters so the new row shows
    view.focusAction = action.id;
  }
}

void drawRow(AppState& state, const PostMortem& doc, const ActionItem& a, int rowNumber,
             std::vector<Command>& deferred) {
  ActionsView& view = actionsView(state, doc);
  const TimeMs now = state.now();
  const bool overdue = isOverdue(a, now);
  const std::string n = std::to_string(rowNumber);
  ImGui::PushID(a.id.c_str());
  ImGui::TableNextRow();
  if (overdue) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, withAlpha(colors::kDanger, 0.10f));
  if (view.revealAction == a.id) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, withAlpha(colors::kAccent, 0.16f));
    if (view.revealScroll) ImGui::SetScrollHereY();
    view.revealScroll = false;
  }

  ImGui::TableSetColumnIndex(kTitle);
  const bool focusHere = view.focusAction == a.id;
  if (focusHere) ImGui::SetScrollHereY();
  textCell(state, doc, a, "##title", "Action title " + n, "What will be done", &ActionItem::title, "title");
  if (focusHere && !ImGui::IsItemActive()) activateInputNextFrame(ImGui::GetItemID());
  // Asked again each frame until the caret is in the title.
  if (focusHere && (ImGui::IsItemActive() || ++view.focusFrames > 30)) {
    view.focusAction.clear();
    view.focusFrames = 0;
  }

  ImGui::TableSetColumnIndex(kOwner);
  textCell(state, doc, a, "##owner", "Action owner " + n, "Who", &ActionItem::owner, "owner");

  ImGui::TableSetColumnIndex(kDue);
  if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
  std::optional<TimeMs> due;
  std::string dueName = "Action due " + n;
  bool dueChanged = timeField(state.ui(), dueName.c_str(), a.due, due, true, true);
  if (overdue) ImGui::PopStyleColor();
  if (overdue && ImGui::IsItemHovered()) ImGui::SetTooltip("Overdue: it was due %s", formatDate(*a.due).c_str());
  if (dueChanged) state.apply(editAction(state, doc, a, "due date", "", [&](ActionItem& x) { x.due = due; }));

  ImGui::TableSetColumnIndex(kStatus);
  ActionStatus status = a.status;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (enumCombo("##status", status)) {
    // The hub's rule (action_edits.h): a Won't do gets a completion time too, which the
    // "days to close all actions" figure reads.
    state.apply(editAction(state, doc, a, "status", "", [&](ActionItem& x) { setActionStatus(x, status, now); }));
  }
  nameLastItem("Action status ", n);
  if (a.completed && ImGui::IsItemHovered()) ImGui::SetTooltip("Completed %s", formatDateTime(*a.completed).c_str());

  ImGui::TableSetColumnIndex(kKind);
  ActionKind kind = a.kind;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (enumCombo("##kind", kind))
    state.apply(editAction(state, doc, a, "kind", "", [&](ActionItem& x) { x.kind = kind; }));
  nameLastItem("Action kind ", n);

  ImGui::TableSetColumnIndex(kProgress);
  int progress = a.progress;
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool moved = ImGui::SliderInt("##progress", &progress, 0, 100, "%d%%", ImGuiSliderFlags_AlwaysClamp);
  nameLastItem("Action progress ", n);
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  if (moved)
    state.apply(editAction(state, doc, a, "progress", "action-progress", [&](ActionItem& x) { x.progress = progress; }));

  ImGui::TableSetColumnIndex(kLink);
  float openWidth = ImGui::CalcTextSize("Open").x + ImGui::GetStyle().FramePadding.x * 2;
  std::string link = a.link;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - openWidth - ImGui::GetStyle().ItemInnerSpacing.x);
  bool linkChanged = ImGui::InputTextWithHint("##link", "https://\xE2\x80\xA6", &link);
  nameLastItem("Action link ", n);
  if (ImGui::IsItemDeactivated()) state.endTypingRun();
  if (linkChanged)
    state.apply(editAction(state, doc, a, "link", "action-link", [&](ActionItem& x) { x.link = link; }));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::BeginDisabled(a.link.empty());
  if (ImGui::Button("Open")) state.platform().openUrl(a.link);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the link in a new tab");
  ImGui::EndDisabled();

  ImGui::TableSetColumnIndex(kNotes);
  textCell(state, doc, a, "##notes", "Action notes " + n, "Notes", &ActionItem::notes, "notes");
  if (!a.notes.empty() && ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(a.notes.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }

  ImGui::TableSetColumnIndex(kDelete);
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
  if (ImGui::Button("Delete")) deferred.push_back(removeActionItem(a.id, doc));
  ImGui::PopStyleColor();
  ImGui::PopID();
}

}  // namespace

void requestActionFocus(AppState& state, const Id& actionId) {
  if (const PostMortem* doc = state.openDocument()) actionsView(state, *doc).focusAction = actionId;
}

void requestActionReveal(AppState& state, const Id& actionId) {
  if (const PostMortem* doc = state.openDocument()) {
    ActionsView& view = actionsView(state, *doc);
    view.revealAction = actionId;
    view.revealScroll = true;
  }
}

void drawActionsTab(AppState& state, PostMortem& doc) {
  ActionsView& view = actionsView(state, doc);
  sectionHeading("Action items");
  drawToolbar(state, doc);
  ImGui::Dummy(ImVec2(0, 2 * uiScale()));

  const TimeMs now = state.now();
  const std::string ownerNeedle = foldCase(view.ownerFilter);
  view.rows.clear();
  for (int i = 0; i < static_cast<int>(doc.actions.size()); ++i)
    if (passesFilter(view, doc.actions[i], now, ownerNeedle) || doc.actions[i].id == view.focusAction ||
        doc.actions[i].id == view.revealAction)
      view.rows.push_back(i);

  if (doc.actions.empty()) {
    helpText("No action items yet. Add one here, or use \"New action\" on a contributing factor.");
    return;
  }

  if (view.rows.empty()) helpText("No action matches the filters.");
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                          ImGuiTableFlags_SortMulti | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  // As tall as its rows (no empty grid below them), scrolling when there are more.
  const ImGuiStyle& style = ImGui::GetStyle();
  float rowHeight = ImGui::GetFrameHeight() + style.CellPadding.y * 2;
  float headerHeight = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
  float wanted = rowHeight * static_cast<float>(view.rows.size()) + headerHeight + 2.0f * uiScale();
  const TableWidth width = readableTableWidth(1000 * uiScale());
  if (width.extraFlags) wanted += style.ScrollbarSize;  // the sideways scrollbar below the rows
  ImVec2 outer(0, std::min(wanted, ImGui::GetContentRegionAvail().y));
  if (!ImGui::BeginTable("##actions", kColumnCount, flags | width.extraFlags, outer, width.innerWidth)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_None, 2.8f, kTitle);
  ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_None, 1.3f, kOwner);
  // Dates and statuses are read at a glance: those columns keep the width of their
  // longest value when the table is narrow (meeting mode puts it beside its panel).
  const float fieldPadding = style.FramePadding.x * 2 + style.CellPadding.x * 2;
  ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("0000-00-00").x + fieldPadding, kDue);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("Not started").x + ImGui::GetFrameHeight() + fieldPadding, kStatus);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_None, 2.2f, kKind);
  ImGui::TableSetupColumn("Progress", ImGuiTableColumnFlags_None, 1.2f, kProgress);
  ImGui::TableSetupColumn("Link", ImGuiTableColumnFlags_None, 2.0f, kLink);
  ImGui::TableSetupColumn("Notes", ImGuiTableColumnFlags_None, 1.9f, kNotes);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("Delete").x + ImGui::GetStyle().FramePadding.x * 2, kDelete);
  ImGui::TableHeadersRow();
  sortRows(view, doc, ImGui::TableGetSortSpecs());

  std::vector<Command> deferred;
  int number = 0;
  for (int index : view.rows) drawRow(state, doc, doc.actions[index], ++number, deferred);
  ImGui::EndTable();
  for (auto& cmd : deferred) state.apply(std::move(cmd));
}

}  // namespace hs::ui
