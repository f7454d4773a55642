// The exchange format described once. For each kind of object in a post-mortem
// file, a table of its fields in the order the format lists them: the order the
// writer writes them in and the reader reports errors in. Each row gives
//   - the JSON name (the only place of src/ where a key of the format is spelled),
//   - the model member it is read into and written from,
//   - whether a file must have it (an optional field is left out when empty),
//   - its value rule (the checks of core/model/value_rules.h it is held to),
//   - its merge rule (how two edited copies of it combine).
// The JSON reader (json_model_sax.cpp), the writer (json_writer.cpp), the binary
// snapshots (snapshot.cpp), the merge and the schema test walk these tables, so
// a new field is one row here plus its entry in assets/schema/postmortem.schema.json
// (tests/unit/test_format_table.cpp checks that the schema lists the same fields).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <optional>
#include <vector>

#include "core/model/postmortem.h"
#include "core/model/value_rules.h"

namespace hs::format {

// Every kind of JSON object of the format.
enum class ObjectKind : std::uint8_t { Document, Impact, Sections, Event, WhyNode, Factor, Action };
inline constexpr int kObjectKinds = 7;

// The kinds of element: objects with an id of their own, kept in lists of the document.
enum class ElementKind : std::uint8_t { Event, WhyNode, Factor, Action };
inline constexpr int kElementKinds = 4;
constexpr ObjectKind objectKind(ElementKind k) {
  return static_cast<ObjectKind>(static_cast<int>(k) + static_cast<int>(ObjectKind::Event));
}
constexpr bool isElement(ObjectKind k) { return k >= ObjectKind::Event; }
constexpr ElementKind elementKind(ObjectKind k) {
  return static_cast<ElementKind>(static_cast<int>(k) - static_cast<int>(ObjectKind::Event));
}

enum class Need : std::uint8_t {
  Required,  // a file without it is refused; always written
  Optional,  // may be absent; written only when set (non-empty text/list, true, a value)
};

// What a value must be. The member's C++ type says how it is stored; the rule
// says what the file holds and which check of value_rules.h applies.
enum class Rule : std::uint8_t {
  FormatTag,      // "format": kFormatTag (no member; checked before anything else)
  FormatVersion,  // "version": the major version, kFormatVersion (no member)
  MinorVersion,   // "minor_version": a non-negative integer, kept like an unknown field (no member)
  Id,             // the element's own id (isValidId)
  Reference,      // the id of another element, of kind `target`; must exist in the file
  Parent,         // the id of the parent why node; checked with the tree's shape
  Text,           // UTF-8 without NUL (checkText)
  Time,           // RFC 3339 in years 0000..9999 (isValidTime)
  Bool,           // true or false
  Enum,           // one of EnumTraits<E>::names of the member's enumeration
  Integer,        // an integer in [min, max]
  Amount,         // a number in [0, kMaxAmount] (isValidAmount)
  TextList,       // an array of texts
  EnumList,       // an array of wire names of the member's enumeration
  IdList,         // an array of references to elements of kind `target`
  Object,         // a nested object of kind `target` (impact, sections)
  Elements,       // an array of elements of kind `target`
  Revision,       // a revision: 64 lowercase hex digits (isRevisionText)
  RevisionList,   // an array of revisions
  Conflicts,      // the merge conflicts: an array read and written by conflicts_json.h
};

// How the three-way merge (base, ours, theirs) combines a field of one element
// that both copies have (elements are matched by id beforehand).
enum class Merge : std::uint8_t {
  Fixed,          // header and bookkeeping (revisions, conflicts): set by the writer or the merge itself
  Id,             // the identity the elements are matched by; never changes
  Scalar,         // one value: the side that changed it wins; both changed it differently: a conflict
  LongText,       // free text, often long: like Scalar, but a merge may combine edits of separate lines first
  Set,            // unordered distinct values: union of both sides' additions, minus both sides' removals
  ReferenceList,  // ids of other elements: as Set, then ids of elements that no longer exist are dropped
  OrderKey,       // position among siblings: no conflict, the later-updated side wins
  UpdatedStamp,   // the element's `updated` time: the later of both after the merge
  Object,         // a nested object (impact, sections): merged field by field with its own table
  Elements,       // a list of elements: matched by id, merged element by element
};

// One row, without its member: what runtime code (key lookup, required masks,
// error texts, the schema test) needs.
struct FieldInfo {
  std::string_view name;
  Need need = Need::Optional;
  Rule rule = Rule::Text;
  Merge merge = Merge::Scalar;
  // Reference / IdList / Parent: the kind referred to. Object / Elements: the kind inside.
  ObjectKind target = ObjectKind::Document;
  std::int64_t min = 0, max = 0;  // Integer: the allowed range

  constexpr bool required() const { return need == Need::Required; }
  // A list the reader reads item by item (Conflicts is read whole).
  constexpr bool isList() const {
    return rule == Rule::TextList || rule == Rule::EnumList || rule == Rule::IdList || rule == Rule::Elements ||
           rule == Rule::RevisionList;
  }
  constexpr bool isHeader() const {
    return rule == Rule::FormatTag || rule == Rule::FormatVersion || rule == Rule::MinorVersion;
  }
};

// A row with the model member it reads into and writes from.
template <class Owner, class T>
struct Field : FieldInfo {
  using OwnerType = Owner;
  using ValueType = T;
  T Owner::*member = nullptr;
};

// A header row of the document: no member, the writer and reader treat it apart.
struct HeaderField : FieldInfo {};

namespace rows {
inline constexpr Need kRequired = Need::Required;
inline constexpr Need kOptional = Need::Optional;

template <class O, class T>
constexpr Field<O, T> field(std::string_view name, T O::*member, Need need, Rule rule, Merge merge,
                            ObjectKind target = ObjectKind::Document) {
  Field<O, T> f{};
  f.name = name, f.need = need, f.rule = rule, f.merge = merge, f.target = target, f.member = member;
  return f;
}
template <class O, class T>
constexpr Field<O, T> integer(std::string_view name, T O::*member, Need need, std::int64_t min,
                              std::int64_t max, Merge merge) {
  Field<O, T> f = field(name, member, need, Rule::Integer, merge);
  f.min = min, f.max = max;
  return f;
}
constexpr HeaderField header(std::string_view name, Need need, Rule rule) {
  HeaderField f{};
  f.name = name, f.need = need, f.rule = rule, f.merge = Merge::Fixed;
  return f;
}
}  // namespace rows

// Table<Owner>::kind and Table<Owner>::fields (a tuple of rows), per object kind.
template <class Owner> struct Table;

template <> struct Table<PostMortem> {
  using P = PostMortem;
  static constexpr ObjectKind kind = ObjectKind::Document;
  static constexpr auto fields = std::make_tuple(
      rows::header("format", rows::kRequired, Rule::FormatTag),
      rows::header("version", rows::kRequired, Rule::FormatVersion),
      rows::header("minor_version", rows::kOptional, Rule::MinorVersion),
      rows::field("id", &P::id, rows::kRequired, Rule::Id, Merge::Id),
      rows::field("title", &P::title, rows::kRequired, Rule::Text, Merge::Scalar),
      rows::field("incident_date", &P::incidentDate, rows::kRequired, Rule::Time, Merge::Scalar),
      rows::field("severity", &P::severity, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::integer("duration_ms", &P::durationOverride, rows::kOptional, 0, kMaxDurationMs, Merge::Scalar),
      rows::field("impact", &P::impact, rows::kOptional, Rule::Object, Merge::Object, ObjectKind::Impact),
      rows::field("authors", &P::authors, rows::kOptional, Rule::TextList, Merge::Set),
      rows::field("reviewers", &P::reviewers, rows::kOptional, Rule::TextList, Merge::Set),
      rows::field("status", &P::status, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::field("tags", &P::tags, rows::kOptional, Rule::TextList, Merge::Set),
      rows::field("services", &P::services, rows::kOptional, Rule::TextList, Merge::Set),
      rows::field("triggers", &P::triggers, rows::kOptional, Rule::EnumList, Merge::Set),
      rows::field("created", &P::created, rows::kRequired, Rule::Time, Merge::Scalar),
      rows::field("updated", &P::updated, rows::kRequired, Rule::Time, Merge::UpdatedStamp),
      rows::field("sections", &P::sections, rows::kOptional, Rule::Object, Merge::Object, ObjectKind::Sections),
      rows::field("events", &P::events, rows::kOptional, Rule::Elements, Merge::Elements, ObjectKind::Event),
      rows::field("why_nodes", &P::whyNodes, rows::kOptional, Rule::Elements, Merge::Elements,
                  ObjectKind::WhyNode),
      rows::field("factors", &P::factors, rows::kOptional, Rule::Elements, Merge::Elements, ObjectKind::Factor),
      rows::field("actions", &P::actions, rows::kOptional, Rule::Elements, Merge::Elements, ObjectKind::Action),
      rows::field("dismissed_hints", &P::dismissedHints, rows::kOptional, Rule::TextList, Merge::Set),
      rows::field("conflicts", &P::conflicts, rows::kOptional, Rule::Conflicts, Merge::Fixed),
      rows::field("revision", &P::revision, rows::kOptional, Rule::Revision, Merge::Fixed),
      rows::field("edited_from", &P::editedFrom, rows::kOptional, Rule::RevisionList, Merge::Fixed));
};

template <> struct Table<Impact> {
  using I = Impact;
  static constexpr ObjectKind kind = ObjectKind::Impact;
  static constexpr auto fields = std::make_tuple(
      rows::field("text", &I::text, rows::kOptional, Rule::Text, Merge::LongText),
      rows::integer("users_affected", &I::usersAffected, rows::kOptional, 0, kMaxCount, Merge::Scalar),
      rows::field("revenue_lost", &I::revenueLost, rows::kOptional, Rule::Amount, Merge::Scalar));
};

template <> struct Table<Sections> {
  using S = Sections;
  static constexpr ObjectKind kind = ObjectKind::Sections;
  static constexpr auto fields = std::make_tuple(
      rows::field("summary", &S::summary, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("detection", &S::detection, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("response", &S::response, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("root_cause", &S::rootCause, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("went_well", &S::wentWell, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("lessons_learned", &S::lessonsLearned, rows::kOptional, Rule::Text, Merge::LongText));
};

template <> struct Table<TimelineEvent> {
  using E = TimelineEvent;
  static constexpr ObjectKind kind = ObjectKind::Event;
  static constexpr auto fields = std::make_tuple(
      rows::field("id", &E::id, rows::kRequired, Rule::Id, Merge::Id),
      rows::field("time", &E::time, rows::kRequired, Rule::Time, Merge::Scalar),
      rows::field("kind", &E::kind, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::field("text", &E::text, rows::kRequired, Rule::Text, Merge::LongText),
      rows::field("decision_point", &E::decisionPoint, rows::kOptional, Rule::Bool, Merge::Scalar),
      rows::field("why_node_id", &E::whyNodeId, rows::kOptional, Rule::Reference, Merge::Scalar,
                  ObjectKind::WhyNode),
      rows::field("updated", &E::updated, rows::kRequired, Rule::Time, Merge::UpdatedStamp));
};

template <> struct Table<WhyNode> {
  using N = WhyNode;
  static constexpr ObjectKind kind = ObjectKind::WhyNode;
  static constexpr auto fields = std::make_tuple(
      rows::field("id", &N::id, rows::kRequired, Rule::Id, Merge::Id),
      rows::field("parent_id", &N::parentId, rows::kOptional, Rule::Parent, Merge::Scalar, ObjectKind::WhyNode),
      rows::integer("order", &N::order, rows::kRequired, kMinOrder, kMaxOrder, Merge::OrderKey),
      rows::field("text", &N::text, rows::kRequired, Rule::Text, Merge::Scalar),
      rows::field("root_cause", &N::rootCause, rows::kOptional, Rule::Bool, Merge::Scalar),
      rows::field("category", &N::category, rows::kOptional, Rule::Enum, Merge::Scalar),
      rows::field("notes", &N::notes, rows::kOptional, Rule::Text, Merge::LongText),
      rows::field("updated", &N::updated, rows::kRequired, Rule::Time, Merge::UpdatedStamp));
};

template <> struct Table<Factor> {
  using F = Factor;
  static constexpr ObjectKind kind = ObjectKind::Factor;
  static constexpr auto fields = std::make_tuple(
      rows::field("id", &F::id, rows::kRequired, Rule::Id, Merge::Id),
      rows::field("category", &F::category, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::field("text", &F::text, rows::kRequired, Rule::Text, Merge::Scalar),
      rows::field("why_node_ids", &F::whyNodeIds, rows::kOptional, Rule::IdList, Merge::ReferenceList,
                  ObjectKind::WhyNode),
      rows::field("updated", &F::updated, rows::kRequired, Rule::Time, Merge::UpdatedStamp));
};

template <> struct Table<ActionItem> {
  using A = ActionItem;
  static constexpr ObjectKind kind = ObjectKind::Action;
  static constexpr auto fields = std::make_tuple(
      rows::field("id", &A::id, rows::kRequired, Rule::Id, Merge::Id),
      rows::field("title", &A::title, rows::kRequired, Rule::Text, Merge::Scalar),
      rows::field("owner", &A::owner, rows::kOptional, Rule::Text, Merge::Scalar),
      rows::field("due", &A::due, rows::kOptional, Rule::Time, Merge::Scalar),
      rows::field("status", &A::status, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::field("kind", &A::kind, rows::kRequired, Rule::Enum, Merge::Scalar),
      rows::field("link", &A::link, rows::kOptional, Rule::Text, Merge::Scalar),
      rows::field("notes", &A::notes, rows::kOptional, Rule::Text, Merge::LongText),
      rows::integer("progress", &A::progress, rows::kRequired, kMinProgress, kMaxProgress, Merge::Scalar),
      rows::field("created", &A::created, rows::kRequired, Rule::Time, Merge::Scalar),
      rows::field("completed", &A::completed, rows::kOptional, Rule::Time, Merge::Scalar),
      rows::field("why_node_ids", &A::whyNodeIds, rows::kOptional, Rule::IdList, Merge::ReferenceList,
                  ObjectKind::WhyNode),
      rows::field("factor_ids", &A::factorIds, rows::kOptional, Rule::IdList, Merge::ReferenceList,
                  ObjectKind::Factor),
      rows::field("updated", &A::updated, rows::kRequired, Rule::Time, Merge::UpdatedStamp));
};

// ---------------------------------------------------------------- walking the tables

template <class Owner>
inline constexpr std::size_t kFieldCount = std::tuple_size_v<std::decay_t<decltype(Table<Owner>::fields)>>;

template <class F> inline constexpr bool kHasMember = !std::is_same_v<std::decay_t<F>, HeaderField>;

// Calls fn(row) for every row of Owner's table, header rows included, in table order.
template <class Owner, class Fn>
constexpr void forEachRow(Fn&& fn) {
  std::apply([&](const auto&... row) { (fn(row), ...); }, Table<Owner>::fields);
}

// The row of rank Rank of Owner's table, usable in constant expressions
// (if constexpr (kRow<Owner, Rank>.rule == Rule::Time) ...).
template <class Owner, std::size_t Rank>
inline constexpr const auto& kRow = std::get<Rank>(Table<Owner>::fields);

// Calls fn(std::integral_constant<std::size_t, Rank>()) for every rank of Owner's
// table: for code that picks what to do per row at compile time through kRow.
template <class Owner, class Fn, std::size_t... Rank>
constexpr void forEachRankOf(Fn&& fn, std::index_sequence<Rank...>) {
  (fn(std::integral_constant<std::size_t, Rank>()), ...);
}
template <class Owner, class Fn>
constexpr void forEachRank(Fn&& fn) {
  forEachRankOf<Owner>(fn, std::make_index_sequence<std::tuple_size_v<std::decay_t<decltype(Table<Owner>::fields)>>>());
}

// Calls fn(row, objects.*row.member...) for every row with a member, in table
// order: one object to write or check it, two or three to compare or merge them.
//   forEachField<ActionItem>([](const auto& row, auto& base, auto& ours, auto& theirs) {...},
//                            base, ours, theirs);
template <class Owner, class Fn, class... Objects>
constexpr void forEachField(Fn&& fn, Objects&... objects) {
  forEachRow<Owner>([&](const auto& row) {
    if constexpr (kHasMember<decltype(row)>) fn(row, objects.*row.member...);
  });
}

// Calls fn(row) with the typed row of rank `rank` (its index in the table).
template <class Owner, class Fn>
constexpr void withRow(std::size_t rank, Fn&& fn) {
  std::size_t i = 0;
  forEachRow<Owner>([&](const auto& row) {
    if (i++ == rank) fn(row);
  });
}

template <class T> struct Type { using type = T; };

// Calls fn(Type<Owner>{}) for the model type of a kind: the way from a kind
// known at run time to the typed table (`typename decltype(t)::type`).
template <class Fn>
constexpr void withKind(ObjectKind kind, Fn&& fn) {
  switch (kind) {
    case ObjectKind::Document: return fn(Type<PostMortem>{});
    case ObjectKind::Impact: return fn(Type<Impact>{});
    case ObjectKind::Sections: return fn(Type<Sections>{});
    case ObjectKind::Event: return fn(Type<TimelineEvent>{});
    case ObjectKind::WhyNode: return fn(Type<WhyNode>{});
    case ObjectKind::Factor: return fn(Type<Factor>{});
    case ObjectKind::Action: return fn(Type<ActionItem>{});
  }
}

// The rows of a kind without their members, for code that works at run time.
struct FieldList {
  const FieldInfo* rows = nullptr;
  std::size_t count = 0;
  const FieldInfo* begin() const { return rows; }
  const FieldInfo* end() const { return rows + count; }
  std::size_t size() const { return count; }
  const FieldInfo& operator[](std::size_t i) const { return rows[i]; }
  // Rank of the row named `name`, or -1 ("guess": the rank to try first).
  int find(std::string_view name, int guess = 0) const;
};

template <class Owner>
constexpr std::array<FieldInfo, kFieldCount<Owner>> fieldInfos() {
  return std::apply([](const auto&... row) { return std::array<FieldInfo, sizeof...(row)>{FieldInfo(row)...}; },
                    Table<Owner>::fields);
}
template <class Owner> inline constexpr auto kFieldInfos = fieldInfos<Owner>();

FieldList fieldsOf(ObjectKind kind);

// Rank of the row of the document's table with rule `rule` and `target` (for
// instance the list holding the elements of a kind); -1 when none.
constexpr int documentRank(Rule rule, ObjectKind target) {
  const auto& rows = kFieldInfos<PostMortem>;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].rule == rule && rows[i].target == target) return static_cast<int>(i);
  return -1;
}
// Rank of the first row of Owner's table with rule `rule`; -1 when none.
template <class Owner> constexpr int rankOf(Rule rule) {
  const auto& rows = kFieldInfos<Owner>;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].rule == rule) return static_cast<int>(i);
  return -1;
}
// Rank of the document's list of elements of `kind` ("events", "why_nodes", ...).
constexpr int elementsRank(ElementKind kind) { return documentRank(Rule::Elements, objectKind(kind)); }

// Where objects of a type live in a document: the list of an element type
// (&PostMortem::events, ...) and the member of a nested object (&PostMortem::impact).
template <class Element> constexpr auto elementsMember() {
  return std::get<elementsRank(elementKind(Table<Element>::kind))>(Table<PostMortem>::fields).member;
}
template <class Nested> constexpr auto nestedMember() {
  return std::get<documentRank(Rule::Object, Table<Nested>::kind)>(Table<PostMortem>::fields).member;
}

// Bit i set when row i of Owner's table is required.
template <class Owner>
constexpr std::uint64_t requiredMask() {
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < kFieldInfos<Owner>.size(); ++i)
    if (kFieldInfos<Owner>[i].required()) mask |= std::uint64_t(1) << i;
  return mask;
}

// ---------------------------------------------------------------- what a value should be

inline constexpr const char* kExpectId = "an id (1 to 64 characters of A-Z a-z 0-9 _ -)";
inline constexpr const char* kExpectTime = "an RFC 3339 date-time such as \"2026-01-15T14:32:00Z\"";
inline constexpr const char* kExpectAmount = "a number from 0 to 1e15";
inline constexpr const char* kExpectRevision = "a revision (64 hex digits, lowercase)";

// The value type behind optional<> and vector<>: what an Enum / EnumList row holds.
template <class T> struct Inner { using type = T; };
template <class T> struct Inner<std::optional<T>> { using type = T; };
template <class T> struct Inner<std::vector<T>> { using type = T; };
template <class T> using InnerType = typename Inner<T>::type;

// "one of \"sev1\", \"sev2\", ..." for errors.
template <class E> std::string expectedEnum() {
  std::string out = "one of ";
  for (std::size_t i = 0; i < EnumTraits<E>::names.size(); ++i) {
    if (i) out += ", ";
    out += '"';
    out += EnumTraits<E>::names[i];
    out += '"';
  }
  return out;
}

// "an integer from 0 to 100" ("a non-negative integer" / "an integer" when unbounded above).
std::string expectedInteger(std::int64_t min, std::int64_t max);
// What the header fields must be.
std::string expectedHeader(Rule rule);

// The text an error says a field's value should have been: "an RFC 3339
// date-time such as ...", "one of \"sev1\", ...", "an integer from 0 to 100".
// `item`: for an element of a list field rather than the field itself.
template <class Row> std::string expectedText(const Row& row, bool item = false) {
  if constexpr (!kHasMember<Row>) {
    return expectedHeader(row.rule);
  } else {
    using V = InnerType<typename Row::ValueType>;
    switch (row.rule) {
      case Rule::Id: case Rule::Reference: case Rule::Parent: return kExpectId;
      case Rule::Text: return "a string";
      case Rule::Time: return kExpectTime;
      case Rule::Bool: return "true or false";
      case Rule::Integer: return expectedInteger(row.min, row.max);
      case Rule::Amount: return kExpectAmount;
      case Rule::TextList: return item ? "a string" : "an array of strings";
      case Rule::IdList: return item ? kExpectId : "an array of ids";
      case Rule::Object: return "an object";
      case Rule::Elements: return item ? "an object" : "an array";
      case Rule::Revision: return kExpectRevision;
      case Rule::RevisionList: return item ? kExpectRevision : "an array of revisions";
      case Rule::Conflicts: return "an array of conflicts";
      case Rule::Enum: case Rule::EnumList:
        if constexpr (std::is_enum_v<V>) return (row.rule == Rule::EnumList && !item ? "an array of " : "") + expectedEnum<V>();
        break;
      default: break;
    }
    return {};
  }
}
// The same for the row of rank `rank` of a kind, known at run time.
std::string expectedText(ObjectKind kind, std::size_t rank);

// ---------------------------------------------------------------- checks of the tables

template <class T, class = void> struct HasTable : std::false_type {};
template <class T> struct HasTable<T, std::void_t<decltype(Table<T>::kind)>> : std::true_type {};

// Whether a row's rule fits its member's type (and its target the nested type).
template <class Row> constexpr bool ruleFitsMember(const Row& row) {
  if constexpr (!kHasMember<Row>) {
    return row.isHeader();
  } else {
    using T = typename Row::ValueType;
    using V = InnerType<T>;
    constexpr bool isList = std::is_same_v<T, std::vector<V>>;
    constexpr bool isOptional = std::is_same_v<T, std::optional<V>>;
    switch (row.rule) {
      case Rule::Id: case Rule::Reference: case Rule::Parent: case Rule::Text:
        return std::is_same_v<T, std::string>;
      case Rule::Time: return std::is_same_v<V, TimeMs> && !isList;
      case Rule::Bool: return std::is_same_v<T, bool>;
      case Rule::Enum: return std::is_enum_v<V> && !isList;
      case Rule::Integer: return std::is_integral_v<V> && !std::is_same_v<V, bool> && !isList;
      case Rule::Amount: return std::is_same_v<V, double> && !isList;
      case Rule::TextList: case Rule::IdList: case Rule::RevisionList:
        return std::is_same_v<T, std::vector<std::string>>;
      case Rule::Revision: return std::is_same_v<T, std::string>;
      case Rule::Conflicts: return std::is_same_v<T, std::vector<MergeConflict>>;
      case Rule::EnumList: return std::is_enum_v<V> && isList;
      case Rule::Object:
        if constexpr (HasTable<T>::value && !isList && !isOptional) return Table<T>::kind == row.target;
        return false;
      case Rule::Elements:
        if constexpr (isList && HasTable<V>::value) return Table<V>::kind == row.target && isElement(row.target);
        return false;
      default: return false;
    }
  }
}
template <class Owner> constexpr bool tableFits() {
  bool ok = true;
  forEachRow<Owner>([&](const auto& row) { ok = ok && ruleFitsMember(row); });
  return ok && kFieldCount<Owner> <= 64;  // ranks are bits of 64-bit masks
}
static_assert(tableFits<PostMortem>() && tableFits<Impact>() && tableFits<Sections>() &&
                  tableFits<TimelineEvent>() && tableFits<WhyNode>() && tableFits<Factor>() &&
                  tableFits<ActionItem>(),
              "a row of the format tables has a rule that does not fit its member");

}  // namespace hs::format
