// Timeline edits that need more than the generic element commands: snapping a
// dragged time, and adding many events as one undoable step without re-sorting
// the timeline once per event (10,000 pasted rows must stay instant).
#pragma once

#include <string>
#include <vector>

#include "core/edit/history.h"
#include "core/io/paste_import.h"
#include "core/model/postmortem.h"

namespace hs {

// Rounds t to the nearest whole minute (or second with `toSeconds`); halves round up.
TimeMs snapTime(TimeMs t, bool toSeconds);

// A new event at `time` with a fresh id; not yet in any document.
TimelineEvent makeEvent(TimeMs time, std::string text, EventKind kind);

// Adds all `events` (fresh ids expected) as one command: redo appends and sorts
// once, undo removes exactly those ids. Each event's `updated` is set to `now`.
Command addEvents(std::string label, std::vector<TimelineEvent> events, TimeMs now);

// The accepted rows of a paste preview as new events, in input order.
std::vector<TimelineEvent> eventsFromPaste(const PastePreview& preview);

// Moves one event to `time` (the caller snaps); the timeline stays sorted.
Command moveEvent(const Id& id, TimeMs time, const PostMortem& doc, TimeMs now);

}  // namespace hs
