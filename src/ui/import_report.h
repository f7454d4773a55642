// The summary shown after files are opened together (or a Markdown file is
// imported): one line per file saying whether it was imported, merged or
// refused and why, with what a Markdown import kept or assumed.
#pragma once

#include <string>
#include <vector>

#include "ui/app_state.h"

namespace hs::ui {

struct ImportOutcome {
  enum class Result { Imported, Merged, Refused, AlreadyInLibrary };
  std::string file;
  Result result = Result::Imported;
  std::string detail;              // "Markdown: 16 events, 5 actions" or the refusal's reason
  std::vector<std::string> notes;  // what was kept, assumed or differs
};

// Starts a new report for a batch of files; outcomes are added as each file is read.
void beginImportReport(AppState& state);
void addImportOutcome(AppState& state, ImportOutcome outcome);
// Shows the report (after the error and incoming-copy dialogs) when `show`; the
// caller asks for it for a Markdown import or a batch with a refused file.
void finishImportReport(AppState& state, bool show);

// Draws the report popup; call once per frame. True while it is open.
bool drawImportReport(AppState& state);

}  // namespace hs::ui
