// Factories for the edits of a post-mortem. Each returns one Command whose undo
// restores exactly what its redo changed. Element edits stamp `updated = now`.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/edit/history.h"
#include "core/model/postmortem.h"

namespace hs {

// The vector holding elements of type T inside a post-mortem.
template <class T> std::vector<T>& elementsOf(PostMortem& doc);
template <> inline std::vector<TimelineEvent>& elementsOf(PostMortem& doc) { return doc.events; }
template <> inline std::vector<WhyNode>& elementsOf(PostMortem& doc) { return doc.whyNodes; }
template <> inline std::vector<Factor>& elementsOf(PostMortem& doc) { return doc.factors; }
template <> inline std::vector<ActionItem>& elementsOf(PostMortem& doc) { return doc.actions; }

// Keeps doc.events ordered by time (stable for equal times).
void sortEvents(PostMortem& doc);

// A header or section field, reached through an accessor, e.g.
//   setDocValue<std::string>("Edit title", "title", [](PostMortem& d) -> std::string& { return d.title; }, "New", doc)
template <class V>
Command setDocValue(std::string label, std::string mergeKey,
                    std::function<V&(PostMortem&)> field, V value, const PostMortem& doc) {
  V old = field(const_cast<PostMortem&>(doc));
  Command cmd;
  cmd.label = std::move(label);
  cmd.mergeKey = std::move(mergeKey);
  cmd.redo = [field, value](PostMortem& d) { field(d) = value; };
  cmd.undo = [field, old](PostMortem& d) { field(d) = old; };
  return cmd;
}

namespace detail {
void afterElementChange(PostMortem& doc, const TimelineEvent*);
template <class T> void afterElementChange(PostMortem&, const T*) {}

template <class T> std::ptrdiff_t indexOfId(std::vector<T>& v, const Id& id) {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i].id == id) return static_cast<std::ptrdiff_t>(i);
  return -1;
}
}  // namespace detail

// Adds an element (at the end, or at `index`); undo removes it.
template <class T>
Command addElement(std::string label, T element, TimeMs now, std::ptrdiff_t index = -1) {
  element.updated = now;
  Command cmd;
  cmd.label = std::move(label);
  cmd.redo = [element, index](PostMortem& d) {
    auto& v = elementsOf<T>(d);
    auto at = (index < 0 || index > static_cast<std::ptrdiff_t>(v.size())) ? v.end() : v.begin() + index;
    v.insert(at, element);
    detail::afterElementChange(d, static_cast<const T*>(nullptr));
  };
  cmd.undo = [id = element.id](PostMortem& d) {
    auto& v = elementsOf<T>(d);
    auto i = detail::indexOfId(v, id);
    if (i >= 0) v.erase(v.begin() + i);
  };
  return cmd;
}

// Replaces the element with the same id by `element` (whole-element snapshot);
// undo puts the old one back. mergeKey lets typing in one field merge.
template <class T>
Command replaceElement(std::string label, std::string mergeKey, T element, const PostMortem& doc,
                       TimeMs now) {
  element.updated = now;
  auto& v = elementsOf<T>(const_cast<PostMortem&>(doc));
  auto i = detail::indexOfId(v, element.id);
  T old = i >= 0 ? v[i] : element;
  Command cmd;
  cmd.label = std::move(label);
  cmd.mergeKey = std::move(mergeKey);
  auto put = [](PostMortem& d, const T& e) {
    auto& vec = elementsOf<T>(d);
    auto k = detail::indexOfId(vec, e.id);
    if (k >= 0) vec[k] = e;
    detail::afterElementChange(d, static_cast<const T*>(nullptr));
  };
  cmd.redo = [put, element](PostMortem& d) { put(d, element); };
  cmd.undo = [put, old](PostMortem& d) { put(d, old); };
  return cmd;
}

// Edits one field of an element: copies it, lets `change` modify the copy, replaces.
template <class T>
Command editElement(std::string label, std::string mergeKey, const Id& id, const PostMortem& doc,
                    TimeMs now, const std::function<void(T&)>& change) {
  auto& v = elementsOf<T>(const_cast<PostMortem&>(doc));
  auto i = detail::indexOfId(v, id);
  T copy = i >= 0 ? v[i] : T{};
  if (i >= 0) change(copy);
  return replaceElement<T>(std::move(label), std::move(mergeKey), std::move(copy), doc, now);
}

// Removes the element; undo re-inserts it at its old position.
template <class T>
Command removeElement(std::string label, const Id& id, const PostMortem& doc) {
  auto& v = elementsOf<T>(const_cast<PostMortem&>(doc));
  auto i = detail::indexOfId(v, id);
  T old = i >= 0 ? v[i] : T{};
  Command cmd;
  cmd.label = std::move(label);
  cmd.redo = [id](PostMortem& d) {
    auto& vec = elementsOf<T>(d);
    auto k = detail::indexOfId(vec, id);
    if (k >= 0) vec.erase(vec.begin() + k);
  };
  cmd.undo = [old, i](PostMortem& d) {
    auto& vec = elementsOf<T>(d);
    auto at = (i < 0 || i > static_cast<std::ptrdiff_t>(vec.size())) ? vec.end() : vec.begin() + i;
    vec.insert(at, old);
    detail::afterElementChange(d, static_cast<const T*>(nullptr));
  };
  return cmd;
}

// Several commands as one undo step (redo in order, undo in reverse).
Command batch(std::string label, std::vector<Command> parts);

// Whole-element removal with every reference to it cleared (links from events,
// factors and actions), as one undoable step; the elements whose links change are
// stamped `now`.
Command removeWhyNodeSubtree(const Id& rootId, const PostMortem& doc, TimeMs now);
Command removeEventWithLinks(const Id& id, const PostMortem& doc);
Command removeFactorWithLinks(const Id& id, const PostMortem& doc, TimeMs now);
Command removeActionItem(const Id& id, const PostMortem& doc);

}  // namespace hs
