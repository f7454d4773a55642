// The text printed by `hindsight stats FILE...`: the dashboard's figures as stable
// "key: value" lines (one per line, keys never change meaning, '\n' endings).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/analysis/close_rule.h"
#include "core/analysis/metrics.h"
#include "core/library/postmortem_summary.h"
#include "core/model/postmortem.h"

namespace hs {

// Lines, in this order (values for the sample in tests/unit/test_analysis_stats_report.cpp):
//   postmortems: 5
//   postmortems_by_severity: sev1=2 sev2=1 sev3=1 sev4=1
//   postmortems_by_status: draft=2 reviewed=1 closed=2
//   actions_total: 10 / actions_open: 3 / actions_overdue: 1 / actions_done: 5 / actions_wont_do: 2
//   completion_rate: 62.5% (5/8)          "n/a (0/0)" when nothing to measure
//   avg_days_to_close_actions: 7.75 (n=2)  "n/a (n=0)"
//   overdue_actions: 1
//   repeat_incidents: 2
//   repeat_incidents_known_unfixed: 1
//   repeat_incidents_definition: A later incident repeats ... (repeatDefinition, metrics.h)
//   repeat: later=pm-e earlier=pm-c known_unfixed=yes open_actions=c1,c2,c3 services=db tags=
//           (one per repeating incident, lists comma-joined verbatim)
//   median_ttd_sev1: 2.5 min (n=2)  ... median_ttr_sev4: n/a (n=0)   (ttd sev1..4, then ttr)
//   incidents_month: 2026-01 total=2 sev1=1 sev2=1 sev3=0 sev4=0     (one per month)
//   factors_technical: 3 / factors_process: 3 / factors_environmental: 1
// Percentages and minutes have one decimal, days two; numbers use '.' whatever the locale.
std::string formatStatsReport(const std::vector<PostMortemSummary>& library, TimeMs now,
                              RepeatRule rule = {});
std::string formatStatsReport(const std::vector<PostMortem>& library, TimeMs now, RepeatRule rule = {});

// The action counts of every post-mortem added up.
ActionCounts countLibraryActions(const std::vector<PostMortemSummary>& library, TimeMs now);
ActionCounts countLibraryActions(const std::vector<PostMortem>& library, TimeMs now);

// The values of the by-severity and by-status lines (the dashboard shows the same text).
std::string severityCountsText(const std::array<int, enumCount<Severity>()>& counts);
std::string statusCountsText(const std::array<int, enumCount<DocStatus>()>& counts);

}  // namespace hs
