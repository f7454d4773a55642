#include <doctest/doctest.h>

#include "core/edit/save_state.h"

using namespace hs;

TEST_CASE("save state: nothing edited, nothing to save") {
  SaveTracker t;
  CHECK(t.describe(0) == "No changes");
  CHECK_FALSE(t.hasUnsavedEdits());
  CHECK_FALSE(t.shouldSave(100000));
  CHECK_FALSE(t.shouldSave(100000, true));
}

TEST_CASE("save state: saves one quiet second after the last edit, or at once when forced") {
  SaveTracker t;
  t.edited(1, 10'000);
  CHECK(t.hasUnsavedEdits());
  CHECK(t.describe(10'000) == "Unsaved changes");
  CHECK_FALSE(t.shouldSave(10'999));
  CHECK(t.shouldSave(11'000));
  CHECK(t.shouldSave(10'001, true));
  t.edited(2, 10'800);  // typing goes on: the wait restarts
  CHECK_FALSE(t.shouldSave(11'000));
  CHECK(t.shouldSave(11'800));
}

TEST_CASE("save state: in flight, then saved, with the age of the save") {
  SaveTracker t;
  t.edited(3, 1'000);
  t.started(3);
  CHECK(t.inFlight());
  CHECK(t.describe(2'000) == "Saving\xE2\x80\xA6");
  CHECK_FALSE(t.shouldSave(5'000, true));  // one save at a time
  t.succeeded(10'000);
  CHECK_FALSE(t.inFlight());
  CHECK_FALSE(t.hasUnsavedEdits());
  CHECK(t.describe(14'999) == "Saved");
  CHECK(t.describe(15'000) == "Saved \xC2\xB7 5 s ago");
  CHECK(t.describe(69'999) == "Saved \xC2\xB7 59 s ago");
  CHECK(t.describe(70'000) == "Saved \xC2\xB7 1 min ago");
  CHECK(t.describe(10'000 + 3'600'000) == "Saved \xC2\xB7 1 h ago");
}

TEST_CASE("save state: an edit during a save stays unsaved after it") {
  SaveTracker t;
  t.edited(1, 0);
  t.started(1);
  t.edited(2, 500);
  t.succeeded(600);
  CHECK(t.hasUnsavedEdits());
  CHECK(t.describe(700) == "Unsaved changes");
  CHECK_FALSE(t.shouldSave(1'400));
  CHECK(t.shouldSave(1'500));
  t.started(2);
  t.succeeded(1'600);
  CHECK_FALSE(t.hasUnsavedEdits());
}

TEST_CASE("save state: a failure says why, keeps the edits and clears on the next success") {
  SaveTracker t;
  t.edited(1, 0);
  t.started(1);
  t.failed("QuotaExceededError: the disk is full");
  CHECK(t.hasError());
  CHECK_FALSE(t.inFlight());
  CHECK(t.hasUnsavedEdits());
  CHECK(t.describe(5'000) == "Not saved: QuotaExceededError: the disk is full");
  CHECK(t.shouldSave(5'000));  // retried after the quiet period
  t.started(1);
  CHECK(t.describe(5'500) == "Not saved: QuotaExceededError: the disk is full \xC2\xB7 retrying\xE2\x80\xA6");
  t.succeeded(6'000);
  CHECK_FALSE(t.hasError());
  CHECK(t.describe(6'000) == "Saved");

  SaveTracker blank;
  blank.edited(1, 0);
  blank.started(1);
  blank.failed("");
  CHECK(blank.error() == "unknown error");
}

TEST_CASE("save state: an older counter never lowers the edit mark") {
  SaveTracker t;
  t.edited(5, 0);
  t.edited(3, 100);
  t.started(5);
  t.succeeded(200);
  CHECK_FALSE(t.hasUnsavedEdits());
}
