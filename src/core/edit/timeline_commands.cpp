#include "core/edit/timeline_commands.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "core/edit/commands.h"
#include "core/model/ids.h"

namespace hs {

TimeMs snapTime(TimeMs t, bool toSeconds) {
  const TimeMs unit = toSeconds ? 1000 : kMinute;
  TimeMs r = t % unit;
  if (r < 0) r += unit;
  TimeMs down = t - r;
  return r * 2 >= unit ? down + unit : down;
}

TimelineEvent makeEvent(TimeMs time, std::string text, EventKind kind) {
  TimelineEvent e;
  e.id = newId("ev");
  e.time = time;
  e.text = std::move(text);
  e.kind = kind;
  return e;
}

Command addEvents(std::string label, std::vector<TimelineEvent> events, TimeMs now) {
  for (auto& e : events) e.updated = now;
  auto shared = std::make_shared<const std::vector<TimelineEvent>>(std::move(events));
  Command cmd;
  cmd.label = std::move(label);
  cmd.redo = [shared](PostMortem& d) {
    d.events.insert(d.events.end(), shared->begin(), shared->end());
    sortEvents(d);
  };
  cmd.undo = [shared](PostMortem& d) {
    std::unordered_set<Id> ids;
    ids.reserve(shared->size());
    for (const auto& e : *shared) ids.insert(e.id);
    d.events.erase(std::remove_if(d.events.begin(), d.events.end(),
                                  [&](const TimelineEvent& e) { return ids.count(e.id) > 0; }),
                   d.events.end());
  };
  return cmd;
}

std::vector<TimelineEvent> eventsFromPaste(const PastePreview& preview) {
  std::vector<TimelineEvent> out;
  out.reserve(static_cast<std::size_t>(preview.acceptedCount));
  for (const auto& row : preview.rows)
    if (row.accepted) {
      out.push_back(makeEvent(row.time, eventTextOf(row), row.kind));
      out.back().decisionPoint = row.decisionPoint;
    }
  return out;
}

Command moveEvent(const Id& id, TimeMs time, const PostMortem& doc, TimeMs now) {
  return editElement<TimelineEvent>("Move event", "", id, doc, now,
                                    [time](TimelineEvent& e) { e.time = time; });
}

}  // namespace hs
