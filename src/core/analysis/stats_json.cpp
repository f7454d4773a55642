#include "core/analysis/stats_json.h"

#include <nlohmann/json.hpp>

#include <array>

#include "core/analysis/metrics.h"
#include "core/analysis/stats_report.h"

namespace hs {
namespace {

nlohmann::json valueOrNull(const std::optional<double>& v, double scale = 1.0) {
  return v ? nlohmann::json(*v / scale) : nlohmann::json(nullptr);
}

// {"sev1": n, ..., "sev4": n} added to `into` (index = enumIndex(severity)).
void addSeverityCounts(nlohmann::json& into, const std::array<int, enumCount<Severity>()>& counts) {
  for (std::size_t i = 0; i < counts.size(); ++i) into[std::string(wireName(enumAt<Severity>(i)))] = counts[i];
}

}  // namespace

std::string statsReportJson(const std::vector<PostMortem>& library, TimeMs now, RepeatRule rule) {
  SummaryOptions options;
  options.searchText = false;
  return statsReportJson(summarizeAll(library, options), now, rule);
}

std::string statsReportJson(const std::vector<PostMortemSummary>& library, TimeMs now, RepeatRule rule) {
  const LibraryMetrics m = computeLibraryMetrics(library, now, rule);
  const ActionCounts totals = countLibraryActions(library, now);
  nlohmann::json out;
  out["postmortems"] = library.size();
  addSeverityCounts(out["by_severity"], m.counts.bySeverity);
  for (int i = 0; i < enumCount<DocStatus>(); ++i)
    out["by_status"][std::string(wireName(enumAt<DocStatus>(static_cast<std::size_t>(i))))] = m.counts.byStatus[static_cast<std::size_t>(i)];
  out["actions"] = {{"total", totals.total}, {"open", totals.open}, {"overdue", totals.overdue},
                    {"done", totals.done}, {"wont_do", totals.wontDo}};
  out["completion_rate"] = {{"value", valueOrNull(m.completionRate.value)},
                            {"done", m.completionRate.numerator},
                            {"counted", m.completionRate.denominator}};
  out["avg_days_to_close_actions"] = {{"value", valueOrNull(m.averageDaysToClose.value)},
                                      {"n", m.averageDaysToClose.numerator}};
  out["overdue_actions"] = m.overdueActions.numerator;
  nlohmann::json pairs = nlohmann::json::array();
  for (const RepeatIncident& r : m.repeats.pairs)
    pairs.push_back({{"later", r.laterId}, {"earlier", r.earlierId}, {"known_unfixed", r.knownUnfixed},
                     {"open_actions", r.openActionIds}, {"services", r.sharedServices}, {"tags", r.sharedTags}});
  out["repeat_incidents"] = {{"count", m.repeats.repeats.numerator},
                             {"known_unfixed", m.repeats.knownUnfixed.numerator},
                             {"window_days", m.repeats.windowDays},
                             {"definition", m.repeats.repeats.definition},
                             {"pairs", pairs}};
  for (const SeverityMedians& s : m.medians)
    out["median_minutes"][std::string(wireName(s.severity))] = {
        {"ttd", valueOrNull(s.timeToDetect.value, static_cast<double>(kMinute))},
        {"ttd_n", s.timeToDetect.numerator},
        {"ttr", valueOrNull(s.timeToResolve.value, static_cast<double>(kMinute))},
        {"ttr_n", s.timeToResolve.numerator}};
  nlohmann::json months = nlohmann::json::array();
  for (const MonthBucket& b : m.perMonth) {
    nlohmann::json month = {{"month", b.month}, {"total", b.total}};
    addSeverityCounts(month, b.bySeverity);
    months.push_back(month);
  }
  out["incidents_per_month"] = months;
  for (const CategoryCount& c : m.factors) out["factors"][std::string(wireName(c.category))] = c.count;
  return out.dump(2) + "\n";
}

}  // namespace hs
