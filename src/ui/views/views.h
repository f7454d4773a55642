// One function per screen or tab; each draws into the current window region.
#pragma once

#include "ui/app_state.h"

namespace hs::ui {

// Screens
void drawLibraryView(AppState& state);
void drawDocumentView(AppState& state);
void drawActionsHubView(AppState& state);
void drawDashboardView(AppState& state);
void drawMeetingView(AppState& state);

// Tabs of an open post-mortem
void drawOverviewTab(AppState& state, PostMortem& doc);
void drawTimelineTab(AppState& state, PostMortem& doc);
void drawWhyTreeTab(AppState& state, PostMortem& doc);
void drawFactorsTab(AppState& state, PostMortem& doc);
void drawActionsTab(AppState& state, PostMortem& doc);

}  // namespace hs::ui
