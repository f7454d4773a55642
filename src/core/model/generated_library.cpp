#include "core/model/generated_library.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/model/ids.h"

namespace hs {
namespace {

const char* const kServices[] = {
    "checkout", "payments", "search", "auth", "postgres", "redis", "kafka", "cdn", "api-gateway",
    "billing", "notifications", "inventory", "ledger", "identity", "mobile-api", "web-frontend",
    "recommendations", "email", "scheduler", "object-storage", "dns", "load-balancer", "metrics",
    "logging", "feature-flags", "orders", "shipping", "pricing", "fraud", "reporting", "sso",
    "webhooks", "image-resizer", "chat", "maps", "catalog", "cart", "tax", "loyalty", "partner-api"};
// A service is a base name and, most of the time, one of its parts: a few hundred in all, as
// in a company that writes thousands of post-mortems.
const char* const kServiceParts[] = {"-api", "-worker", "-db", "-cache", "-queue", "-frontend", "-sync",
                                     "-batch", "-gateway", "-search", "-events", "-admin"};
const char* const kTags[] = {
    "database", "network", "deploy", "config", "capacity", "dns", "certificate", "latency",
    "data-loss", "third-party", "security", "memory", "disk", "queue", "cache", "rollback",
    "monitoring", "on-call", "migration", "rate-limit", "timeout", "replication", "backup",
    "customer-facing", "near-miss"};
const char* const kPeople[] = {
    "Ana Souza", "Bo Lindqvist", "Chidi Okafor", "Dmitri Volkov", "Łukasz Nowak", "Zoë Martin",
    "Дмитрий Орлов", "山田太郎", "Priya Raman", "Kenji Sato", "Fatima Zahra", "Mateo García",
    "Olivia Chen", "Noah Schmidt", "Amara Diallo", "Sven Ekström", "Lea Dubois", "Omar Haddad",
    "Grace Kim", "Tomás Ruiz", "Ingrid Berg", "Yusuf Demir", "Hana Novák", "Ravi Patel",
    "Chloé Lambert", "Aiko Tanaka", "Marta Kowalska", "Ivan Petrov", "Sara Rossi", "Jonas Weber"};
const char* const kSymptoms[] = {
    "returned 502s", "timed out", "served stale data", "dropped messages", "ran out of disk",
    "rejected logins", "double-charged some customers", "stopped sending emails",
    "lost its primary", "slowed to a crawl", "crash-looped", "filled its queue",
    "leaked memory", "exposed a debug endpoint", "lagged behind its replica"};
const char* const kTriggers[] = {
    "a config push", "a certificate expiry", "a schema migration", "a traffic spike",
    "a dependency upgrade", "a failed failover", "a DNS change", "an expired token",
    "a runaway batch job", "a noisy neighbour", "a kernel update", "a partner outage",
    "a feature flag flip", "a cache stampede", "a disk that filled overnight"};
const char* const kCauses[] = {
    "the alert threshold was tuned for last year's traffic",
    "the runbook pointed at a dashboard that no longer exists",
    "the retry policy multiplied the load on the struggling node",
    "the canary stage was skipped for configuration changes",
    "nobody owned the cron job after the team reorganised",
    "the connection pool was sized for a single region",
    "the health check only tested that the process was up",
    "the migration locked a hot table during peak hours",
    "the vendor changed an API without a deprecation window",
    "the log volume doubled after a verbose flag stayed on",
    "the failover script had never run against production data",
    "the certificate renewal reminder went to a former employee"};
const char* const kFixes[] = {
    "Add an alert on", "Write a runbook for", "Load-test", "Add a canary stage to",
    "Set an owner for", "Automate the renewal of", "Add a circuit breaker to", "Document the failover of",
    "Cap the retries of", "Add capacity headroom to", "Move the batch window of", "Add a dashboard for"};

template <class T, std::size_t N>
const T& pick(const T (&items)[N], std::mt19937& rng) {
  return items[rng() % N];
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

Severity pickSeverity(std::mt19937& rng) {
  int r = static_cast<int>(rng() % 100);
  if (r < 8) return Severity::Sev1;
  if (r < 30) return Severity::Sev2;
  if (r < 75) return Severity::Sev3;
  return Severity::Sev4;
}

}  // namespace

PostMortem generateLibraryPostMortem(int index, int count, unsigned seed) {
  const std::uint64_t mix = static_cast<std::uint64_t>(seed) * 1000003u + static_cast<std::uint64_t>(index);
  seedIds(mix);
  std::mt19937 rng(static_cast<unsigned>(mix ^ (mix >> 32)));
  const TimeMs end = 1795996800000;  // 2026-11-30T00:00:00Z
  const TimeMs span = 3 * 365 * kDay;
  const TimeMs slot = span / std::max(1, count);
  PostMortem doc;
  doc.id = newId("pm");
  doc.incidentDate = end - span + slot * index + static_cast<TimeMs>(rng() % static_cast<unsigned>(std::max<TimeMs>(1, slot))) -
                     static_cast<TimeMs>(rng() % kDay);
  doc.severity = pickSeverity(rng);

  const int serviceCount = rng() % 10 == 0 ? 0 : 1 + static_cast<int>(rng() % 2);
  for (int i = 0; i < serviceCount; ++i) {
    std::string s = pick(kServices, rng);
    if (rng() % 4) s += pick(kServiceParts, rng);
    if (std::find(doc.services.begin(), doc.services.end(), s) == doc.services.end()) doc.services.push_back(s);
  }
  const int tagCount = 1 + static_cast<int>(rng() % 3);
  for (int i = 0; i < tagCount; ++i) {
    std::string t = pick(kTags, rng);
    if (std::find(doc.tags.begin(), doc.tags.end(), t) == doc.tags.end()) doc.tags.push_back(t);
  }
  const std::string service = doc.services.empty() ? std::string("internal tooling") : doc.services[0];
  const std::string symptom = pick(kSymptoms, rng), trigger = pick(kTriggers, rng), cause = pick(kCauses, rng);
  doc.title = capitalised(service) + " " + symptom + " after " + trigger;
  doc.authors = {pick(kPeople, rng)};
  if (rng() % 3 == 0) doc.authors.push_back(pick(kPeople, rng));
  for (int i = static_cast<int>(rng() % 3); i > 0; --i) doc.reviewers.push_back(pick(kPeople, rng));
  doc.created = doc.incidentDate + kDay + static_cast<TimeMs>(rng() % 12) * kHour;
  doc.updated = doc.created + static_cast<TimeMs>(rng() % 5) * kDay;
  const TimeMs age = end - doc.incidentDate;
  doc.status = age > 120 * kDay ? (rng() % 5 ? DocStatus::Closed : DocStatus::Reviewed)
               : age > 30 * kDay ? (rng() % 2 ? DocStatus::Reviewed : DocStatus::Draft)
                                 : DocStatus::Draft;
  doc.impact.text = "Customers of " + service + " saw the service " + symptom + " for part of the incident.";
  if (rng() % 2) doc.impact.usersAffected = 100 + static_cast<std::int64_t>(rng() % 50000);

  doc.sections.summary = capitalised(service) + " " + symptom + " after " + trigger + ". The on-call engineer "
                         "mitigated it by rolling back and shedding load; the root cause was that " + cause + ".";
  doc.sections.detection = "An alert on error rate fired " + std::to_string(2 + rng() % 40) +
                           " minutes after impact began; customers reported it on the status page first.";
  doc.sections.response = "The team opened an incident channel, paged the owners of " + service +
                          " and rolled back the last change before looking for the cause.";
  doc.sections.rootCause = capitalised(cause) + ", so " + trigger + " turned into an outage.";
  doc.sections.wentWell = "Rollback took minutes and the status page was updated within the hour.";
  doc.sections.lessonsLearned = "Changes to " + service + " need the same review as code; " + cause + ".";

  // Timeline: impact, alert, detection, acknowledgement, investigation, mitigation, resolution.
  const TimeMs detectAfter = (2 + static_cast<TimeMs>(rng() % 58)) * kMinute;
  const TimeMs resolveAfter = detectAfter + (20 + static_cast<TimeMs>(rng() % 460)) * kMinute;
  struct Step {
    EventKind kind;
    TimeMs at;
    std::string text;
  };
  std::vector<Step> steps = {
      {EventKind::ImpactStarted, 0, capitalised(service) + " " + symptom},
      {EventKind::Alert, detectAfter - kMinute, "Error-rate alert fired for " + service},
      {EventKind::Detected, detectAfter, "On-call confirmed customer impact"},
      {EventKind::Acknowledged, detectAfter + 3 * kMinute, std::string(pick(kPeople, rng)) + " acknowledged the page"},
      {EventKind::Investigating, detectAfter + 10 * kMinute, "Looked at recent changes: " + trigger},
      {EventKind::Communication, detectAfter + 15 * kMinute, "Status page updated: investigating"},
      {EventKind::Mitigated, resolveAfter - 10 * kMinute, "Rolled back and shed load"},
      {EventKind::Resolved, resolveAfter, "Error rate back to normal"}};
  for (int i = static_cast<int>(rng() % 5); i > 0; --i)
    steps.push_back({EventKind::Investigating, detectAfter + (11 + static_cast<TimeMs>(rng() % 60)) * kMinute,
                     "Checked " + std::string(pick(kServices, rng)) + " dashboards"});
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
  for (const Step& step : steps) {
    TimelineEvent e;
    e.id = newId("ev");
    e.time = doc.incidentDate + step.at;
    e.kind = step.kind;
    e.text = step.text;
    e.decisionPoint = step.kind == EventKind::Mitigated;
    e.updated = doc.updated;
    doc.events.push_back(std::move(e));
  }

  // Why tree: the problem, then a chain of whys ending in the cause, sometimes a side branch.
  const std::string whys[] = {capitalised(service) + " " + symptom, "Because " + trigger + " reached production unchecked",
                              "Because the change skipped the staged rollout",
                              "Because " + cause};
  for (int i = 0; i < 4; ++i) {
    WhyNode n;
    n.id = newId("why");
    if (i > 0) n.parentId = doc.whyNodes.back().id;
    n.text = whys[i];
    n.rootCause = i == 3;
    if (i == 3) n.category = FactorCategory::Process;
    n.updated = doc.updated;
    doc.whyNodes.push_back(std::move(n));
  }
  if (rng() % 2) {
    WhyNode n;
    n.id = newId("why");
    n.parentId = doc.whyNodes[1].id;
    n.order = 1;
    n.text = "Because the alert for " + service + " fired late";
    n.notes = "Threshold set in " + std::to_string(2019 + rng() % 6) + ".";
    n.updated = doc.updated;
    doc.whyNodes.push_back(std::move(n));
  }
  for (int i = 1 + static_cast<int>(rng() % 3); i > 0; --i) {
    Factor f;
    f.id = newId("fac");
    f.category = enumAt<FactorCategory>(rng() % enumCount<FactorCategory>());
    f.text = capitalised(pick(kCauses, rng));
    f.whyNodeIds = {doc.whyNodes[1 + rng() % 3].id};
    f.updated = doc.updated;
    doc.factors.push_back(std::move(f));
  }

  // Actions: older incidents have more of theirs done.
  const int actionCount = 1 + static_cast<int>(rng() % 5);
  for (int i = 0; i < actionCount; ++i) {
    ActionItem a;
    a.id = newId("act");
    a.title = std::string(pick(kFixes, rng)) + " " + (i % 2 ? std::string(pick(kServices, rng)) : service);
    a.owner = pick(kPeople, rng);
    a.kind = enumAt<ActionKind>(rng() % enumCount<ActionKind>());
    a.created = doc.created;
    a.due = doc.created + (14 + static_cast<TimeMs>(rng() % 46)) * kDay;
    const int doneChance = age > 180 * kDay ? 85 : age > 60 * kDay ? 55 : 20;
    const int r = static_cast<int>(rng() % 100);
    if (r < doneChance) {
      a.status = rng() % 10 ? ActionStatus::Done : ActionStatus::WontDo;
      a.completed = std::min(end, a.created + (3 + static_cast<TimeMs>(rng() % 70)) * kDay);
      if (a.status == ActionStatus::Done) a.progress = 100;
    } else {
      a.status = rng() % 2 ? ActionStatus::InProgress : ActionStatus::NotStarted;
      a.progress = a.status == ActionStatus::InProgress ? 10 * static_cast<int>(1 + rng() % 8) : 0;
    }
    if (rng() % 3 == 0) a.link = "https://tracker.example.com/INC-" + std::to_string(1000 + index * 7 + i);
    if (rng() % 4 == 0) a.notes = "Blocked on the " + std::string(pick(kServices, rng)) + " team's review.";
    a.whyNodeIds = {doc.whyNodes[3].id};
    a.updated = a.completed ? std::max(doc.updated, *a.completed) : doc.updated;
    doc.actions.push_back(std::move(a));
  }
  // The close rule: a post-mortem with an open action is not closed yet.
  for (const ActionItem& a : doc.actions)
    if (doc.status == DocStatus::Closed && (a.status == ActionStatus::NotStarted || a.status == ActionStatus::InProgress))
      doc.status = DocStatus::Reviewed;
  return doc;
}

}  // namespace hs
