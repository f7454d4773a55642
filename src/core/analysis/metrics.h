// Figures over a library of post-mortems, shared by the metrics dashboard and
// `hindsight stats`. Every figure carries its definition and the ids of the
// post-mortems it counts, so a click on a number can list what is behind it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

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

// value = mean over qualifying post-mortems of (latest `completed` of its actions - created), in
// days (fractional). Qualifying: >= 1 action, every action Done or Won't do, and every action has
// a `completed` time (one without it cannot be measured and excludes its post-mortem).
// numerator = number of qualifying post-mortems.
Figure averageDaysToCloseActions(const std::vector<PostMortem>& library);

// value = done / (total - won't do), a fraction in [0,1], over every action of the library:
// Won't-do actions are decisions, neither done nor pending, so they leave the denominator.
// numerator = done, denominator = total - won't do; nullopt when the denominator is 0.
// postMortemIds: post-mortems with at least one action in the denominator.
Figure completionRate(const std::vector<PostMortem>& library);

// value = number of overdue actions at `now` (see isOverdue in close_rule.h);
// postMortemIds: post-mortems with at least one of them.
Figure overdueActions(const std::vector<PostMortem>& library, TimeMs now);

// A later incident that shares a service or a tag (compared case-insensitively, trimmed) with an
// earlier one (strictly earlier incidentDate). `knownUnfixed` marks pairs where the earlier
// post-mortem still had an action open at the later incident's date: created <= later date, and
// not (Done/Won't do with completed <= later date). A closed action without a `completed` time is
// taken as closed before (we do not accuse on missing data). Open *at that date*, not now: an
// action finished since still counts, because when the repeat happened it was not yet done.
struct RepeatIncident {
  Id laterId;
  Id earlierId;
  std::vector<std::string> sharedServices;  // as written in the later post-mortem
  std::vector<std::string> sharedTags;
  bool knownUnfixed = false;
  std::vector<Id> openActionIds;  // the earlier post-mortem's actions open at the later date
};
// Every (earlier, later) pair, ordered by later incident date, then earlier incident date, then ids.
std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortem>& library);

struct RepeatFigures {
  Figure repeats;       // value = number of distinct later post-mortems with >= 1 pair; ids = them
  Figure knownUnfixed;  // value = number of distinct later post-mortems with a knownUnfixed pair
  std::vector<RepeatIncident> pairs;
};
RepeatFigures repeatIncidents(const std::vector<PostMortem>& library);

// Median time to detect / resolve (deriveDurations) of the post-mortems of one severity that have
// the duration; value in milliseconds; for an even count, the mean of the two middle values
// (integer milliseconds, rounded toward zero). numerator = sample count.
struct SeverityMedians {
  Severity severity = Severity::Sev1;
  Figure timeToDetect;   // key "median_ttd_sev1" ...
  Figure timeToResolve;  // key "median_ttr_sev1" ...
};
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
std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortem>& library);

// Contributing factors (PostMortem::factors) counted per category over the library; why-tree
// nodes are not counted. Indexed by FactorCategory.
struct CategoryCount {
  FactorCategory category = FactorCategory::Technical;
  int count = 0;
  std::vector<Id> postMortemIds;
};
std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(
    const std::vector<PostMortem>& library);

// Post-mortems counted by severity (index = severity - 1) and by status (index = DocStatus).
struct PostMortemCounts {
  std::array<int, enumCount<Severity>()> bySeverity{};
  std::array<int, enumCount<DocStatus>()> byStatus{};
};
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
LibraryMetrics computeLibraryMetrics(const std::vector<PostMortem>& library, TimeMs now);

}  // namespace hs
