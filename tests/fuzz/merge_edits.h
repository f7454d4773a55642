// Random edits of a post-mortem made through the app's own commands, driven by a
// byte source: the fuzz target reads the bytes from libFuzzer, the unit tests from
// a seeded generator. Each side names its new elements with its own prefix.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/edit/commands.h"
#include "core/edit/timeline_commands.h"
#include "core/edit/why_commands.h"
#include "core/model/postmortem.h"

namespace hs::fuzz {

class ByteSource {
 public:
  ByteSource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t next() { return pos_ < size_ ? data_[pos_++] : 0; }
  bool empty() const { return pos_ >= size_; }
  std::size_t pick(std::size_t n) { return n == 0 ? 0 : next() % n; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

inline const char* const kWords[] = {"disk", "full", "alert", "config", "rollback", "東京", "ünïcode", "🙂",
                                     "the", "on-call", "payments", "retry"};

// Edits `doc` with `count` random changes stamped from `now` on, one millisecond apart.
inline void randomEdits(PostMortem& doc, ByteSource& in, int count, const std::string& side, TimeMs now) {
  int serial = 0;
  auto word = [&] { return std::string(kWords[in.pick(sizeof kWords / sizeof kWords[0])]); };
  auto phrase = [&] { return word() + " " + word(); };
  auto newId = [&](const char* prefix) { return std::string(prefix) + "-" + side + std::to_string(++serial); };
  auto apply = [&](Command c) {
    c.redo(doc);
    doc.updated = now;
  };
  // A line of a multi-line text replaced, inserted or removed.
  auto editLines = [&](std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t nl = text.find('\n', start);
      std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
      lines.push_back(text.substr(start, end - start));
      start = end;
    }
    std::size_t at = in.pick(lines.size() + 1);
    switch (in.pick(3)) {
      case 0: lines.insert(lines.begin() + at, phrase() + "\n"); break;
      case 1: if (at < lines.size()) lines.erase(lines.begin() + at); break;
      default: if (at < lines.size()) lines[at] = phrase() + "\n"; else lines.push_back(word());
    }
    text.clear();
    for (const auto& l : lines) text += l;
  };
  for (int i = 0; i < count; ++i, ++now) {
    const std::size_t op = in.pick(16);
    const bool haveEvents = !doc.events.empty(), haveNodes = !doc.whyNodes.empty();
    const bool haveFactors = !doc.factors.empty(), haveActions = !doc.actions.empty();
    switch (op) {
      case 0: doc.title = phrase(); doc.updated = now; break;
      case 1: editLines(doc.sections.summary); doc.updated = now; break;
      case 2: doc.sections.response = phrase() + " " + word(); doc.updated = now; break;
      case 3:
        if (in.pick(2) && !doc.tags.empty()) doc.tags.erase(doc.tags.begin() + in.pick(doc.tags.size()));
        else if (std::string tag = side + word(); std::find(doc.tags.begin(), doc.tags.end(), tag) == doc.tags.end())
          doc.tags.push_back(tag);
        doc.updated = now;
        break;
      case 4: {
        TimelineEvent e;
        e.id = newId("ev");
        e.time = doc.incidentDate + static_cast<TimeMs>(in.next()) * kMinute;
        e.text = phrase();
        apply(addEvents("Add event", {e}, now));
        break;
      }
      case 5:
        if (haveEvents) {
          const Id id = doc.events[in.pick(doc.events.size())].id;
          std::string text = phrase();
          apply(editElement<TimelineEvent>("Edit", "", id, doc, now, [&](TimelineEvent& e) { e.text = text; }));
        }
        break;
      case 6:
        if (haveEvents) apply(removeEventWithLinks(doc.events[in.pick(doc.events.size())].id, doc));
        break;
      case 7:
        if (haveEvents) {
          const Id id = doc.events[in.pick(doc.events.size())].id;
          apply(moveEvent(id, doc.incidentDate + static_cast<TimeMs>(in.next()) * kMinute, doc, now));
        }
        break;
      case 8:
        if (haveNodes) apply(addWhyChild(doc, doc.whyNodes[in.pick(doc.whyNodes.size())].id, newId("wn"), phrase(), now));
        else apply(addWhyRoot(doc, newId("wn"), phrase(), now));
        break;
      case 9:
        if (haveNodes) {
          const Id id = doc.whyNodes[in.pick(doc.whyNodes.size())].id;
          std::string text = phrase();
          const bool notes = in.pick(2);
          apply(editElement<WhyNode>("Edit", "", id, doc, now, [&](WhyNode& n) {
            if (notes) n.notes += text + "\n";
            else n.text = text;
          }));
        }
        break;
      case 10:
        if (haveNodes) {
          const Id id = doc.whyNodes[in.pick(doc.whyNodes.size())].id;
          const Id parent = doc.whyNodes[in.pick(doc.whyNodes.size())].id;
          if (auto c = reparentWhyNode(doc, id, parent, now)) apply(std::move(*c));
        }
        break;
      case 11:
        if (haveNodes) {
          const Id id = doc.whyNodes[in.pick(doc.whyNodes.size())].id;
          if (auto c = reorderWhySibling(doc, id, in.pick(2) ? 1 : -1, now)) apply(std::move(*c));
        }
        break;
      case 12:
        if (haveNodes && doc.whyNodes.size() > 1) {
          const WhyNode& n = doc.whyNodes[1 + in.pick(doc.whyNodes.size() - 1)];
          if (!n.parentId.empty()) apply(removeWhyNodeSubtree(n.id, doc, now));
        }
        break;
      case 13: {
        Factor f;
        f.id = newId("fa");
        f.text = phrase();
        if (haveNodes) f.whyNodeIds.push_back(doc.whyNodes[in.pick(doc.whyNodes.size())].id);
        apply(addElement<Factor>("Add factor", f, now));
        break;
      }
      case 14:
        if (haveFactors && in.pick(2)) {
          apply(removeFactorWithLinks(doc.factors[in.pick(doc.factors.size())].id, doc, now));
        } else if (haveNodes) {
          apply(createActionFromWhyNode(doc, doc.whyNodes[in.pick(doc.whyNodes.size())].id, newId("ac"), now));
        }
        break;
      default:
        if (haveEvents && haveNodes && in.pick(3) == 0) {
          apply(toggleEventWhyLink(doc, doc.events[in.pick(doc.events.size())].id,
                                   doc.whyNodes[in.pick(doc.whyNodes.size())].id, now));
        } else if (haveActions && in.pick(4) == 0) {
          apply(removeActionItem(doc.actions[in.pick(doc.actions.size())].id, doc));
        } else if (haveActions) {
          const Id id = doc.actions[in.pick(doc.actions.size())].id;
          const int progress = static_cast<int>(in.pick(101));
          std::string note = phrase();
          const bool link = haveFactors && in.pick(2);
          const Id factor = haveFactors ? doc.factors[in.pick(doc.factors.size())].id : Id();
          apply(editElement<ActionItem>("Edit", "", id, doc, now, [&](ActionItem& a) {
            a.progress = progress;
            a.notes += note + "\n";
            if (link && std::find(a.factorIds.begin(), a.factorIds.end(), factor) == a.factorIds.end())
              a.factorIds.push_back(factor);
          }));
        }
    }
  }
}

}  // namespace hs::fuzz
