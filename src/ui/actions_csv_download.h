// File > "Download actions CSV" and "CSV for Excel (UTF-8 BOM)": the open
// post-mortem's action items as a spreadsheet-safe CSV (core/io/csv_export.h).
#pragma once

#include "ui/app_state.h"

namespace hs::ui {

// "<name>-actions.csv" next to the Markdown name; with a BOM for Excel on Windows.
void downloadOpenActionsCsv(AppState& state, bool utf8Bom);

}  // namespace hs::ui
