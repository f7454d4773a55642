// The format tables (core/io/format_table.h) against the JSON Schema that ships
// in assets/: the same fields, in the same order, the same required ones, and
// values described alike; and the generic walks the merge and the writer use.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/io/format_table.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "io_test_support.h"

using namespace hs;
using namespace hs::format;
using Ordered = nlohmann::ordered_json;

namespace {

Ordered schema() { return Ordered::parse(hs::testing::sourceFile("assets/schema/postmortem.schema.json")); }

// The schema object describing a kind: the root, a property of it, or a $defs entry.
const Ordered& schemaOf(const Ordered& s, ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Document: return s;
    case ObjectKind::Impact: return s["properties"]["impact"];
    case ObjectKind::Sections: return s["properties"]["sections"];
    case ObjectKind::Event: return s["$defs"]["event"];
    case ObjectKind::WhyNode: return s["$defs"]["whyNode"];
    case ObjectKind::Factor: return s["$defs"]["factor"];
    case ObjectKind::Action: return s["$defs"]["action"];
  }
  return s;
}

// Follows "$ref": "#/$defs/name".
const Ordered& resolve(const Ordered& s, const Ordered& v) {
  if (v.contains("$ref")) {
    const std::string ref = v["$ref"].get<std::string>();
    REQUIRE(ref.rfind("#/$defs/", 0) == 0);
    return s["$defs"][ref.substr(8)];
  }
  return v;
}

template <class E> Ordered enumNames() {
  Ordered names = Ordered::array();
  for (std::string_view n : EnumTraits<E>::names) names.push_back(std::string(n));
  return names;
}

// What the schema must say of a value of `row`, checked rule by rule.
template <class Row> void checkValue(const Ordered& s, const Row& row, const Ordered& property) {
  CAPTURE(row.name);
  const Ordered& v = resolve(s, property);
  switch (row.rule) {
    case Rule::FormatTag: CHECK(v["const"] == "hindsight.postmortem"); break;
    case Rule::FormatVersion: CHECK(v["const"] == 1); break;
    case Rule::MinorVersion: CHECK(v["type"] == "integer"); CHECK(v["minimum"] == 0); break;
    case Rule::Id: case Rule::Reference: case Rule::Parent: CHECK(property["$ref"] == "#/$defs/id"); break;
    case Rule::Text: CHECK(property["$ref"] == "#/$defs/text"); break;
    case Rule::Time: CHECK(property["$ref"] == "#/$defs/dateTime"); break;
    case Rule::Bool: CHECK(v["type"] == "boolean"); break;
    case Rule::Integer:
      CHECK(v["type"] == "integer");
      CHECK(v["minimum"].template get<std::int64_t>() == row.min);
      CHECK(v["maximum"].template get<std::int64_t>() == row.max);
      break;
    case Rule::Amount:
      CHECK(v["type"] == "number");
      CHECK(v["minimum"].template get<double>() == 0.0);
      CHECK(v["maximum"].template get<double>() == kMaxAmount);
      break;
    case Rule::TextList:
      CHECK(v["type"] == "array");
      CHECK(v["items"]["$ref"] == "#/$defs/text");
      break;
    case Rule::IdList:
      CHECK(v["type"] == "array");
      CHECK(v["items"]["$ref"] == "#/$defs/id");
      break;
    case Rule::Enum: case Rule::EnumList:
      if constexpr (kHasMember<Row>) {
        using E = InnerType<typename Row::ValueType>;
        if constexpr (std::is_enum_v<E>) {
          const Ordered& e = row.rule == Rule::EnumList ? resolve(s, v["items"]) : v;
          if (row.rule == Rule::EnumList) CHECK(v["type"] == "array");
          CHECK(e["enum"] == enumNames<E>());
        }
      }
      break;
    case Rule::Object: CHECK(v["type"] == "object"); break;
    case Rule::Revision:
      CHECK(v["type"] == "string");
      CHECK(v["pattern"] == "^[0-9a-f]{64}$");
      break;
    case Rule::RevisionList:
      CHECK(v["type"] == "array");
      CHECK(v["items"]["pattern"] == "^[0-9a-f]{64}$");
      break;
    case Rule::Conflicts:
      CHECK(v["type"] == "array");
      CHECK(v["items"]["$ref"] == "#/$defs/conflict");
      break;
    case Rule::Elements:
      CHECK(v["type"] == "array");
      CHECK(&resolve(s, v["items"]) == &schemaOf(s, row.target));
      break;
  }
}

template <class Owner> void checkAgainstSchema(const Ordered& s) {
  const Ordered& object = schemaOf(s, Table<Owner>::kind);
  CAPTURE(static_cast<int>(Table<Owner>::kind));
  Ordered names = Ordered::array(), required = Ordered::array();
  forEachRow<Owner>([&](const auto& row) {
    names.push_back(std::string(row.name));
    if (row.required()) required.push_back(std::string(row.name));
  });
  Ordered schemaNames = Ordered::array();
  for (auto it = object["properties"].begin(); it != object["properties"].end(); ++it)
    schemaNames.push_back(it.key());
  CHECK(schemaNames == names);
  CHECK(object.value("required", Ordered::array()) == required);
  forEachRow<Owner>([&](const auto& row) {
    if (object["properties"].contains(std::string(row.name)))
      checkValue(s, row, object["properties"][std::string(row.name)]);
  });
}

}  // namespace

TEST_CASE("format table: each kind's properties and required fields are the schema's, in order") {
  const Ordered s = schema();
  checkAgainstSchema<PostMortem>(s);
  checkAgainstSchema<Impact>(s);
  checkAgainstSchema<Sections>(s);
  checkAgainstSchema<TimelineEvent>(s);
  checkAgainstSchema<WhyNode>(s);
  checkAgainstSchema<Factor>(s);
  checkAgainstSchema<ActionItem>(s);
}

TEST_CASE("format table: the runtime lists and lookups follow the typed tables") {
  // ActionItem: 14 rows; required are id, title, status, kind, progress, created, updated.
  const FieldList action = fieldsOf(ObjectKind::Action);
  REQUIRE(action.size() == 14);
  CHECK(action[12].name == "factor_ids");
  CHECK(action[12].rule == Rule::IdList);
  CHECK(action[12].target == ObjectKind::Factor);
  CHECK(action[12].merge == Merge::ReferenceList);
  CHECK(requiredMask<ActionItem>() == ((1u << 0) | (1u << 1) | (1u << 4) | (1u << 5) | (1u << 8) | (1u << 9) | (1u << 13)));
  CHECK(action.find("progress") == 8);
  CHECK(action.find("progress", 8) == 8);
  CHECK(action.find("progress", 3) == 8);
  CHECK(action.find("nope") == -1);
  // The document: 3 header rows, then the model; element lists where the kinds say.
  const FieldList doc = fieldsOf(ObjectKind::Document);
  CHECK(doc[0].isHeader());
  CHECK(doc[2].name == "minor_version");
  CHECK(doc[static_cast<std::size_t>(elementsRank(ElementKind::WhyNode))].name == "why_nodes");
  CHECK(doc[static_cast<std::size_t>(elementsRank(ElementKind::Action))].name == "actions");
  CHECK(rankOf<WhyNode>(Rule::Parent) == 1);
  CHECK(expectedText(ObjectKind::WhyNode, 2) == "an integer from -2147483648 to 2147483647");
  CHECK(expectedText(ObjectKind::Document, 14) ==
        "an array of one of \"production_outage\", \"data_loss_or_breach\", \"significant_user_impact\", "
        "\"missed_sla\", \"security_incident\", \"near_miss\", \"process_failure\", \"missed_deadline\", "
        "\"bug_in_production\"");
  CHECK(expectedText(ObjectKind::Factor, 3) == "an array of ids");
}

TEST_CASE("format table: forEachField walks members of several objects side by side") {
  // What a merge does: visit the same field of base, ours and theirs.
  Factor base, ours, theirs;
  base.text = "disk", ours.text = "disk full", theirs.text = "disk";
  ours.whyNodeIds = {"wn-1"};
  std::string changed;
  forEachField<Factor>(
      [&](const auto& row, const auto& b, const auto& o, const auto& t) {
        if (!(b == o && b == t)) changed += std::string(row.name) + ";";
      },
      base, ours, theirs);
  CHECK(changed == "text;why_node_ids;");
  // Writes go through the same members.
  forEachField<Factor>([](const auto& row, auto& value) {
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, TimeMs>)
      if (row.merge == Merge::UpdatedStamp) value = 42;
  }, ours);
  CHECK(ours.updated == 42);
}

TEST_CASE("format table: unknown fields that shadow every known key are never written twice") {
  // The writer remembers which rows it wrote per object, however many: an unknown
  // field named like a written field is dropped, one named like an absent field is kept.
  PostMortem d = hs::testing::sampleDoc();
  std::string shadow = "{";
  forEachRow<PostMortem>([&](const auto& row) { shadow += "\"" + std::string(row.name) + "\":0,"; });
  shadow += "\"zz_extra\":1}";
  d.unknown = shadow;
  d.durationOverride.reset();  // absent: the unknown "duration_ms" (0, valid) comes through
  d.reviewers = {"Cy"};
  d.revision = std::string(64, 'a');
  d.editedFrom = {std::string(64, 'b')};
  MergeConflict c;
  c.element = ConflictElement::Event, c.id = "ev-1", c.field = "text", c.ours = "\"x\"";
  d.conflicts = {c};
  const std::string text = toJson(d);
  LoadResult r = loadPostMortemJson(text, "shadow.json");
  REQUIRE(r.ok());
  CHECK(r.doc->durationOverride == 0);
  CHECK(r.doc->title == d.title);
  CHECK(r.doc->revision == d.revision);
  CHECK(r.doc->conflicts == d.conflicts);
  CHECK(r.doc->unknown == "{\"minor_version\":0,\"zz_extra\":1}");
  const std::string topLevelTitle = "\n  \"title\"";  // actions have titles too, deeper
  CHECK(text.find(topLevelTitle) == text.rfind(topLevelTitle));
}
