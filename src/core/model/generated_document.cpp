#include "core/model/generated_document.h"

#include <random>
#include <string>

#include "core/model/ids.h"

namespace hs {

PostMortem generatePostMortem(int whyNodes, int events, unsigned seed) {
  seedIds(seed);
  std::mt19937 rng(seed);
  const TimeMs start = 1768487520000;  // 2026-01-15T14:32:00Z
  PostMortem doc;
  doc.id = newId("pm");
  doc.title = "Large benchmark incident";
  doc.incidentDate = start;
  doc.severity = Severity::Sev1;
  doc.created = doc.updated = start + 3 * kDay;
  doc.sections.summary = "A generated document for measuring parse, layout and frame times.";
  doc.services = {"payments", "postgres"};
  static const char* kWords[] = {"disk", "alert", "replica", "queue", "config", "deploy",
                                 "timeout", "retry", "cache", "quota", "lock", "index"};
  auto sentence = [&](int words) {
    std::string text;
    for (int w = 0; w < words; ++w) {
      if (w) text += ' ';
      text += kWords[rng() % 12];
    }
    return text;
  };
  for (int i = 0; i < whyNodes; ++i) {
    WhyNode node;
    node.id = newId("why");
    if (i > 0) {
      int parent = rng() % 4 == 0 ? static_cast<int>(rng() % i) : std::max(0, i - 1 - static_cast<int>(rng() % 20));
      node.parentId = doc.whyNodes[parent].id;
    }
    node.order = i;
    node.text = sentence(4 + static_cast<int>(rng() % 8));
    node.rootCause = rng() % 50 == 0;
    node.updated = doc.updated;
    doc.whyNodes.push_back(std::move(node));
  }
  for (int i = 0; i < events; ++i) {
    TimelineEvent event;
    event.id = newId("ev");
    event.time = start + static_cast<TimeMs>(i) * 9000 + static_cast<TimeMs>(rng() % 5000);
    event.kind = enumAt<EventKind>(rng() % enumCount<EventKind>());
    event.text = sentence(3 + static_cast<int>(rng() % 6));
    event.decisionPoint = rng() % 40 == 0;
    event.updated = doc.updated;
    doc.events.push_back(std::move(event));
  }
  for (int i = 0; i < 60; ++i) {
    Factor factor;
    factor.id = newId("fac");
    factor.category = enumAt<FactorCategory>(static_cast<std::size_t>(i % enumCount<FactorCategory>()));
    factor.text = sentence(6);
    if (!doc.whyNodes.empty()) factor.whyNodeIds = {doc.whyNodes[rng() % doc.whyNodes.size()].id};
    factor.updated = doc.updated;
    doc.factors.push_back(std::move(factor));
  }
  for (int i = 0; i < 40; ++i) {
    ActionItem action;
    action.id = newId("act");
    action.title = sentence(5);
    action.owner = "owner" + std::to_string(i % 7);
    action.due = start + (10 + i) * kDay;
    action.status = enumAt<ActionStatus>(static_cast<std::size_t>(i % enumCount<ActionStatus>()));
    action.created = start + kDay;
    if (action.status == ActionStatus::Done) action.completed = start + 5 * kDay;
    action.updated = doc.updated;
    doc.actions.push_back(std::move(action));
  }
  return doc;
}

}  // namespace hs
