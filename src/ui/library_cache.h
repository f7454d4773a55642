// The summaries and search index of the library in memory (core/library/library_summaries.h),
// shared by the library screen, the dashboard and the actions hub, brought up to date only
// when the library changed and then only for the post-mortems that changed.
#pragma once

#include "core/library/library_summaries.h"
#include "ui/app_state.h"

namespace hs::ui {

const LibrarySummaries& librarySummaries(AppState& state);

}  // namespace hs::ui
