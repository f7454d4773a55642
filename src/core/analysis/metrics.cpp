#include "core/analysis/metrics.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "core/analysis/close_rule.h"
#include "core/analysis/durations.h"
#include "core/library/text_match.h"
#include "core/text/text_fold.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

// Figures walk the library in order and add each post-mortem at most once in a row, so the
// last id is the only one that can repeat (a search of the list made this quadratic).
void addId(std::vector<Id>& ids, const Id& id) {
  if (ids.empty() || ids.back() != id) ids.push_back(id);
}

// Tags or services compared as their filters compare them.
std::vector<std::string> normalised(const std::vector<std::string>& items) {
  std::vector<std::string> keys;
  keys.reserve(items.size());
  for (const std::string& s : items) keys.push_back(foldCase(trimmed(s)));
  return keys;
}

// Entries of `later` also present in `earlier` (by their normalised keys), in `later`'s
// order, no duplicates.
std::vector<std::string> shared(const std::vector<std::string>& later, const std::vector<std::string>& laterKeys,
                                const std::vector<std::string>& earlierKeys) {
  std::vector<std::string> out, seen;
  for (std::size_t i = 0; i < later.size(); ++i) {
    const std::string& key = laterKeys[i];
    if (key.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    if (std::find(earlierKeys.begin(), earlierKeys.end(), key) != earlierKeys.end()) {
      out.push_back(later[i]);
      seen.push_back(key);
    }
  }
  return out;
}

bool openAt(const ActionItem& action, TimeMs t) {
  if (action.created > t) return false;
  if (isOpen(action)) return true;
  return action.completed && *action.completed > t;
}

std::optional<double> median(std::vector<TimeMs> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  if (n % 2 == 1) return static_cast<double>(values[n / 2]);
  return static_cast<double>((values[n / 2 - 1] + values[n / 2]) / 2);
}

std::string sevSuffix(Severity s) { return std::string(wireName(s)); }

bool hasAny(const std::vector<std::string>& keys) {
  for (const std::string& k : keys)
    if (!k.empty()) return true;
  return false;
}

}  // namespace

Figure averageDaysToCloseActions(const std::vector<PostMortemSummary>& library) {
  Figure f;
  f.key = "avg_days_to_close_actions";
  f.definition =
      "Average days from a post-mortem's creation to the latest completion of its actions, over "
      "post-mortems with at least one action whose actions are all done or won't do (a won't do "
      "without a completion time counts at its last update).";
  double sumDays = 0;
  for (const PostMortemSummary& pm : library) {
    if (pm.actions.empty()) continue;
    bool measurable = true;
    TimeMs last = 0;
    for (const ActionItem& a : pm.actions) {
      if (isOpen(a)) {
        measurable = false;
        break;
      }
      if (a.completed) {
        last = std::max(last, *a.completed);
      } else if (a.status == ActionStatus::WontDo) {
        last = std::max(last, a.updated);
      } else {
        measurable = false;
        break;
      }
    }
    if (!measurable) continue;
    sumDays += static_cast<double>(last - pm.created) / static_cast<double>(kDay);
    ++f.numerator;
    addId(f.postMortemIds, pm.id);
  }
  if (f.numerator > 0) f.value = sumDays / static_cast<double>(f.numerator);
  return f;
}

Figure completionRate(const std::vector<PostMortemSummary>& library) {
  Figure f;
  f.key = "completion_rate";
  f.definition =
      "Share of action items done, among all action items except those marked won't do.";
  for (const PostMortemSummary& pm : library) {
    for (const ActionItem& a : pm.actions) {
      if (a.status == ActionStatus::WontDo) continue;
      ++f.denominator;
      if (a.status == ActionStatus::Done) ++f.numerator;
      addId(f.postMortemIds, pm.id);
    }
  }
  if (f.denominator > 0)
    f.value = static_cast<double>(f.numerator) / static_cast<double>(f.denominator);
  return f;
}

Figure overdueActions(const std::vector<PostMortemSummary>& library, TimeMs now) {
  Figure f;
  f.key = "overdue_actions";
  f.definition =
      "Open action items whose due date (a UTC calendar day) has passed: due before the start "
      "of today.";
  long count = 0;
  for (const PostMortemSummary& pm : library) {
    for (const ActionItem& a : pm.actions) {
      if (!isOverdue(a, now)) continue;
      ++count;
      addId(f.postMortemIds, pm.id);
    }
  }
  f.value = static_cast<double>(count);
  f.numerator = count;
  return f;
}

std::string repeatDefinition(RepeatRule rule) {
  return "A later incident repeats the most recent earlier incident (at most " +
         std::to_string(rule.windowDays) +
         " days before it) that shares a service with it, or a tag when the later incident lists "
         "no services; each incident counts once.";
}

std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortemSummary>& library,
                                                RepeatRule rule) {
  std::vector<std::size_t> byDate(library.size());
  std::iota(byDate.begin(), byDate.end(), std::size_t{0});
  std::sort(byDate.begin(), byDate.end(), [&](std::size_t a, std::size_t b) {
    const PostMortemSummary& x = library[a];
    const PostMortemSummary& y = library[b];
    if (x.incidentDate != y.incidentDate) return x.incidentDate < y.incidentDate;
    return x.id < y.id;
  });
  const TimeMs window = static_cast<TimeMs>(rule.windowDays) * kDay;

  std::vector<std::vector<std::string>> serviceKeys(library.size()), tagKeys(library.size());
  for (std::size_t i = 0; i < library.size(); ++i) {
    serviceKeys[i] = normalised(library[i].services);
    tagKeys[i] = normalised(library[i].tags);
  }
  // The most recent incident seen so far per service and per tag; incidents of one date are
  // looked up before any of them is recorded, so same-day incidents never repeat each other.
  std::unordered_map<std::string, std::size_t> lastByService, lastByTag;
  std::vector<RepeatIncident> out;
  std::size_t groupStart = 0;
  while (groupStart < byDate.size()) {
    std::size_t groupEnd = groupStart;
    const TimeMs date = library[byDate[groupStart]].incidentDate;
    while (groupEnd < byDate.size() && library[byDate[groupEnd]].incidentDate == date) ++groupEnd;
    for (std::size_t k = groupStart; k < groupEnd; ++k) {
      const std::size_t l = byDate[k];
      const PostMortemSummary& later = library[l];
      const bool byService = hasAny(serviceKeys[l]);
      const auto& keys = byService ? serviceKeys[l] : tagKeys[l];
      const auto& last = byService ? lastByService : lastByTag;
      std::optional<std::size_t> best;
      for (const std::string& key : keys) {
        if (key.empty()) continue;
        auto it = last.find(key);
        if (it == last.end()) continue;
        const PostMortemSummary& e = library[it->second];
        if (later.incidentDate - e.incidentDate > window) continue;
        if (!best) {
          best = it->second;
          continue;
        }
        const PostMortemSummary& b = library[*best];
        if (e.incidentDate > b.incidentDate || (e.incidentDate == b.incidentDate && e.id > b.id)) best = it->second;
      }
      if (!best) continue;
      const PostMortemSummary& earlier = library[*best];
      RepeatIncident r;
      r.laterId = later.id;
      r.earlierId = earlier.id;
      if (byService)
        r.sharedServices = shared(later.services, serviceKeys[l], serviceKeys[*best]);
      else
        r.sharedTags = shared(later.tags, tagKeys[l], tagKeys[*best]);
      for (const ActionItem& a : earlier.actions)
        if (openAt(a, later.incidentDate)) r.openActionIds.push_back(a.id);
      r.knownUnfixed = !r.openActionIds.empty();
      out.push_back(std::move(r));
    }
    // Within one date the incident with the greatest id wins, as it would as a candidate.
    for (std::size_t k = groupStart; k < groupEnd; ++k) {
      const std::size_t i = byDate[k];
      for (const std::string& key : serviceKeys[i])
        if (!key.empty()) lastByService[key] = i;
      for (const std::string& key : tagKeys[i])
        if (!key.empty()) lastByTag[key] = i;
    }
    groupStart = groupEnd;
  }
  return out;
}

RepeatFigures repeatIncidents(const std::vector<PostMortemSummary>& library, RepeatRule rule) {
  RepeatFigures rf;
  rf.windowDays = rule.windowDays;
  rf.pairs = findRepeatIncidents(library, rule);
  rf.repeats.key = "repeat_incidents";
  rf.repeats.definition = repeatDefinition(rule);
  rf.knownUnfixed.key = "repeat_incidents_known_unfixed";
  rf.knownUnfixed.definition =
      "Repeat incidents where the earlier post-mortem they repeat still had an action open on the "
      "date of the repeat: we knew and had not fixed it yet.";
  for (const RepeatIncident& r : rf.pairs) {
    rf.repeats.postMortemIds.push_back(r.laterId);
    if (r.knownUnfixed) rf.knownUnfixed.postMortemIds.push_back(r.laterId);
  }
  rf.repeats.numerator = static_cast<long>(rf.repeats.postMortemIds.size());
  rf.repeats.denominator = static_cast<long>(library.size());
  rf.repeats.value = static_cast<double>(rf.repeats.numerator);
  rf.knownUnfixed.numerator = static_cast<long>(rf.knownUnfixed.postMortemIds.size());
  rf.knownUnfixed.denominator = rf.repeats.numerator;
  rf.knownUnfixed.value = static_cast<double>(rf.knownUnfixed.numerator);
  return rf;
}

std::array<SeverityMedians, enumCount<Severity>()> mediansBySeverity(const std::vector<PostMortemSummary>& library) {
  std::array<SeverityMedians, enumCount<Severity>()> out;
  std::array<std::vector<TimeMs>, enumCount<Severity>()> ttd, ttr;
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].severity = enumAt<Severity>(i);
    out[i].timeToDetect.key = "median_ttd_" + sevSuffix(out[i].severity);
    out[i].timeToDetect.definition =
        std::string("Median over post-mortems of this severity. ") + definitionTimeToDetect();
    out[i].timeToResolve.key = "median_ttr_" + sevSuffix(out[i].severity);
    out[i].timeToResolve.definition =
        std::string("Median over post-mortems of this severity. ") + definitionTimeToResolve();
  }
  for (const PostMortemSummary& pm : library) {
    const std::size_t i = enumIndex(pm.severity);
    if (i >= out.size()) continue;
    if (pm.timeToDetect) {
      ttd[i].push_back(*pm.timeToDetect);
      addId(out[i].timeToDetect.postMortemIds, pm.id);
    }
    if (pm.timeToResolve) {
      ttr[i].push_back(*pm.timeToResolve);
      addId(out[i].timeToResolve.postMortemIds, pm.id);
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].timeToDetect.numerator = static_cast<long>(ttd[i].size());
    out[i].timeToDetect.value = median(ttd[i]);
    out[i].timeToResolve.numerator = static_cast<long>(ttr[i].size());
    out[i].timeToResolve.value = median(ttr[i]);
  }
  return out;
}

std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortemSummary>& library) {
  if (library.empty()) return {};
  auto monthIndex = [](TimeMs t) {
    std::string d = formatDate(t);  // "YYYY-MM-DD"
    return std::stoi(d.substr(0, 4)) * 12 + (std::stoi(d.substr(5, 2)) - 1);
  };
  std::vector<int> present;
  present.reserve(library.size());
  for (const PostMortemSummary& pm : library) present.push_back(monthIndex(pm.incidentDate));
  std::vector<int> months = present;
  std::sort(months.begin(), months.end());
  months.erase(std::unique(months.begin(), months.end()), months.end());
  if (months.back() - months.front() < kMaxGapFilledMonths) {
    const int first = months.front(), count = months.back() - first + 1;
    months.resize(static_cast<std::size_t>(count));
    std::iota(months.begin(), months.end(), first);
  }
  std::vector<MonthBucket> out(months.size());
  for (std::size_t i = 0; i < months.size(); ++i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", months[i] / 12, months[i] % 12 + 1);
    out[i].month = buf;
  }
  for (std::size_t k = 0; k < library.size(); ++k) {
    const PostMortemSummary& pm = library[k];
    auto at = std::lower_bound(months.begin(), months.end(), present[k]);
    MonthBucket& b = out[static_cast<std::size_t>(at - months.begin())];
    const std::size_t i = enumIndex(pm.severity);
    if (i < b.bySeverity.size()) ++b.bySeverity[i];
    ++b.total;
    b.postMortemIds.push_back(pm.id);
  }
  return out;
}

std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(
    const std::vector<PostMortemSummary>& library) {
  std::array<CategoryCount, enumCount<FactorCategory>()> out;
  for (std::size_t i = 0; i < out.size(); ++i) out[i].category = enumAt<FactorCategory>(i);
  for (const PostMortemSummary& pm : library) {
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (pm.factorsByCategory[i] == 0) continue;
      out[i].count += pm.factorsByCategory[i];
      out[i].postMortemIds.push_back(pm.id);
    }
  }
  return out;
}

PostMortemCounts countPostMortems(const std::vector<PostMortemSummary>& library) {
  PostMortemCounts c;
  for (const PostMortemSummary& pm : library) {
    ++c.bySeverity[enumIndex(pm.severity)];
    ++c.byStatus[static_cast<std::size_t>(pm.status)];
  }
  return c;
}

LibraryMetrics computeLibraryMetrics(const std::vector<PostMortemSummary>& library, TimeMs now,
                                     RepeatRule rule) {
  LibraryMetrics m;
  m.counts = countPostMortems(library);
  m.averageDaysToClose = averageDaysToCloseActions(library);
  m.completionRate = completionRate(library);
  m.overdueActions = overdueActions(library, now);
  m.repeats = repeatIncidents(library, rule);
  m.medians = mediansBySeverity(library);
  m.perMonth = incidentsPerMonth(library);
  m.factors = factorsByCategory(library);
  return m;
}

// ---- The same figures from full documents -------------------------------------------------

namespace {
std::vector<PostMortemSummary> summariesOf(const std::vector<PostMortem>& library) {
  SummaryOptions options;
  options.searchText = false;
  return summarizeAll(library, options);
}
}  // namespace

Figure averageDaysToCloseActions(const std::vector<PostMortem>& library) {
  return averageDaysToCloseActions(summariesOf(library));
}
Figure completionRate(const std::vector<PostMortem>& library) { return completionRate(summariesOf(library)); }
Figure overdueActions(const std::vector<PostMortem>& library, TimeMs now) {
  return overdueActions(summariesOf(library), now);
}
std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortem>& library, RepeatRule rule) {
  return findRepeatIncidents(summariesOf(library), rule);
}
RepeatFigures repeatIncidents(const std::vector<PostMortem>& library, RepeatRule rule) {
  return repeatIncidents(summariesOf(library), rule);
}
std::array<SeverityMedians, enumCount<Severity>()> mediansBySeverity(const std::vector<PostMortem>& library) {
  return mediansBySeverity(summariesOf(library));
}
std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortem>& library) {
  return incidentsPerMonth(summariesOf(library));
}
std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(const std::vector<PostMortem>& library) {
  return factorsByCategory(summariesOf(library));
}
PostMortemCounts countPostMortems(const std::vector<PostMortem>& library) {
  return countPostMortems(summariesOf(library));
}
LibraryMetrics computeLibraryMetrics(const std::vector<PostMortem>& library, TimeMs now, RepeatRule rule) {
  return computeLibraryMetrics(summariesOf(library), now, rule);
}

}  // namespace hs
