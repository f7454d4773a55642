#include "core/library/action_edits.h"

#include <algorithm>

#include "core/edit/commands.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

bool sameAction(const ActionItem& a, const ActionItem& b) {
  return a.status == b.status && a.progress == b.progress && a.notes == b.notes &&
         a.due == b.due && a.completed == b.completed;
}

}  // namespace

void setActionStatus(ActionItem& action, ActionStatus status, TimeMs now) {
  if (action.status == status) return;
  const bool wasClosed = action.status == ActionStatus::Done || action.status == ActionStatus::WontDo;
  action.status = status;
  switch (status) {
    case ActionStatus::Done:
      action.progress = 100;
      if (!wasClosed || !action.completed) action.completed = now;
      break;
    case ActionStatus::WontDo:
      if (!action.completed) action.completed = now;
      break;
    case ActionStatus::NotStarted:
    case ActionStatus::InProgress:
      action.completed.reset();
      break;
  }
}

std::vector<DocumentCommand> bulkStatusChange(const std::vector<PostMortem>& library,
                                              const std::vector<ActionRef>& refs,
                                              ActionStatus status, TimeMs now) {
  std::vector<DocumentCommand> out;
  std::vector<std::vector<Command>> parts;
  for (std::size_t r = 0; r < refs.size(); ++r) {
    const ActionRef& ref = refs[r];
    bool repeated = false;  // a second ref to the same action
    for (std::size_t k = 0; k < r && !repeated; ++k)
      repeated = refs[k].postMortemId == ref.postMortemId && refs[k].actionId == ref.actionId;
    if (repeated) continue;
    auto doc = std::find_if(library.begin(), library.end(),
                            [&](const PostMortem& d) { return d.id == ref.postMortemId; });
    if (doc == library.end()) continue;
    const ActionItem* action = doc->findAction(ref.actionId);
    if (!action || action->status == status) continue;
    auto slot = std::find_if(out.begin(), out.end(), [&](const DocumentCommand& c) {
      return c.postMortemId == ref.postMortemId;
    });
    std::size_t index = static_cast<std::size_t>(slot - out.begin());
    if (slot == out.end()) {
      out.push_back({ref.postMortemId, Command{}, 0});
      parts.emplace_back();
    }
    parts[index].push_back(editElement<ActionItem>(
        "Set status", "", ref.actionId, *doc, now,
        [status, now](ActionItem& a) { setActionStatus(a, status, now); }));
    ++out[index].changed;
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::string text = "Set " + std::to_string(out[i].changed) + " action" +
                        (out[i].changed == 1 ? "" : "s") + " to " + std::string(label(status));
    out[i].command = batch(std::move(text), std::move(parts[i]));
  }
  return out;
}

bool isEmpty(const ReviewUpdate& update) {
  return !update.status && !update.progress && update.note.empty() && !update.newDue;
}

ActionItem reviewedAction(ActionItem action, const ReviewUpdate& update, TimeMs now) {
  if (update.status) setActionStatus(action, *update.status, now);
  if (update.progress) action.progress = std::clamp(*update.progress, 0, 100);
  if (!update.note.empty()) {
    if (!action.notes.empty() && action.notes.back() != '\n') action.notes += '\n';
    action.notes += formatDate(now) + " review: " + update.note;
  }
  if (update.newDue) action.due = startOfDayUtc(*update.newDue);
  return action;
}

std::optional<Command> reviewUpdateCommand(const PostMortem& doc, const Id& actionId,
                                           const ReviewUpdate& update, TimeMs now) {
  const ActionItem* action = doc.findAction(actionId);
  if (!action || isEmpty(update)) return std::nullopt;
  ActionItem updated = reviewedAction(*action, update, now);
  if (sameAction(updated, *action)) return std::nullopt;
  return replaceElement<ActionItem>("Review action", "", std::move(updated), doc, now);
}

}  // namespace hs
