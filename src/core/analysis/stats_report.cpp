#include "core/analysis/stats_report.h"

#include <cstdio>

#include "core/analysis/close_rule.h"
#include "core/analysis/figure_text.h"
#include "core/analysis/metrics.h"

namespace hs {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

void line(std::string& out, const std::string& key, const std::string& value) {
  out += key + ": " + value + "\n";
}

std::string medianText(const Figure& f) {
  std::string n = "(n=" + std::to_string(f.numerator) + ")";
  if (!f.value) return "n/a " + n;
  return fixedDecimal(*f.value / static_cast<double>(kMinute), 1) + " min " + n;
}

}  // namespace

std::string severityCountsText(const std::array<int, enumCount<Severity>()>& counts) {
  std::string v;
  for (std::size_t i = 0; i < counts.size(); ++i)
    v += (i ? " " : "") + std::string(wireName(enumAt<Severity>(i))) + "=" + std::to_string(counts[i]);
  return v;
}

std::string statusCountsText(const std::array<int, enumCount<DocStatus>()>& counts) {
  std::string v;
  for (std::size_t i = 0; i < counts.size(); ++i)
    v += (i ? " " : "") + std::string(wireName(enumAt<DocStatus>(i))) + "=" + std::to_string(counts[i]);
  return v;
}

ActionCounts countLibraryActions(const std::vector<PostMortemSummary>& library, TimeMs now) {
  ActionCounts totals;
  for (const PostMortemSummary& pm : library) {
    for (const ActionItem& action : pm.actions) {
      ++totals.total;
      if (isOpen(action)) {
        ++totals.open;
        if (isOverdue(action, now)) ++totals.overdue;
      } else if (action.status == ActionStatus::Done) {
        ++totals.done;
      } else {
        ++totals.wontDo;
      }
    }
  }
  return totals;
}

ActionCounts countLibraryActions(const std::vector<PostMortem>& library, TimeMs now) {
  ActionCounts totals;
  for (const PostMortem& pm : library) {
    ActionCounts c = countActions(pm, now);
    totals.total += c.total;
    totals.open += c.open;
    totals.overdue += c.overdue;
    totals.done += c.done;
    totals.wontDo += c.wontDo;
  }
  return totals;
}

std::string formatStatsReport(const std::vector<PostMortem>& library, TimeMs now, RepeatRule rule) {
  SummaryOptions options;
  options.searchText = false;
  return formatStatsReport(summarizeAll(library, options), now, rule);
}

std::string formatStatsReport(const std::vector<PostMortemSummary>& library, TimeMs now, RepeatRule rule) {
  LibraryMetrics m = computeLibraryMetrics(library, now, rule);
  ActionCounts totals = countLibraryActions(library, now);

  std::string out;
  line(out, "postmortems", std::to_string(library.size()));
  line(out, "postmortems_by_severity", severityCountsText(m.counts.bySeverity));
  line(out, "postmortems_by_status", statusCountsText(m.counts.byStatus));
  line(out, "actions_total", std::to_string(totals.total));
  line(out, "actions_open", std::to_string(totals.open));
  line(out, "actions_overdue", std::to_string(totals.overdue));
  line(out, "actions_done", std::to_string(totals.done));
  line(out, "actions_wont_do", std::to_string(totals.wontDo));

  const Figure& rate = m.completionRate;
  std::string ratio = "(" + std::to_string(rate.numerator) + "/" + std::to_string(rate.denominator) + ")";
  line(out, rate.key, rate.value ? fixedDecimal(*rate.value * 100.0, 1) + "% " + ratio : "n/a " + ratio);

  const Figure& avg = m.averageDaysToClose;
  std::string n = "(n=" + std::to_string(avg.numerator) + ")";
  line(out, avg.key, avg.value ? fixedDecimal(*avg.value, 2) + " " + n : "n/a " + n);

  line(out, m.overdueActions.key, std::to_string(m.overdueActions.numerator));
  line(out, m.repeats.repeats.key, std::to_string(m.repeats.repeats.numerator));
  line(out, m.repeats.knownUnfixed.key, std::to_string(m.repeats.knownUnfixed.numerator));
  line(out, "repeat_incidents_definition", m.repeats.repeats.definition);
  for (const RepeatIncident& r : m.repeats.pairs) {
    line(out, "repeat",
         "later=" + r.laterId + " earlier=" + r.earlierId +
             " known_unfixed=" + (r.knownUnfixed ? "yes" : "no") +
             " open_actions=" + joined(r.openActionIds) + " services=" + joined(r.sharedServices) +
             " tags=" + joined(r.sharedTags));
  }

  for (const SeverityMedians& s : m.medians) line(out, s.timeToDetect.key, medianText(s.timeToDetect));
  for (const SeverityMedians& s : m.medians) line(out, s.timeToResolve.key, medianText(s.timeToResolve));

  for (const MonthBucket& b : m.perMonth) {
    line(out, "incidents_month", b.month + " total=" + std::to_string(b.total) + " " + severityCountsText(b.bySeverity));
  }

  for (const CategoryCount& c : m.factors)
    line(out, "factors_" + std::string(wireName(c.category)), std::to_string(c.count));
  return out;
}

}  // namespace hs
