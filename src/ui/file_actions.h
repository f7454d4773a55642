// Files in and out: download the open post-mortem (JSON, Markdown), open files
// (picker, drop, shipped examples) and import them, with the dialogs that go
// with it (errors naming file, JSON pointer and problem; same-id conflicts).
#pragma once

#include <cstddef>
#include <vector>

#include "platform/platform.h"
#include "ui/app_state.h"

namespace hs::ui {

// "<slug>.postmortem.json" of `doc`; false (and a banner) when the platform refused.
bool downloadJson(AppState& state, const PostMortem& doc);
bool downloadMarkdown(AppState& state, const PostMortem& doc);
// "Download a copy" when saving fails: the open post-mortem, else every unsaved one.
void downloadCopies(AppState& state);

void openFilesFromPicker(AppState& state);
void openShippedExample(AppState& state, std::size_t index);

// Reads each file as untrusted exchange JSON. A file with errors changes nothing
// (its errors are listed in a dialog); a file whose id is already in the library
// goes to incoming_copy.h (up to date, update to the newer copy, or merge). One new
// post-mortem is opened.
void importFiles(AppState& state, std::vector<platform::FileData> files);

// The import dialogs; call once per frame inside the main window.
void drawFileDialogs(AppState& state);
bool fileDialogOpen(AppState& state);

}  // namespace hs::ui
