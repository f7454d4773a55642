#include "core/io/json_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "core/io/json_model_sax.h"

namespace hs {
namespace {

using format::ElementKind;
using format::ObjectKind;
using format::Table;
using jsonread::ErrorCollector;
using jsonread::ModelSax;
using jsonread::Reference;

using Path = std::array<std::uint32_t, 4>;

// Checks that need every element: unique ids, references that resolve, one tree.
class WholeDocumentChecks {
 public:
  WholeDocumentChecks(const PostMortem& doc, const ModelSax& sax, ErrorCollector& errors)
      : doc_(doc), sax_(sax), errors_(errors) {}

  void run() {
    indexIds();
    checkReferences();
    checkTree();
  }

 private:
  static constexpr std::uint32_t kNone = ~0u;

  std::string elementPointer(ElementKind kind, std::uint32_t element) const {
    return "/" + std::string(format::fieldsOf(ObjectKind::Document)[format::elementsRank(kind)].name) + "/" +
           std::to_string(sax_.jsonIndex[static_cast<int>(kind)][element]);
  }

  // First use of every id across element kinds, in the order the format lists them.
  void indexIds() {
    std::size_t total = doc_.events.size() + doc_.whyNodes.size() + doc_.factors.size() + doc_.actions.size();
    firstUse_.reserve(total);
    auto add = [&](ElementKind kind, std::uint32_t i, const Id& id) {
      if (id.empty()) return;  // invalid, already reported
      auto [it, inserted] = firstUse_.emplace(id, Use{kind, i});
      if (inserted) return;
      duplicates_ = true;
      const std::uint32_t json = sax_.jsonIndex[static_cast<int>(kind)][i];
      errors_.add(0, Path{static_cast<std::uint32_t>(format::elementsRank(kind)), json, 0, 0}, elementPointer(kind, i) + "/id",
                  "duplicate id \"" + id + "\": already used by " +
                      elementPointer(it->second.kind, it->second.index));
    };
    for (std::uint32_t i = 0; i < doc_.events.size(); ++i) add(ElementKind::Event, i, doc_.events[i].id);
    for (std::uint32_t i = 0; i < doc_.whyNodes.size(); ++i) add(ElementKind::WhyNode, i, doc_.whyNodes[i].id);
    for (std::uint32_t i = 0; i < doc_.factors.size(); ++i) add(ElementKind::Factor, i, doc_.factors[i].id);
    for (std::uint32_t i = 0; i < doc_.actions.size(); ++i) add(ElementKind::Action, i, doc_.actions[i].id);
    if (!duplicates_) return;
    // Rare: an id used twice may hide a node or factor behind another kind.
    for (std::uint32_t i = 0; i < doc_.whyNodes.size(); ++i) nodes_.emplace(doc_.whyNodes[i].id, i);
    for (std::uint32_t i = 0; i < doc_.factors.size(); ++i) factors_.emplace(doc_.factors[i].id, i);
  }

  std::uint32_t find(std::string_view id, ElementKind kind) const {
    if (duplicates_) {
      const auto& map = kind == ElementKind::WhyNode ? nodes_ : factors_;
      auto it = map.find(id);
      return it == map.end() ? kNone : it->second;
    }
    auto it = firstUse_.find(id);
    return it == firstUse_.end() || it->second.kind != kind ? kNone : it->second.index;
  }

  // The id a reference holds: the row it was read from picks the member.
  const Id& target(const Reference& r) const {
    const Id* id = nullptr;
    format::withKind(format::objectKind(r.kind), [&](auto type) {
      using Element = typename decltype(type)::type;
      if constexpr (format::isElement(Table<Element>::kind)) {
        const Element& element = (doc_.*format::elementsMember<Element>())[r.element];
        format::withRow<Element>(r.field, [&](const auto& row) {
          if constexpr (format::kHasMember<decltype(row)>) {
            const auto& value = element.*row.member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Id>)
              id = &value;
            else if constexpr (std::is_same_v<T, std::vector<Id>>)
              id = &value[r.item];
          }
        });
      }
    });
    return *id;
  }

  void checkReferences() {
    std::vector<const Reference*> refs;
    refs.reserve(sax_.references.size());
    for (const Reference& r : sax_.references) refs.push_back(&r);
    // In the order of the format, whatever the order of the file.
    std::stable_sort(refs.begin(), refs.end(),
                     [](const Reference* a, const Reference* b) { return a->path < b->path; });
    for (const Reference* r : refs) {
      const ObjectKind to = format::fieldsOf(format::objectKind(r->kind))[r->field].target;
      const Id& id = target(*r);
      if (find(id, format::elementKind(to)) != kNone) continue;
      errors_.add(1, r->path, jsonread::referencePointer(*r),
                  std::string("refers to ") + (to == ObjectKind::Factor ? "factor" : "why node") + " \"" + id +
                      "\", which does not exist in this post-mortem");
    }
  }

  void treeError(std::string pointer, std::string message) {
    errors_.add(2, Path{}, std::move(pointer), std::move(message));
  }

  void checkTree() {
    const auto& nodes = doc_.whyNodes;
    const std::string list =
        "/" + std::string(format::fieldsOf(ObjectKind::Document)[format::elementsRank(ElementKind::WhyNode)].name);
    const std::string_view parentKey = format::kFieldInfos<WhyNode>[format::rankOf<WhyNode>(format::Rule::Parent)].name;
    const std::size_t n = nodes.size();
    if (n == 0) return;
    constexpr long kRoot = -1, kMissing = -2;
    std::vector<long> parent(n, kRoot);
    std::optional<std::size_t> firstRoot;
    for (std::size_t i = 0; i < n; ++i) {
      const WhyNode& node = nodes[i];
      if (node.parentId.empty()) {
        if (!firstRoot)
          firstRoot = i;
        else
          treeError(list + "/" + std::to_string(i),
                    "a second root node (no " + std::string(parentKey) + "); the 5-whys tree has one root, already " +
                        list + "/" + std::to_string(*firstRoot));
        continue;
      }
      std::uint32_t p = find(node.parentId, ElementKind::WhyNode);
      if (p == kNone) {
        parent[i] = kMissing;
        treeError(list + "/" + std::to_string(i) + "/" + std::string(parentKey),
                  "refers to why node \"" + node.parentId + "\", which does not exist in this post-mortem");
      } else {
        parent[i] = static_cast<long>(p);
      }
    }

    // Follow parent links without recursion; a link back into the current path is a cycle.
    enum : unsigned char { kUnseen, kOnPath, kDone };
    std::vector<unsigned char> state(n, kUnseen);
    std::vector<std::size_t> path;
    bool anyCycle = false;
    for (std::size_t start = 0; start < n; ++start) {
      if (state[start] != kUnseen) continue;
      path.clear();
      long k = static_cast<long>(start);
      while (k >= 0 && state[k] == kUnseen) {
        state[k] = kOnPath;
        path.push_back(static_cast<std::size_t>(k));
        k = parent[k];
      }
      if (k >= 0 && state[k] == kOnPath) {
        anyCycle = true;
        std::string chain = "\"" + nodes[k].id + "\"";
        int shown = 0;
        for (long c = parent[k]; c != k && shown < 8; c = parent[c], ++shown)
          chain += " -> \"" + nodes[c].id + "\"";
        chain += shown < 8 ? " -> \"" + nodes[k].id + "\"" : " -> ...";
        treeError(list + "/" + std::to_string(k) + "/" + std::string(parentKey),
                  "parent links form a cycle (" + chain + "); the 5-whys tree must not loop");
      }
      for (std::size_t p : path) state[p] = kDone;
    }
    if (!firstRoot && !anyCycle)
      treeError(list, "the 5-whys tree has no root: one node must have no " + std::string(parentKey));
  }

  struct Use {
    ElementKind kind;
    std::uint32_t index;
  };

  const PostMortem& doc_;
  const ModelSax& sax_;
  ErrorCollector& errors_;
  // Keys point into doc_'s strings, which no longer move.
  std::unordered_map<std::string_view, Use> firstUse_;
  std::unordered_map<std::string_view, std::uint32_t> nodes_, factors_;
  bool duplicates_ = false;
};

std::string nulByteMessage(std::string_view text, std::size_t at, bool afterDocument) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return "invalid JSON: a NUL byte at line " + std::to_string(line) + ", column " + std::to_string(column) +
         " (byte " + std::to_string(at) + ")" + (afterDocument ? ", after the end of the document" : "") +
         "; a JSON text has no NUL bytes";
}

void normalise(PostMortem& doc) {
  auto byTime = [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; };
  if (!std::is_sorted(doc.events.begin(), doc.events.end(), byTime))
    std::stable_sort(doc.events.begin(), doc.events.end(), byTime);
  std::sort(doc.triggers.begin(), doc.triggers.end());
  doc.triggers.erase(std::unique(doc.triggers.begin(), doc.triggers.end()), doc.triggers.end());
  auto& hints = doc.dismissedHints;
  std::sort(hints.begin(), hints.end());
  hints.erase(std::unique(hints.begin(), hints.end()), hints.end());
}

}  // namespace

LoadResult loadPostMortemJson(std::string_view text, std::string_view fileName,
                              const ReadLimits& limits) noexcept {
  LoadResult result;
  std::string file(fileName);
  if (text.size() > limits.maxFileBytes) {
    result.errors.push_back({file, "", "file of " + std::to_string(text.size()) +
                                           " bytes is larger than the limit of " +
                                           std::to_string(limits.maxFileBytes)});
    return result;
  }
  PostMortem doc;
  ErrorCollector errors(file, limits.maxErrors);
  ModelSax sax(doc, limits, errors);
  const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &sax,
                                                nlohmann::detail::input_format_t::json,
                                                /*strict=*/true, /*ignore_comments=*/false);
  // nlohmann reads a NUL byte as the end of the input: say so ourselves, or whatever
  // follows a NUL would be silently ignored.
  const bool ok = parsed && !sax.failure;
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    if (ok || (sax.failure && sax.failure->message.find("end of input") != std::string::npos)) {
      result.errors.push_back({file, ok ? "" : sax.failure->pointer, nulByteMessage(text, nul, ok)});
      return result;
    }
  }
  if (!parsed || sax.failure) {
    result.errors.push_back(sax.failure ? *sax.failure : LoadError{file, "", "invalid JSON"});
    return result;
  }
  if (sax.headerError) {
    result.errors.push_back(*sax.headerError);
    return result;
  }
  WholeDocumentChecks(doc, sax, errors).run();
  if (!errors.empty()) {
    result.errors = errors.finish();
    return result;
  }
  normalise(doc);
  result.doc = std::move(doc);
  return result;
}

}  // namespace hs
