#include "core/library/weekly_review.h"

#include <string_view>
#include <unordered_map>

#include "core/analysis/close_rule.h"
#include "core/library/actions_hub.h"

namespace hs {

void WeeklyReview::start(const std::vector<PostMortem>& library, TimeMs now) {
  std::vector<ActionRow> rows = collectActions(library, now);
  sortByDueDate(rows);
  items_.clear();
  for (const ActionRow& row : rows) {
    if (!isOpen(row.action)) continue;
    ReviewItem item;
    item.ref = {row.postMortemId, row.action.id};
    item.escalate = row.overdue;
    items_.push_back(std::move(item));
  }
  position_ = 0;
  phase_ = items_.empty() ? Phase::Finished : Phase::Reviewing;
  if (!items_.empty()) items_[0].visited = true;
}

void WeeklyReview::next() {
  if (phase_ != Phase::Reviewing) return;
  items_[position_].reviewed = true;
  if (position_ + 1 >= items_.size()) {
    phase_ = Phase::Finished;
    return;
  }
  ++position_;
  items_[position_].visited = true;
}

void WeeklyReview::previous() {
  if (phase_ == Phase::Finished && !items_.empty()) {
    phase_ = Phase::Reviewing;  // back from the summary to the last action
    return;
  }
  if (phase_ == Phase::Reviewing && position_ > 0) --position_;
}

void WeeklyReview::finish() {
  if (phase_ == Phase::Reviewing) phase_ = Phase::Finished;
}

void WeeklyReview::reset() {
  phase_ = Phase::NotStarted;
  items_.clear();
  position_ = 0;
}

void WeeklyReview::markUpdated() {
  if (phase_ == Phase::Reviewing && position_ < items_.size()) items_[position_].updated = true;
}

const ReviewItem* WeeklyReview::current() const {
  return phase_ == Phase::Reviewing && position_ < items_.size() ? &items_[position_] : nullptr;
}

int WeeklyReview::visitedCount() const {
  int n = 0;
  for (const ReviewItem& item : items_) n += item.visited ? 1 : 0;
  return n;
}

int WeeklyReview::reviewedCount() const {
  int n = 0;
  for (const ReviewItem& item : items_) n += item.reviewed ? 1 : 0;
  return n;
}

int WeeklyReview::updatedCount() const {
  int n = 0;
  for (const ReviewItem& item : items_) n += item.updated ? 1 : 0;
  return n;
}

std::vector<ActionRef> WeeklyReview::escalations(const std::vector<PostMortem>& library, TimeMs now) const {
  std::unordered_map<std::string_view, const PostMortem*> byId;
  for (const PostMortem& doc : library) byId.emplace(doc.id, &doc);
  std::vector<ActionRef> out;
  for (const ReviewItem& item : items_) {
    if (!item.escalate) continue;
    auto doc = byId.find(item.ref.postMortemId);
    const ActionItem* action = doc == byId.end() ? nullptr : doc->second->findAction(item.ref.actionId);
    if (action && isOverdue(*action, now)) out.push_back(item.ref);
  }
  return out;
}

}  // namespace hs
