// `hindsight stats --json`: the figures of the stats report as one JSON object,
// numbers as numbers (null where there is nothing to measure), keys sorted.
//   {"postmortems": 3, "by_severity": {"sev1": 1, ...}, "by_status": {"draft": 0, ...},
//    "actions": {"total", "open", "overdue", "done", "wont_do"},
//    "completion_rate": {"value": 0.375, "done": 3, "counted": 8},
//    "avg_days_to_close_actions": {"value": null, "n": 0},
//    "repeat_incidents": {"count", "known_unfixed", "window_days", "definition",
//                         "pairs": [{later, earlier, known_unfixed, open_actions, services, tags}]},
//    "median_minutes": {"sev1": {"ttd", "ttd_n", "ttr", "ttr_n"}, ...},
//    "incidents_per_month": [{"month": "2026-01", "total", "sev1".."sev4"}],
//    "factors": {"technical", "process", "environmental"}}
#pragma once

#include <string>
#include <vector>

#include "core/analysis/metrics.h"
#include "core/library/postmortem_summary.h"
#include "core/model/postmortem.h"

namespace hs {

std::string statsReportJson(const std::vector<PostMortemSummary>& library, TimeMs now, RepeatRule rule = {});
std::string statsReportJson(const std::vector<PostMortem>& library, TimeMs now, RepeatRule rule = {});

}  // namespace hs
