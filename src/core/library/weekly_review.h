// The weekly review: a walk through every open action of the library, one at a
// time, soonest due first, flagging overdue ones to escalate. The queue is a
// snapshot taken at start, so closing an action mid-review does not reshuffle it.
#pragma once

#include <cstddef>
#include <vector>

#include "core/library/action_edits.h"
#include "core/model/postmortem.h"

namespace hs {

struct ReviewItem {
  ActionRef ref;
  bool escalate = false;  // overdue when the review started
  bool visited = false;   // shown at least once
  bool reviewed = false;  // the reviewer moved past it (Save and next, or Skip)
  bool updated = false;   // an update was recorded for it during the review
};

class WeeklyReview {
 public:
  enum class Phase { NotStarted, Reviewing, Finished };

  // Open actions (Not started / In progress) by due date (see sortByDueDate): overdue ones come
  // first because their due dates are the earliest. An empty queue finishes at once.
  void start(const std::vector<PostMortem>& library, TimeMs now);
  void next();      // to the following action; after the last one, Finished
  void previous();  // back one (no-op on the first)
  void finish();    // end early
  void reset();     // back to NotStarted
  void markUpdated();  // the current action got a review update

  Phase phase() const { return phase_; }
  const std::vector<ReviewItem>& items() const { return items_; }
  std::size_t position() const { return position_; }  // index of the current item
  const ReviewItem* current() const;

  int visitedCount() const;
  int reviewedCount() const;  // "n of N reviewed": saved or skipped, not merely shown
  int updatedCount() const;
  // Items flagged to escalate that are still overdue in `library` at `now` (an action closed or
  // given a later due date during the review no longer needs escalating), in queue order: the
  // same count as every other "overdue" figure on screen.
  std::vector<ActionRef> escalations(const std::vector<PostMortem>& library, TimeMs now) const;

 private:
  Phase phase_ = Phase::NotStarted;
  std::vector<ReviewItem> items_;
  std::size_t position_ = 0;
};

}  // namespace hs
