#include "core/model/postmortem.h"

#include <algorithm>

namespace hs {
namespace {

template <class Vec>
auto findById(Vec& elements, const Id& id) -> decltype(&elements.front()) {
  auto it = std::find_if(elements.begin(), elements.end(),
                         [&](const auto& element) { return element.id == id; });
  return it == elements.end() ? nullptr : &*it;
}

}  // namespace

TimelineEvent* PostMortem::findEvent(const Id& id) { return findById(events, id); }
WhyNode* PostMortem::findWhyNode(const Id& id) { return findById(whyNodes, id); }
Factor* PostMortem::findFactor(const Id& id) { return findById(factors, id); }
ActionItem* PostMortem::findAction(const Id& id) { return findById(actions, id); }
const TimelineEvent* PostMortem::findEvent(const Id& id) const { return findById(events, id); }
const WhyNode* PostMortem::findWhyNode(const Id& id) const { return findById(whyNodes, id); }
const Factor* PostMortem::findFactor(const Id& id) const { return findById(factors, id); }
const ActionItem* PostMortem::findAction(const Id& id) const { return findById(actions, id); }

const WhyNode* PostMortem::rootWhyNode() const {
  for (const auto& node : whyNodes)
    if (node.parentId.empty()) return &node;
  return nullptr;
}

}  // namespace hs
