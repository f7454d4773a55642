// View state of the whole app in one place: what each view and widget keeps
// between frames (filters, zoom, selection, collapse, the tab shown, edit
// buffers), app-wide or per post-mortem. None of it goes into a document.
//
// Each view keeps its own struct (declared next to its code) and asks for it
// by type: shared<T>() for one instance in the app, of<T>(docId) for one per
// post-mortem, created on first use and kept while the app runs, so switching
// documents keeps each one's zoom, collapse set and tab. A look-up is a hash
// find: no allocation once the state exists.
#pragma once

#include <memory>
#include <unordered_map>

#include "core/model/types.h"

namespace hs::ui {

class UiState {
 public:
  template <class T> T& shared() { return slot<T>(shared_); }
  template <class T> T& of(const Id& docId) { return slot<T>(documents_[docId]); }
  // The post-mortem left the library: its view state goes too.
  void forget(const Id& docId) { documents_.erase(docId); }

 private:
  struct Slot {
    virtual ~Slot() = default;
  };
  template <class T> struct Holder final : Slot {
    T value{};
  };
  // A key per type without RTTI (the web build has none): the address of a constant
  // that exists once per T.
  template <class T> static const void* keyOf() {
    static const char key = 0;
    return &key;
  }
  using Slots = std::unordered_map<const void*, std::unique_ptr<Slot>>;

  template <class T> static T& slot(Slots& slots) {
    auto& entry = slots[keyOf<T>()];
    if (!entry) entry = std::make_unique<Holder<T>>();
    return static_cast<Holder<T>*>(entry.get())->value;
  }

  Slots shared_;
  std::unordered_map<Id, Slots> documents_;
};

}  // namespace hs::ui
