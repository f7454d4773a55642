#include "core/io/json_model_sax.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "core/io/conflicts_json.h"
#include "core/io/format_version.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"

namespace hs::jsonread {
namespace {

using Json = nlohmann::json;
constexpr std::int64_t kMaxInt64 = std::numeric_limits<std::int64_t>::max();

constexpr const char* kExpectId = "an id (1 to 64 characters of A-Z a-z 0-9 _ -)";
constexpr const char* kExpectAmount = "a number from 0 to 1e15";
constexpr const char* kExpectTime = "an RFC 3339 date-time such as \"2026-01-15T14:32:00Z\"";

// Field tables, in the order the format lists (and the reader checks) them.
constexpr std::string_view kDocFields[] = {
    "format", "version", "minor_version", "id", "title", "incident_date", "severity",
    "duration_ms", "impact", "authors", "reviewers", "status", "tags", "services", "triggers",
    "created", "updated", "sections", "events", "why_nodes", "factors", "actions",
    "dismissed_hints", "conflicts", "revision", "edited_from"};
enum DocField {
  kFormat, kVersion, kMinorVersion, kDocId, kTitle, kIncidentDate, kSeverity, kDurationMs,
  kImpact, kAuthors, kReviewers, kDocStatus, kTags, kServices, kTriggers, kCreated, kUpdated,
  kSections, kEvents, kWhyNodes, kFactors, kActions, kDismissedHints, kConflicts, kRevision, kEditedFrom
};
constexpr std::string_view kImpactFields[] = {"text", "users_affected", "revenue_lost"};
constexpr std::string_view kSectionFields[] = {"summary", "detection", "response",
                                               "root_cause", "went_well", "lessons_learned"};
constexpr std::string_view kEventFields[] = {"id", "time", "kind", "text", "decision_point",
                                             "why_node_id", "updated"};
constexpr std::string_view kNodeFields[] = {"id", "parent_id", "order", "text", "root_cause",
                                            "category", "notes", "updated"};
constexpr std::string_view kFactorFields[] = {"id", "category", "text", "why_node_ids", "updated"};
constexpr std::string_view kActionFields[] = {
    "id", "title", "owner", "due", "status", "kind", "link", "notes", "progress", "created",
    "completed", "why_node_ids", "factor_ids", "updated"};

struct Table {
  const std::string_view* names;
  int size;
};
template <std::size_t N> constexpr Table table(const std::string_view (&names)[N]) {
  return {names, static_cast<int>(N)};
}
constexpr Table kElementTables[] = {table(kEventFields), table(kNodeFields), table(kFactorFields),
                                    table(kActionFields)};

// Files are usually canonical: try the field after the previous one first.
int lookup(const Table& t, const std::string& key, int previous) {
  int guess = previous + 1;
  if (guess >= 0 && guess < t.size && t.names[guess] == key) return guess;
  for (int i = 0; i < t.size; ++i)
    if (t.names[i] == key) return i;
  return -1;
}

std::string quoteShort(const std::string& s) {
  constexpr std::size_t kMax = 40;
  if (s.size() <= kMax) return "\"" + s + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + s.substr(0, cut) + "...\"";
}

template <class E> constexpr int enumFirst() { return 0; }
template <> constexpr int enumFirst<Severity>() { return 1; }
template <class E> constexpr int enumCount();
template <> constexpr int enumCount<Severity>() { return 4; }
template <> constexpr int enumCount<DocStatus>() { return kDocStatusCount; }
template <> constexpr int enumCount<EventKind>() { return kEventKindCount; }
template <> constexpr int enumCount<FactorCategory>() { return kFactorCategoryCount; }
template <> constexpr int enumCount<ActionStatus>() { return kActionStatusCount; }
template <> constexpr int enumCount<ActionKind>() { return kActionKindCount; }
template <> constexpr int enumCount<Trigger>() { return kTriggerCount; }

template <class E> std::string expectedEnum() {
  std::string out = "one of ";
  for (int i = 0; i < enumCount<E>(); ++i) {
    if (i) out += ", ";
    out += "\"";
    out += wireName(static_cast<E>(enumFirst<E>() + i));
    out += "\"";
  }
  return out;
}

std::string expectedInt(std::int64_t min, std::int64_t max) {
  if (max == kMaxInt64) return min == 0 ? "a non-negative integer" : "an integer";
  return "an integer from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string formatTagText() { return std::string("\"") + kFormatTag + "\""; }

// What a missing required field should have been, by table and rank ("" = optional).
std::string requiredExpectation(ElementKind kind, int field) {
  switch (kind) {
    case ElementKind::Event:
      switch (field) {
        case 0: return kExpectId;
        case 1: case 6: return kExpectTime;
        case 2: return expectedEnum<EventKind>();
        case 3: return "a string";
      }
      break;
    case ElementKind::WhyNode:
      switch (field) {
        case 0: return kExpectId;
        case 2: return expectedInt(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        case 3: return "a string";
        case 7: return kExpectTime;
      }
      break;
    case ElementKind::Factor:
      switch (field) {
        case 0: return kExpectId;
        case 1: return expectedEnum<FactorCategory>();
        case 2: return "a string";
        case 4: return kExpectTime;
      }
      break;
    case ElementKind::Action:
      switch (field) {
        case 0: return kExpectId;
        case 1: return "a string";
        case 4: return expectedEnum<ActionStatus>();
        case 5: return expectedEnum<ActionKind>();
        case 8: return expectedInt(0, 100);
        case 9: case 13: return kExpectTime;
      }
      break;
  }
  return {};
}

// Bit masks of the required fields.
constexpr std::uint32_t kRequiredElement[] = {
    (1u << 0) | (1u << 1) | (1u << 2) | (1u << 3) | (1u << 6),
    (1u << 0) | (1u << 2) | (1u << 3) | (1u << 7),
    (1u << 0) | (1u << 1) | (1u << 2) | (1u << 4),
    (1u << 0) | (1u << 1) | (1u << 4) | (1u << 5) | (1u << 8) | (1u << 9) | (1u << 13)};
constexpr std::uint32_t kRequiredDoc = (1u << kDocId) | (1u << kTitle) | (1u << kIncidentDate) |
                                       (1u << kSeverity) | (1u << kDocStatus) | (1u << kCreated) |
                                       (1u << kUpdated);

std::string docExpectation(int field) {
  switch (field) {
    case kDocId: return kExpectId;
    case kTitle: return "a string";
    case kSeverity: return expectedEnum<Severity>();
    case kDocStatus: return expectedEnum<DocStatus>();
    default: return kExpectTime;
  }
}

}  // namespace

// ---------------------------------------------------------------- errors

void ErrorCollector::add(std::uint8_t phase, const std::array<std::uint32_t, 4>& path,
                         std::string pointer, std::string message) {
  pending_.push_back({ErrorKey{phase, path, seq_++}, LoadError{file_, std::move(pointer), std::move(message)}});
  if (pending_.size() >= 4 * (max_ + 1) + 256) trim();
}

void ErrorCollector::trim() {
  std::sort(pending_.begin(), pending_.end(),
            [](const PendingError& a, const PendingError& b) { return a.key < b.key; });
  if (pending_.size() > max_) {
    overflow_ = true;
    pending_.resize(max_);
  }
}

std::vector<LoadError> ErrorCollector::finish() {
  trim();
  std::vector<LoadError> out;
  out.reserve(pending_.size() + 1);
  for (auto& p : pending_) out.push_back(std::move(p.error));
  if (overflow_)
    out.push_back({file_, "", "more errors not shown (stopped after " + std::to_string(max_) + ")"});
  pending_.clear();
  return out;
}

std::string_view docFieldName(std::uint32_t rank) { return kDocFields[rank]; }
std::string_view elementFieldName(ElementKind kind, std::uint32_t rank) {
  return kElementTables[static_cast<int>(kind)].names[rank];
}
std::uint32_t elementsRank(ElementKind kind) { return kEvents + static_cast<std::uint32_t>(kind); }

std::string referencePointer(const Reference& r) {
  std::string p = "/";
  p += docFieldName(r.path[0]);
  p += '/';
  p += std::to_string(r.path[1]);
  p += '/';
  p += elementFieldName(r.kind, r.path[2]);
  if (r.kind != ElementKind::Event) {  // id lists; an event has a single why_node_id
    p += '/';
    p += std::to_string(r.path[3]);
  }
  return p;
}

// ---------------------------------------------------------------- values

struct ModelSax::Value {
  enum Type : std::uint8_t { Null, Bool, Int, Uint, Float, String, Array, Object } type = Null;
  bool b = false;
  std::int64_t i = 0;
  std::uint64_t u = 0;
  double d = 0;
  std::string* s = nullptr;
  const Json* dom = nullptr;

  Json toJson() const {
    switch (type) {
      case Bool: return Json(b);
      case Int: return Json(i);
      case Uint: return Json(u);
      case Float: return Json(d);
      case String: return Json(*s);
      case Array: case Object: return *dom;
      default: return Json(nullptr);
    }
  }

  std::string describe() const {
    switch (type) {
      case Null: return "null";
      case Bool: return b ? "true" : "false";
      case Int: case Uint: case Float: return "the number " + toJson().dump();
      case String: return "the string " + quoteShort(*s);
      case Array: return "an array";
      case Object: return "an object";
    }
    return "an unsupported value";
  }
};

ModelSax::ModelSax(PostMortem& doc, const ReadLimits& limits, ErrorCollector& errors)
    : doc_(doc), limits_(limits), errors_(errors) {
  frames_.reserve(static_cast<std::size_t>(std::clamp(limits.maxDepth, 1, 256)) + 1);
}

// ---------------------------------------------------------------- frames, pointers, limits

ModelSax::Frame& ModelSax::push(Ctx ctx, bool isObject) {
  if (depth_ == frames_.size()) frames_.emplace_back();
  Frame& f = frames_[depth_++];
  f.ctx = ctx;
  f.isObject = isObject;
  f.hasKey = false;
  f.toScratch = false;
  f.tag = 0;
  f.field = -1;
  f.seen = 0;
  f.count = 0;
  f.key.clear();
  if (!f.unknown.is_null()) f.unknown = Json();
  f.dom = nullptr;
  return f;
}

std::string ModelSax::pointer(std::size_t frames) const {
  std::string p;
  for (std::size_t i = 0; i < frames; ++i) {
    const Frame& f = frames_[i];
    if (f.isObject) {
      if (f.hasKey) {
        p += '/';
        p += escapePointerToken(f.key);
      }
    } else if (f.count > 0) {
      p += '/';
      p += std::to_string(f.count - 1);
    }
  }
  return p;
}

std::array<std::uint32_t, 4> ModelSax::keyPath(std::size_t frames) const {
  std::array<std::uint32_t, 4> path{};
  for (std::size_t i = 0; i < frames && i < path.size(); ++i) {
    const Frame& f = frames_[i];
    path[i] = f.isObject ? static_cast<std::uint32_t>(std::max(f.field, 0))
                         : static_cast<std::uint32_t>(f.count ? f.count - 1 : 0);
  }
  return path;
}

bool ModelSax::fail(std::string message) {
  if (!failure) failure = LoadError{errors_.file(), pointer(depth_), std::move(message)};
  return false;
}

void ModelSax::error(std::string message) {
  errors_.add(0, keyPath(depth_), pointer(depth_), std::move(message));
}

void ModelSax::mismatch(const std::string& expected, const Value& v) {
  error("expected " + expected + ", found " + v.describe());
}

bool ModelSax::beginValue() {
  Frame* f = top();
  if (f && !f->isObject && ++f->count > limits_.maxItems)
    return fail("more than " + std::to_string(limits_.maxItems) + " elements in an array (limit)");
  return true;
}

// ---------------------------------------------------------------- SAX events

bool ModelSax::null() { return scalar(Value{}); }
bool ModelSax::boolean(bool v) {
  Value value;
  value.type = Value::Bool;
  value.b = v;
  return scalar(value);
}
bool ModelSax::number_integer(Json::number_integer_t v) {
  Value value;
  value.type = Value::Int;
  value.i = v;
  return scalar(value);
}
bool ModelSax::number_unsigned(Json::number_unsigned_t v) {
  Value value;
  value.type = Value::Uint;
  value.u = v;
  return scalar(value);
}
bool ModelSax::number_float(Json::number_float_t v, const std::string&) {
  Value value;
  value.type = Value::Float;
  value.d = v;
  return scalar(value);
}
bool ModelSax::string(std::string& v) {
  if (v.size() > limits_.maxStringBytes) {
    if (!beginValue()) return false;
    return fail("string of " + std::to_string(v.size()) + " bytes is longer than the limit of " +
                std::to_string(limits_.maxStringBytes));
  }
  Value value;
  value.type = Value::String;
  value.s = &v;
  return scalar(value);
}
bool ModelSax::binary(Json::binary_t&) { return fail("binary values are not JSON"); }

bool ModelSax::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
  std::string what = ex.what();
  // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the rest.
  if (auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
    what.erase(0, close + 2);
  // A value that fails to parse inside an array is the next element, not the last one read.
  Frame* f = top();
  if (f && !f->isObject && what.find("while parsing value") != std::string::npos &&
      !failure) {
    failure = LoadError{errors_.file(), pointer(depth_ - 1) + "/" + std::to_string(f->count),
                        "invalid JSON: " + what};
    return false;
  }
  return fail("invalid JSON: " + what);  // nlohmann names line and column
}

bool ModelSax::scalar(const Value& v) {
  if (!beginValue()) return false;
  Frame* f = top();
  if (!f) {  // a scalar document
    headerError = LoadError{errors_.file(), "",
                            "expected a JSON object (a Hindsight post-mortem), found " + v.describe()};
    return true;
  }
  if (f->ctx == Ctx::Dom) {
    domAdd(v.toJson());
    return true;
  }
  onValue(*f, v);
  return true;
}

bool ModelSax::start_object(std::size_t) { return open(true); }
bool ModelSax::start_array(std::size_t) { return open(false); }
bool ModelSax::end_object() { return close(); }
bool ModelSax::end_array() { return close(); }

bool ModelSax::open(bool isObject) {
  if (static_cast<long long>(depth_) >= limits_.maxDepth) {
    if (!beginValue()) return false;
    return fail("nesting deeper than " + std::to_string(limits_.maxDepth) + " levels");
  }
  if (!beginValue()) return false;
  Frame* parent = top();
  if (parent && parent->ctx == Ctx::Dom) {
    Json* container;
    if (parent->dom->is_array()) {
      parent->dom->push_back(isObject ? Json::object() : Json::array());
      container = &parent->dom->back();
    } else {
      container = &(*parent->dom)[parent->key];
      *container = isObject ? Json::object() : Json::array();
    }
    push(Ctx::Dom, isObject).dom = container;
    return true;
  }
  return openModelChild(parent, isObject);
}

// Decides what a container at the current position is: a model object/list when
// it has the expected type, else a DOM (an unknown field, or a wrong type).
bool ModelSax::openModelChild(Frame* parent, bool isObject) {
  auto capture = [&](Json* slot, bool toScratch) {
    *slot = isObject ? Json::object() : Json::array();
    Frame& f = push(Ctx::Dom, isObject);
    f.dom = slot;
    f.toScratch = toScratch;
    return true;
  };
  auto wrongType = [&] { return capture(&scratch_, true); };
  auto model = [&](Ctx ctx, std::uint8_t tag) {
    push(ctx, isObject).tag = tag;
    return true;
  };

  if (!parent) return isObject ? model(Ctx::Doc, 0) : wrongType();
  const int field = parent->field;
  switch (parent->ctx) {
    case Ctx::Doc:
      if (field < 0) return capture(&unknownSlot(*parent), false);
      if (isObject && field == kImpact) return model(Ctx::Impact, 0);
      if (isObject && field == kSections) return model(Ctx::Sections, 0);
      if (!isObject) {
        switch (field) {
          case kAuthors: case kReviewers: case kTags: case kServices: case kDismissedHints: case kEditedFrom:
            return model(Ctx::StringList, static_cast<std::uint8_t>(field));
          case kTriggers: return model(Ctx::Triggers, 0);
          case kEvents: case kWhyNodes: case kFactors: case kActions:
            return model(Ctx::Elements, static_cast<std::uint8_t>(field - kEvents));
        }
      }
      return wrongType();
    case Ctx::Impact:
    case Ctx::Sections:
    case Ctx::Element:
      if (field < 0) return capture(&unknownSlot(*parent), false);
      if (!isObject && parent->ctx == Ctx::Element &&
          ((parent->tag == static_cast<int>(ElementKind::Factor) && field == 3) ||
           (parent->tag == static_cast<int>(ElementKind::Action) && (field == 11 || field == 12))))
        return model(Ctx::IdList, static_cast<std::uint8_t>(field));
      return wrongType();
    case Ctx::Elements:
      if (isObject) {
        const auto kind = static_cast<ElementKind>(parent->tag);
        jsonIndex[parent->tag].push_back(static_cast<std::uint32_t>(parent->count - 1));
        switch (kind) {
          case ElementKind::Event: doc_.events.emplace_back(); break;
          case ElementKind::WhyNode: doc_.whyNodes.emplace_back(); break;
          case ElementKind::Factor: doc_.factors.emplace_back(); break;
          case ElementKind::Action: doc_.actions.emplace_back(); break;
        }
        return model(Ctx::Element, parent->tag);
      }
      return wrongType();
    default:
      return wrongType();
  }
}

bool ModelSax::key(std::string& k) {
  Frame& f = *top();
  f.key = k;
  if (k.size() > limits_.maxStringBytes)
    return fail("string of " + std::to_string(k.size()) + " bytes is longer than the limit of " +
                std::to_string(limits_.maxStringBytes));
  if (++f.count > limits_.maxItems)
    return fail("more than " + std::to_string(limits_.maxItems) + " members (limit)");
  if (f.ctx == Ctx::Dom) {
    if (f.dom->contains(k)) return fail("duplicate key \"" + k + "\" in this object");
    f.hasKey = true;
    return true;
  }
  Table t{};
  switch (f.ctx) {
    case Ctx::Doc: t = table(kDocFields); break;
    case Ctx::Impact: t = table(kImpactFields); break;
    case Ctx::Sections: t = table(kSectionFields); break;
    default: t = kElementTables[f.tag]; break;
  }
  const int field = lookup(t, k, f.field);
  if (field >= 0) {
    if (f.seen & (1u << field)) return fail("duplicate key \"" + k + "\" in this object");
    f.seen |= 1u << field;
  } else if (f.unknown.is_object() && f.unknown.contains(k)) {
    return fail("duplicate key \"" + k + "\" in this object");
  }
  f.field = field;
  f.hasKey = true;
  return true;
}

bool ModelSax::close() {
  Frame& f = frames_[depth_ - 1];
  if (f.ctx == Ctx::Dom) {
    const bool deliver = f.toScratch;
    --depth_;
    if (deliver) {
      Value v;
      v.type = scratch_.is_array() ? Value::Array : Value::Object;
      v.dom = &scratch_;
      if (Frame* parent = top())
        onValue(*parent, v);
      else
        headerError = LoadError{errors_.file(), "",
                                "expected a JSON object (a Hindsight post-mortem), found an array"};
      scratch_ = Json();
    }
    return true;
  }
  if (f.isObject) endModelObject(f);
  --depth_;
  return true;
}

// ---------------------------------------------------------------- DOM parts

void ModelSax::domAdd(Json&& v) {
  Frame& f = *top();
  if (f.dom->is_array())
    f.dom->push_back(std::move(v));
  else
    (*f.dom)[f.key] = std::move(v);
}

Json& ModelSax::unknownSlot(Frame& f) {
  if (!f.unknown.is_object()) f.unknown = Json::object();
  return f.unknown[f.key];
}

// ---------------------------------------------------------------- checks of single values

bool ModelSax::takeString(const Value& v, std::string& out) {
  if (v.type != Value::String) {
    mismatch("a string", v);
    return false;
  }
  if (auto problem = checkText(*v.s)) {
    error("expected UTF-8 text without NUL characters, found " + problem->what + " at byte " +
          std::to_string(problem->offset));
    return false;
  }
  out.assign(*v.s);
  return true;
}

bool ModelSax::takeId(const Value& v, Id& out) {
  if (v.type != Value::String || !isValidId(*v.s)) {
    mismatch(kExpectId, v);
    return false;
  }
  out.assign(*v.s);
  return true;
}

bool ModelSax::takeTime(const Value& v, TimeMs& out) {
  // Years 0000..9999 in UTC: an offset must not push a time out of what we can write back.
  std::optional<TimeMs> t;
  if (v.type == Value::String) t = parseRfc3339(*v.s);
  if (t && !isValidTime(*t)) t.reset();
  if (!t) {
    mismatch(kExpectTime, v);
    return false;
  }
  out = *t;
  return true;
}

bool ModelSax::takeInt(const Value& v, std::int64_t min, std::int64_t max, std::int64_t& out) {
  bool ok = false;
  std::int64_t value = 0;
  if (v.type == Value::Uint) {
    ok = v.u <= static_cast<std::uint64_t>(max);
    value = static_cast<std::int64_t>(v.u);
  } else if (v.type == Value::Int) {
    value = v.i;
    ok = value >= min && value <= max;
  } else if (v.type == Value::Float) {  // "100.0" is the integer 100, as JSON Schema says
    auto integral = integralValue(v.d, min, max);
    ok = integral.has_value();
    value = integral.value_or(0);
  }
  if (!ok) {
    mismatch(expectedInt(min, max), v);
    return false;
  }
  out = value;
  return true;
}

bool ModelSax::takeBool(const Value& v, bool& out) {
  if (v.type != Value::Bool) {
    mismatch("true or false", v);
    return false;
  }
  out = v.b;
  return true;
}

template <class E>
bool ModelSax::takeEnum(const Value& v, E& out) {
  std::optional<E> e;
  if (v.type == Value::String) e = parseWire<E>(*v.s);
  if (!e) {
    mismatch(expectedEnum<E>(), v);
    return false;
  }
  out = *e;
  return true;
}

// ---------------------------------------------------------------- model objects

void ModelSax::onValue(Frame& f, const Value& v) {
  switch (f.ctx) {
    case Ctx::Doc:
    case Ctx::Impact:
    case Ctx::Sections:
    case Ctx::Element:
      if (f.field < 0) {
        if (v.type != Value::Array && v.type != Value::Object) unknownSlot(f) = v.toJson();
        return;
      }
      if (f.ctx == Ctx::Doc) return docField(f.field, v);
      if (f.ctx == Ctx::Impact) return impactField(f.field, v);
      if (f.ctx == Ctx::Sections) return sectionsField(f.field, v);
      return elementField(static_cast<ElementKind>(f.tag), f.field, v);
    default:
      return listItem(f, v);
  }
}

void ModelSax::docField(int field, const Value& v) {
  PostMortem& d = doc_;
  switch (field) {
    case kFormat:
      formatSeen_ = true;
      if (v.type != Value::String || *v.s != kFormatTag)
        formatError_ = LoadError{errors_.file(), "/format",
                                 "expected " + formatTagText() + " (a Hindsight post-mortem), found " +
                                     v.describe()};
      return;
    case kVersion: {
      versionSeen_ = true;
      if (v.type == Value::Float) {  // "1.0" is the integer 1, as JSON Schema's const says
        if (auto integral = integralValue(v.d, std::numeric_limits<std::int64_t>::min(), kMaxInt64)) {
          Value asInt = v;
          asInt.type = Value::Int;
          asInt.i = *integral;
          return docField(field, asInt);
        }
      }
      auto bad = [&](std::string message) { versionError_ = LoadError{errors_.file(), "/version", std::move(message)}; };
      if (v.type != Value::Int && v.type != Value::Uint)
        return bad("expected the integer 1, found " + v.describe());
      if (v.type == Value::Uint ? v.u > std::uint64_t(kFormatVersion) : v.i > kFormatVersion)
        return bad("this file is from a newer Hindsight (format version " + v.toJson().dump() +
                   "); this build reads version " + std::to_string(kFormatVersion) +
                   " — update Hindsight to open it");
      if ((v.type == Value::Uint ? static_cast<std::int64_t>(v.u) : v.i) < 1)
        bad("expected the integer 1, found " + v.describe());
      return;
    }
    case kMinorVersion: {
      std::int64_t minor = 0;
      takeInt(v, 0, kMaxInt64, minor);
      unknownSlot(*top()) = v.toJson();  // kept like any unknown field
      return;
    }
    case kDocId: takeId(v, d.id); return;
    case kTitle: takeString(v, d.title); return;
    case kIncidentDate: takeTime(v, d.incidentDate); return;
    case kSeverity: takeEnum(v, d.severity); return;
    case kDurationMs: {
      std::int64_t duration = 0;
      if (takeInt(v, 0, kMaxDurationMs, duration)) d.durationOverride = duration;
      return;
    }
    case kImpact: case kSections: return mismatch("an object", v);
    case kAuthors: case kReviewers: case kTags: case kServices: case kDismissedHints:
      return mismatch("an array of strings", v);
    case kDocStatus: takeEnum(v, d.status); return;
    case kTriggers: return mismatch("an array of " + expectedEnum<Trigger>(), v);
    case kCreated: takeTime(v, d.created); return;
    case kUpdated: takeTime(v, d.updated); return;
    case kEvents: case kWhyNodes: case kFactors: case kActions: return mismatch("an array", v);
    case kConflicts: {
      // Captured whole (a list of small objects with any JSON values), then read.
      if (v.type != Value::Array) return mismatch("an array of conflicts", v);
      std::string problem = readConflicts(*v.dom, d.conflicts);
      if (!problem.empty()) error("at /conflicts" + problem);
      return;
    }
    case kRevision:
      if (takeString(v, d.revision) && !isRevisionText(d.revision)) {
        d.revision.clear();
        mismatch("a revision (64 hex digits, lowercase)", v);
      }
      return;
    case kEditedFrom: return mismatch("an array of revisions", v);
  }
}

void ModelSax::impactField(int field, const Value& v) {
  Impact& impact = doc_.impact;
  switch (field) {
    case 0: takeString(v, impact.text); return;
    case 1: {
      std::int64_t users = 0;
      if (takeInt(v, 0, kMaxCount, users)) impact.usersAffected = users;
      return;
    }
    case 2: {
      double value = v.type == Value::Float ? v.d : v.type == Value::Int ? static_cast<double>(v.i)
                                                  : static_cast<double>(v.u);
      bool number = v.type == Value::Float || v.type == Value::Int || v.type == Value::Uint;
      if (number && isValidAmount(value))
        impact.revenueLost = value;
      else
        mismatch(kExpectAmount, v);
      return;
    }
  }
}

void ModelSax::sectionsField(int field, const Value& v) {
  Sections& s = doc_.sections;
  std::string* targets[] = {&s.summary, &s.detection, &s.response, &s.rootCause, &s.wentWell,
                            &s.lessonsLearned};
  takeString(v, *targets[field]);
}

void ModelSax::elementField(ElementKind kind, int field, const Value& v) {
  switch (kind) {
    case ElementKind::Event: return eventField(doc_.events.back(), field, v);
    case ElementKind::WhyNode: return nodeField(doc_.whyNodes.back(), field, v);
    case ElementKind::Factor: return factorField(doc_.factors.back(), field, v);
    case ElementKind::Action: return actionField(doc_.actions.back(), field, v);
  }
}

void ModelSax::addReference(ElementKind kind, int field, std::uint32_t item) {
  const std::size_t size = kind == ElementKind::Event ? doc_.events.size()
                           : kind == ElementKind::Factor ? doc_.factors.size()
                                                         : doc_.actions.size();
  references.push_back({keyPath(depth_), kind, static_cast<std::uint8_t>(field),
                        static_cast<std::uint32_t>(size - 1), item});
}

void ModelSax::eventField(TimelineEvent& e, int field, const Value& v) {
  switch (field) {
    case 0: takeId(v, e.id); return;
    case 1: takeTime(v, e.time); return;
    case 2: takeEnum(v, e.kind); return;
    case 3: takeString(v, e.text); return;
    case 4: takeBool(v, e.decisionPoint); return;
    case 5:
      if (takeId(v, e.whyNodeId)) addReference(ElementKind::Event, field, 0);
      return;
    case 6: takeTime(v, e.updated); return;
  }
}

void ModelSax::nodeField(WhyNode& n, int field, const Value& v) {
  switch (field) {
    case 0: takeId(v, n.id); return;
    case 1: takeId(v, n.parentId); return;
    case 2: {
      std::int64_t order = 0;
      if (takeInt(v, kMinOrder, kMaxOrder, order))
        n.order = static_cast<int>(order);
      return;
    }
    case 3: takeString(v, n.text); return;
    case 4: takeBool(v, n.rootCause); return;
    case 5: {
      FactorCategory category{};
      if (takeEnum(v, category)) n.category = category;
      return;
    }
    case 6: takeString(v, n.notes); return;
    case 7: takeTime(v, n.updated); return;
  }
}

void ModelSax::factorField(Factor& f, int field, const Value& v) {
  switch (field) {
    case 0: takeId(v, f.id); return;
    case 1: takeEnum(v, f.category); return;
    case 2: takeString(v, f.text); return;
    case 3: return mismatch("an array of ids", v);
    case 4: takeTime(v, f.updated); return;
  }
}

void ModelSax::actionField(ActionItem& a, int field, const Value& v) {
  TimeMs t = 0;
  switch (field) {
    case 0: takeId(v, a.id); return;
    case 1: takeString(v, a.title); return;
    case 2: takeString(v, a.owner); return;
    case 3:
      if (takeTime(v, t)) a.due = t;
      return;
    case 4: takeEnum(v, a.status); return;
    case 5: takeEnum(v, a.kind); return;
    case 6: takeString(v, a.link); return;
    case 7: takeString(v, a.notes); return;
    case 8: {
      std::int64_t progress = 0;
      if (takeInt(v, kMinProgress, kMaxProgress, progress)) a.progress = static_cast<int>(progress);
      return;
    }
    case 9: takeTime(v, a.created); return;
    case 10:
      if (takeTime(v, t)) a.completed = t;
      return;
    case 11: case 12: return mismatch("an array of ids", v);
    case 13: takeTime(v, a.updated); return;
  }
}

void ModelSax::listItem(Frame& f, const Value& v) {
  switch (f.ctx) {
    case Ctx::StringList: {
      std::string item;
      if (!takeString(v, item)) return;
      if (f.tag == kEditedFrom && !isRevisionText(item)) return mismatch("a revision (64 hex digits, lowercase)", v);
      std::vector<std::string>* lists[] = {&doc_.editedFrom, &doc_.authors, &doc_.reviewers, &doc_.tags,
                                           &doc_.services, &doc_.dismissedHints};
      int which = f.tag == kAuthors ? 1 : f.tag == kReviewers ? 2 : f.tag == kTags ? 3
                  : f.tag == kServices ? 4 : f.tag == kDismissedHints ? 5 : 0;
      lists[which]->push_back(std::move(item));
      return;
    }
    case Ctx::Triggers: {
      Trigger t{};
      if (takeEnum(v, t)) doc_.triggers.push_back(t);
      return;
    }
    case Ctx::Elements:
      return mismatch("an object", v);
    case Ctx::IdList: {
      const Frame& owner = frames_[depth_ - 2];
      const auto kind = static_cast<ElementKind>(owner.tag);
      std::vector<Id>& list = kind == ElementKind::Factor ? doc_.factors.back().whyNodeIds
                              : f.tag == 11               ? doc_.actions.back().whyNodeIds
                                                          : doc_.actions.back().factorIds;
      if (v.type != Value::String || !isValidId(*v.s)) return mismatch(kExpectId, v);
      list.push_back(*v.s);
      addReference(kind, f.tag, static_cast<std::uint32_t>(list.size() - 1));
      return;
    }
    default:
      return;
  }
}

void ModelSax::endModelObject(Frame& f) {
  if (f.ctx != Ctx::Doc && f.ctx != Ctx::Element && f.ctx != Ctx::Impact && f.ctx != Ctx::Sections)
    return;
  missingFields(f);
  std::string unknown;
  if (f.unknown.is_object() && !f.unknown.empty())
    unknown = f.unknown.dump(-1, ' ', false, Json::error_handler_t::replace);
  switch (f.ctx) {
    case Ctx::Doc: doc_.unknown = std::move(unknown); break;
    case Ctx::Impact: doc_.impact.unknown = std::move(unknown); break;
    case Ctx::Sections: doc_.sections.unknown = std::move(unknown); break;
    case Ctx::Element:
      switch (static_cast<ElementKind>(f.tag)) {
        case ElementKind::Event: doc_.events.back().unknown = std::move(unknown); break;
        case ElementKind::WhyNode: doc_.whyNodes.back().unknown = std::move(unknown); break;
        case ElementKind::Factor: doc_.factors.back().unknown = std::move(unknown); break;
        case ElementKind::Action: doc_.actions.back().unknown = std::move(unknown); break;
      }
      break;
    default: break;
  }
}

// Missing required fields are reported at the position of the field, as if it were there.
void ModelSax::missingFields(const Frame& f) {
  if (f.ctx == Ctx::Doc) {
    // The header is checked before anything else and alone.
    if (!formatSeen_)
      headerError = LoadError{errors_.file(), "/format",
                              "missing required field; expected " + formatTagText()};
    else if (formatError_)
      headerError = formatError_;
    else if (!versionSeen_)
      headerError = LoadError{errors_.file(), "/version", "missing required field; expected the integer 1"};
    else if (versionError_)
      headerError = versionError_;
    if (headerError) return;
  }
  std::uint32_t required = f.ctx == Ctx::Doc       ? kRequiredDoc
                           : f.ctx == Ctx::Element ? kRequiredElement[f.tag]
                                                   : 0;
  std::uint32_t missing = required & ~f.seen;
  if (!missing) return;
  const std::size_t self = depth_ - 1;  // this object's frame
  const std::string base = pointer(self);
  for (int field = 0; field < 32; ++field) {
    if (!(missing & (1u << field))) continue;
    std::array<std::uint32_t, 4> path = keyPath(self);
    if (self < path.size()) path[self] = static_cast<std::uint32_t>(field);
    std::string_view name = f.ctx == Ctx::Doc ? kDocFields[field] : kElementTables[f.tag].names[field];
    std::string expected = f.ctx == Ctx::Doc ? docExpectation(field)
                                             : requiredExpectation(static_cast<ElementKind>(f.tag), field);
    errors_.add(0, path, base + "/" + std::string(name), "missing required field; expected " + expected);
  }
}

}  // namespace hs::jsonread
