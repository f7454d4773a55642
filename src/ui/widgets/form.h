// Building blocks for aligned forms: a two-column table (labels | fields),
// section headings and small coloured badges.
#pragma once

#include <imgui.h>

#include "core/model/types.h"

namespace hs::ui {

// A form table: a fixed label column (`labelWidth` before UI scaling) and a
// stretching field column. Call endForm() only when beginForm returned true.
bool beginForm(const char* id, float labelWidth = 150.0f);
void endForm();
// Starts a row: `label` in the left column, vertically aligned with a framed
// field, then moves to the field column with the next item spanning it.
void formRow(const char* label);

// A heading in fonts().heading with a little room above it.
void sectionHeading(const char* text);
// Muted, wrapped help text.
void helpText(const char* text);

// The one button of a screen that starts its main task ("New post-mortem"): white on the accent.
bool primaryButton(const char* label);

// A pill with `text` in `color` on a light tint of it, as tall as a framed field.
void badge(const char* text, ImU32 color);

ImU32 severityColor(Severity severity);
ImU32 docStatusColor(DocStatus status);
ImU32 factorColor(FactorCategory category);
// `color` with its alpha replaced (0..1).
ImU32 withAlpha(ImU32 color, float alpha);

}  // namespace hs::ui
