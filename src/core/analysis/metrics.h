// Figures over a library of post-mortems, shared by the metrics dashboard and
// `hindsight stats`. Every figure carries its definition and the ids of the
// post-mortems it counts, so a click on a number can list what is behind it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/library/postmortem_summary.h"
#include "core/model/postmortem.h"

namespace hs {

struct Figure {
  std::string key;          // stable machine name, e.g. "completion_rate" (used by stats lines)
  std::string definition;   // one sentence for tooltips and exports
  std::optional<double> value;  // nullopt when there is nothing to measure; unit depends on key
  long numerator = 0;       // rates: the counts behind the value; averages/medians: sample count
  long denominator = 0;     // rates only
  std::vector<Id> postMortemIds;  // what the figure counts, in library order, no duplicates
};

// Every figure is computed from the post-mortem summaries (core/library/postmortem_summary.h);
// the overloads taking documents summarize them first.

// value = mean over qualifying post-mortems of (latest closing of its actions - created), in
// days (fractional). An action closes at its `completed` time; a Won't-do action without one
// (older files, and the actions tab before issue 14) closes at its `updated` time, when the
// decision was recorded. Qualifying: >= 1 action, every action Done or Won't do, and every Done
// action has a `completed` time (one without it cannot be measured and excludes its post-mortem).
// numerator = number of qualifying post-mortems.
Figure averageDaysToCloseActions(const std::vector<PostMortemSummary>& library);
Figure averageDaysToCloseActions(const std::vector<PostMortem>& library);

// value = done / (total - won't do), a fraction in [0,1], over every action of the library:
// Won't-do actions are decisions, neither done nor pending, so they leave the denominator.
// numerator = done, denominator = total - won't do; nullopt when the denominator is 0.
// postMortemIds: post-mortems with at least one action in the denominator.
Figure completionRate(const std::vector<PostMortemSummary>& library);
Figure completionRate(const std::vector<PostMortem>& library);

// value = number of overdue actions at `now` (see isOverdue in close_rule.h);
// postMortemIds: post-mortems with at least one of them.
Figure overdueActions(const std::vector<PostMortemSummary>& library, TimeMs now);
Figure overdueActions(const std::vector<PostMortem>& library, TimeMs now);

// Repeat incidents. A later incident repeats at most one earlier incident: the most recent one
// (strictly earlier incidentDate, ties by id) at most `windowDays` days before it that shares a
// service with it, or, when the later incident lists no services, a tag (services and tags
// compared trimmed and case-folded). Each later incident counts once. `knownUnfixed` marks a
// repeat whose earlier post-mortem still had an action open at the later incident's date:
// created <= later date, and not (Done/Won't do with completed <= later date). A closed action
// without a `completed` time is taken as closed before (we do not accuse on missing data).
// Open *at that date*, not now: an action finished since still counts, because when the repeat
// happened it was not yet done. Computed in O(n log n) over the library.
struct RepeatRule {
  int windowDays = 90;
};
struct RepeatIncident {
  Id laterId;
  Id earlierId;
  std::vector<std::string> sharedServices;  // as written in the later post-mortem
  std::vector<std::string> sharedTags;      // only when the later one lists no services
  bool knownUnfixed = false;
  std::vector<Id> openActionIds;  // the earlier post-mortem's actions open at the later date
};
// One per repeating incident, ordered by later incident date, then later id.
std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortemSummary>& library,
                                                RepeatRule rule = {});
std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortem>& library,
                                                RepeatRule rule = {});

// The definition shown next to the repeat figure (dashboard, stats), with the window filled in.
std::string repeatDefinition(RepeatRule rule);

struct RepeatFigures {
  Figure repeats;       // value = numerator = repeating incidents; denominator = all incidents
  Figure knownUnfixed;  // value = number of repeats marked knownUnfixed
  std::vector<RepeatIncident> pairs;
  int windowDays = 90;
};
RepeatFigures repeatIncidents(const std::vector<PostMortemSummary>& library, RepeatRule rule = {});
RepeatFigures repeatIncidents(const std::vector<PostMortem>& library, RepeatRule rule = {});

// Median time to detect / resolve (deriveDurations) of the post-mortems of one severity that have
// the duration; value in milliseconds; for an even count, the mean of the two middle values
// (integer milliseconds, rounded toward zero). numerator = sample count.
struct SeverityMedians {
  Severity severity = Severity::Sev1;
  Figure timeToDetect;   // key "median_ttd_sev1" ...
  Figure timeToResolve;  // key "median_ttr_sev1" ...
};
std::array<SeverityMedians, enumCount<Severity>()> mediansBySeverity(const std::vector<PostMortemSummary>& library);
std::array<SeverityMedians, enumCount<Severity>()> mediansBySeverity(const std::vector<PostMortem>& library);

// Incidents bucketed by the UTC month of incidentDate ("YYYY-MM"), ascending, every month from
// the first to the last one present (months in between with zero incidents are included so a
// chart has no gaps) when they span fewer than kMaxGapFilledMonths; wider spans (a date typed as
// year 0 next to 2026) list only the months that have incidents, so the list, the dashboard's
// per-frame loop and `stats` output grow with the library, never with the span. Empty for an
// empty library.
constexpr int kMaxGapFilledMonths = 120;
struct MonthBucket {
  std::string month;             // "2026-01"
  std::array<int, enumCount<Severity>()> bySeverity{};  // index = enumIndex(severity)
  int total = 0;
  std::vector<Id> postMortemIds;
};
std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortemSummary>& library);
std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortem>& library);

// Contributing factors (PostMortem::factors) counted per category over the library; why-tree
// nodes are not counted. Indexed by FactorCategory.
struct CategoryCount {
  FactorCategory category = FactorCategory::Technical;
  int count = 0;
  std::vector<Id> postMortemIds;
};
std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(
    const std::vector<PostMortemSummary>& library);
std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(
    const std::vector<PostMortem>& library);

// Post-mortems counted by severity (index = severity - 1) and by status (index = DocStatus).
struct PostMortemCounts {
  std::array<int, enumCount<Severity>()> bySeverity{};
  std::array<int, enumCount<DocStatus>()> byStatus{};
};
PostMortemCounts countPostMortems(const std::vector<PostMortemSummary>& library);
PostMortemCounts countPostMortems(const std::vector<PostMortem>& library);

struct LibraryMetrics {
  PostMortemCounts counts;
  Figure averageDaysToClose;
  Figure completionRate;
  Figure overdueActions;
  RepeatFigures repeats;
  std::array<SeverityMedians, enumCount<Severity>()> medians;
  std::vector<MonthBucket> perMonth;
  std::array<CategoryCount, enumCount<FactorCategory>()> factors;
};
LibraryMetrics computeLibraryMetrics(const std::vector<PostMortemSummary>& library, TimeMs now,
                                     RepeatRule rule = {});
LibraryMetrics computeLibraryMetrics(const std::vector<PostMortem>& library, TimeMs now,
                                     RepeatRule rule = {});

}  // namespace hs
