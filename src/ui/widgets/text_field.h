// Text inputs bound to a document field through commands (undoable, merged while
// typing). The input's label is hidden; `name` ("Title", "Summary") is what the
// caller shows beside it and what browser tests find the field by.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/analysis/blameless_hints.h"
#include "ui/app_state.h"

namespace hs::ui {

using StringField = std::function<std::string&(PostMortem&)>;

// A single-line field editing `field(doc)`. Returns true when it changed this frame.
bool docTextField(AppState& state, const char* name, const char* mergeKey, StringField field,
                  const char* hint = nullptr, float width = -1.0f);
// Multi-line variant; height in lines of text. Blameless-language hints show under it
// (pass HintField::RootCause for the root-cause field: it also flags @mentions).
bool docTextArea(AppState& state, const char* name, const char* mergeKey, StringField field,
                 float lines = 4.0f, HintField hints = HintField::Text);

// Registers the last item under `name` for tests (the label users read next to it).
void nameLastItem(const char* name);
// "<prefix><text>" (e.g. "open: " + a title), joined only while tests collect widgets.
void nameLastItem(std::string_view prefix, std::string_view text);

}  // namespace hs::ui
