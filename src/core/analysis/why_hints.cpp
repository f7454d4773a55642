#include "core/analysis/why_hints.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/library/text_match.h"

namespace hs {
namespace {

bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

std::string lowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Curly apostrophes (U+2019) read as straight ones.
  for (std::size_t p = out.find("\xE2\x80\x99"); p != std::string::npos; p = out.find("\xE2\x80\x99"))
    out.replace(p, 3, "'");
  return out;
}


bool hasMention(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '@' && isAlpha(text[i + 1]) && (i == 0 || !isAlnum(text[i - 1]))) return true;
  return false;
}

// Capitalised words that start sentences or name systems, teams and roles.
const std::unordered_set<std::string_view>& notNames() {
  static const std::unordered_set<std::string_view> words = {
      "The", "A", "An", "Our", "We", "It", "Its", "This", "That", "These", "Those", "There",
      "They", "He", "She", "I", "You", "No", "Nobody", "Nothing", "None", "Everyone",
      "Everybody", "Someone", "Somebody", "Anyone", "Each", "Every", "All", "Some", "Then",
      "So", "But", "And", "Also", "Still", "Which", "What", "Why", "Because", "If", "When",
      "Monitoring", "Alerting", "Alert", "Alerts", "Logging", "Tracing", "System", "Systems",
      "Service", "Services", "Server", "Servers", "Client", "Deploy", "Deployment", "Deploys",
      "Pipeline", "Build", "Release", "Rollout", "Migration", "Script", "Job", "Cron", "Task",
      "Test", "Tests", "Testing", "Review", "Process", "Runbook", "Dashboard", "Config",
      "Configuration", "Code", "Database", "Cache", "Queue", "Scheduler", "Autoscaler",
      "Health", "Healthcheck", "Check", "Checks", "Validation", "Automation", "Tooling",
      "Team", "Ops", "Support", "Engineering", "Management", "Vendor", "Provider", "Customer",
      "Customers", "User", "Users", "Operator", "Engineer", "Developer", "Staff", "Oncall",
      "Policy", "Documentation", "Docs", "Load", "Traffic", "Failover", "Backup", "Backups",
      "Redis", "Kafka", "Nginx", "Postgres", "Mysql", "Kubernetes", "Docker", "Terraform",
      "Jenkins", "Consul", "Vault", "Linux", "Java", "Python", "Node", "Chrome", "Firefox",
      "Cloudflare", "Github", "Gitlab", "Prometheus", "Grafana", "Elasticsearch", "Envoy",
      "Istio", "Helm", "Ansible", "Puppet", "Chef", "Sentry", "Datadog", "Pagerduty", "Slack",
  };
  return words;
}

bool precededByDeterminer(std::string_view text, std::size_t wordStart) {
  std::size_t end = wordStart;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && isAlpha(text[begin - 1])) --begin;
  std::string prev = lowerCopy(text.substr(begin, end - begin));
  for (std::string_view d : {"the", "a", "an", "our", "their", "its", "this", "that", "every",
                             "each", "no", "his", "her", "your", "my"})
    if (prev == d) return true;
  return false;
}

bool namesAPerson(std::string_view text) {
  static constexpr std::string_view kVerbs[] = {"forgot", "didn't", "did not", "failed to",
                                                "should have", "missed"};
  for (std::size_t i = 0; i < text.size();) {
    if (!isAlpha(text[i]) || (i > 0 && isAlnum(text[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && isAlpha(text[end])) ++end;
    std::string_view word = text.substr(i, end - i);
    bool titleCase = word.size() >= 2 && isUpper(word[0]);
    for (std::size_t k = 1; titleCase && k < word.size(); ++k) titleCase = isLower(word[k]);
    if (titleCase && end < text.size() && text[end] == ' ' && !notNames().count(word) &&
        !precededByDeterminer(text, i)) {
      std::size_t after = end;
      while (after < text.size() && text[after] == ' ') ++after;
      std::string rest = lowerCopy(text.substr(after));
      for (std::string_view verb : kVerbs) {
        if (rest.compare(0, verb.size(), verb) == 0 &&
            (rest.size() == verb.size() || !isAlnum(rest[verb.size()])))
          return true;
      }
    }
    i = end;
  }
  return false;
}

}  // namespace

bool soundsLikeBlame(std::string_view text) {
  std::string t = lowerCopy(text);
  for (std::string_view phrase :
       {"human error", "operator error", "user error", "someone forgot", "somebody forgot",
        "someone didn't", "someone did not", "someone failed to", "someone should have",
        "forgot to", "was careless", "carelessness"})
    if (hasPhrase(t, phrase)) return true;
  return hasMention(text) || namesAPerson(text);
}

void computeWhyHints(const PostMortem& doc, std::vector<WhyNodeHints>& out) {
  out.clear();
  const int n = static_cast<int>(doc.whyNodes.size());
  std::unordered_map<std::string_view, int> indexOf;
  indexOf.reserve(n);
  for (int i = 0; i < n; ++i) indexOf.emplace(doc.whyNodes[i].id, i);

  std::vector<int> parent(n, -1);
  std::vector<bool> hasChildren(n, false), missingParent(n, false);
  for (int i = 0; i < n; ++i) {
    const Id& pid = doc.whyNodes[i].parentId;
    if (pid.empty()) continue;
    auto it = indexOf.find(pid);
    if (it == indexOf.end()) {
      missingParent[i] = true;
      continue;
    }
    parent[i] = it->second;
    hasChildren[it->second] = true;
  }

  std::unordered_set<std::string_view> addressed;
  for (const ActionItem& a : doc.actions) {
    if (a.status == ActionStatus::WontDo) continue;
    for (const Id& id : a.whyNodeIds) addressed.insert(id);
  }

  // Depth (root = 0) by walking up with memo; -1 when unknown (cycle or orphan).
  constexpr int kUnknown = -3, kVisiting = -2;
  std::vector<int> depth(n, kUnknown);
  std::vector<int> path;
  for (int i = 0; i < n; ++i) {
    path.clear();
    int v = i, top;  // top = depth of path.back()
    for (;;) {
      if (depth[v] != kUnknown) {  // known, or kVisiting = a cycle
        top = depth[v] >= 0 ? depth[v] + 1 : -1;
        break;
      }
      depth[v] = kVisiting;
      path.push_back(v);
      if (parent[v] < 0) {
        top = missingParent[v] ? -1 : 0;
        break;
      }
      v = parent[v];
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      depth[*it] = top;
      if (top >= 0) ++top;
    }
  }

  for (int i = 0; i < n; ++i) {
    const WhyNode& node = doc.whyNodes[i];
    WhyNodeHints entry;
    if (node.rootCause && !addressed.count(node.id))
      entry.hints.push_back({WhyHintKind::RootCauseWithoutAction,
                             "Marked as a root cause, but no action item addresses it.",
                             "Link an action item that keeps this cause from recurring, or note "
                             "why none is needed."});
    if (!hasChildren[i] && parent[i] >= 0 && soundsLikeBlame(node.text))
      entry.hints.push_back({WhyHintKind::EndsInBlame,
                             "This branch ends at a person rather than a condition.",
                             "Ask one more why: what in the system, tooling or process made the "
                             "mistake possible or failed to catch it?"});
    if (depth[i] == kMaxUsefulWhyDepth + 1)
      entry.hints.push_back({WhyHintKind::ChainTooDeep,
                             "This chain is more than 7 whys deep.",
                             "Check that each step still explains the one above it, or stop at a "
                             "cause you can act on."});
    if (!entry.hints.empty()) {
      entry.nodeId = node.id;
      out.push_back(std::move(entry));
    }
  }
}

}  // namespace hs
