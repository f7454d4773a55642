#include "core/analysis/metrics.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "core/analysis/close_rule.h"
#include "core/analysis/durations.h"
#include "core/library/text_match.h"
#include "core/text/text_fold.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

void addId(std::vector<Id>& ids, const Id& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// Tags or services compared as their filters compare them, folded once per post-mortem
// rather than once per pair of post-mortems.
std::vector<std::string> normalised(const std::vector<std::string>& items) {
  std::vector<std::string> keys;
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

}  // namespace

Figure averageDaysToCloseActions(const std::vector<PostMortem>& library) {
  Figure f;
  f.key = "avg_days_to_close_actions";
  f.definition =
      "Average days from a post-mortem's creation to the latest completion of its actions, over "
      "post-mortems with at least one action whose actions are all done or won't do (each with a "
      "completion time).";
  double sumDays = 0;
  for (const PostMortem& pm : library) {
    if (pm.actions.empty()) continue;
    bool measurable = true;
    TimeMs last = 0;
    for (const ActionItem& a : pm.actions) {
      if (isOpen(a) || !a.completed) {
        measurable = false;
        break;
      }
      last = std::max(last, *a.completed);
    }
    if (!measurable) continue;
    sumDays += static_cast<double>(last - pm.created) / static_cast<double>(kDay);
    ++f.numerator;
    addId(f.postMortemIds, pm.id);
  }
  if (f.numerator > 0) f.value = sumDays / static_cast<double>(f.numerator);
  return f;
}

Figure completionRate(const std::vector<PostMortem>& library) {
  Figure f;
  f.key = "completion_rate";
  f.definition =
      "Share of action items done, among all action items except those marked won't do.";
  for (const PostMortem& pm : library) {
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

Figure overdueActions(const std::vector<PostMortem>& library, TimeMs now) {
  Figure f;
  f.key = "overdue_actions";
  f.definition =
      "Open action items whose due date (a UTC calendar day) has passed: due before the start "
      "of today.";
  long count = 0;
  for (const PostMortem& pm : library) {
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

std::vector<RepeatIncident> findRepeatIncidents(const std::vector<PostMortem>& library) {
  std::vector<const PostMortem*> byDate;
  for (const PostMortem& pm : library) byDate.push_back(&pm);
  std::stable_sort(byDate.begin(), byDate.end(), [](const PostMortem* a, const PostMortem* b) {
    if (a->incidentDate != b->incidentDate) return a->incidentDate < b->incidentDate;
    return a->id < b->id;
  });

  std::vector<std::vector<std::string>> serviceKeys, tagKeys;  // by position in byDate
  for (const PostMortem* pm : byDate) {
    serviceKeys.push_back(normalised(pm->services));
    tagKeys.push_back(normalised(pm->tags));
  }

  std::vector<RepeatIncident> out;
  for (std::size_t l = 0; l < byDate.size(); ++l) {
    const PostMortem* later = byDate[l];
    for (std::size_t e = 0; e < byDate.size(); ++e) {
      const PostMortem* earlier = byDate[e];
      if (earlier->incidentDate >= later->incidentDate) break;
      RepeatIncident r;
      r.sharedServices = shared(later->services, serviceKeys[l], serviceKeys[e]);
      r.sharedTags = shared(later->tags, tagKeys[l], tagKeys[e]);
      if (r.sharedServices.empty() && r.sharedTags.empty()) continue;
      r.laterId = later->id;
      r.earlierId = earlier->id;
      for (const ActionItem& a : earlier->actions)
        if (openAt(a, later->incidentDate)) r.openActionIds.push_back(a.id);
      r.knownUnfixed = !r.openActionIds.empty();
      out.push_back(std::move(r));
    }
  }
  return out;
}

RepeatFigures repeatIncidents(const std::vector<PostMortem>& library) {
  RepeatFigures rf;
  rf.pairs = findRepeatIncidents(library);
  rf.repeats.key = "repeat_incidents";
  rf.repeats.definition =
      "Incidents sharing a service or a tag with an earlier incident.";
  rf.knownUnfixed.key = "repeat_incidents_known_unfixed";
  rf.knownUnfixed.definition =
      "Repeat incidents where an earlier related post-mortem still had an action open on the "
      "date of the repeat: we knew and had not fixed it yet.";
  for (const RepeatIncident& r : rf.pairs) {
    addId(rf.repeats.postMortemIds, r.laterId);
    if (r.knownUnfixed) addId(rf.knownUnfixed.postMortemIds, r.laterId);
  }
  rf.repeats.numerator = static_cast<long>(rf.repeats.postMortemIds.size());
  rf.repeats.value = static_cast<double>(rf.repeats.numerator);
  rf.knownUnfixed.numerator = static_cast<long>(rf.knownUnfixed.postMortemIds.size());
  rf.knownUnfixed.value = static_cast<double>(rf.knownUnfixed.numerator);
  return rf;
}

std::array<SeverityMedians, enumCount<Severity>()> mediansBySeverity(const std::vector<PostMortem>& library) {
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
  for (const PostMortem& pm : library) {
    const std::size_t i = enumIndex(pm.severity);
    if (i >= out.size()) continue;
    IncidentDurations d = deriveDurations(pm);
    if (d.timeToDetect) {
      ttd[i].push_back(*d.timeToDetect);
      addId(out[i].timeToDetect.postMortemIds, pm.id);
    }
    if (d.timeToResolve) {
      ttr[i].push_back(*d.timeToResolve);
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

std::vector<MonthBucket> incidentsPerMonth(const std::vector<PostMortem>& library) {
  if (library.empty()) return {};
  auto monthIndex = [](TimeMs t) {
    std::string d = formatDate(t);  // "YYYY-MM-DD"
    return std::stoi(d.substr(0, 4)) * 12 + (std::stoi(d.substr(5, 2)) - 1);
  };
  std::vector<int> present;
  present.reserve(library.size());
  for (const PostMortem& pm : library) present.push_back(monthIndex(pm.incidentDate));
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
    const PostMortem& pm = library[k];
    auto at = std::lower_bound(months.begin(), months.end(), present[k]);
    MonthBucket& b = out[static_cast<std::size_t>(at - months.begin())];
    const std::size_t i = enumIndex(pm.severity);
    if (i < b.bySeverity.size()) ++b.bySeverity[i];
    ++b.total;
    addId(b.postMortemIds, pm.id);
  }
  return out;
}

std::array<CategoryCount, enumCount<FactorCategory>()> factorsByCategory(
    const std::vector<PostMortem>& library) {
  std::array<CategoryCount, enumCount<FactorCategory>()> out;
  for (std::size_t i = 0; i < out.size(); ++i) out[i].category = enumAt<FactorCategory>(i);
  for (const PostMortem& pm : library) {
    for (const Factor& f : pm.factors) {
      CategoryCount& c = out.at(static_cast<std::size_t>(f.category));
      ++c.count;
      addId(c.postMortemIds, pm.id);
    }
  }
  return out;
}

PostMortemCounts countPostMortems(const std::vector<PostMortem>& library) {
  PostMortemCounts c;
  for (const PostMortem& pm : library) {
    ++c.bySeverity[enumIndex(pm.severity)];
    ++c.byStatus[static_cast<std::size_t>(pm.status)];
  }
  return c;
}

LibraryMetrics computeLibraryMetrics(const std::vector<PostMortem>& library, TimeMs now) {
  LibraryMetrics m;
  m.counts = countPostMortems(library);
  m.averageDaysToClose = averageDaysToCloseActions(library);
  m.completionRate = completionRate(library);
  m.overdueActions = overdueActions(library, now);
  m.repeats = repeatIncidents(library);
  m.medians = mediansBySeverity(library);
  m.perMonth = incidentsPerMonth(library);
  m.factors = factorsByCategory(library);
  return m;
}

}  // namespace hs
