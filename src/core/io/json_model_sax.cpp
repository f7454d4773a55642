#include "core/io/json_model_sax.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "core/io/conflicts_json.h"
#include "core/io/format_version.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"

namespace hs::jsonread {

using namespace format;

namespace {

using Json = nlohmann::json;
constexpr std::int64_t kMaxInt64 = std::numeric_limits<std::int64_t>::max();

std::string quoteShort(const std::string& s) {
  constexpr std::size_t kMax = 40;
  if (s.size() <= kMax) return "\"" + s + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + s.substr(0, cut) + "...\"";
}

std::string headerPointer(Rule rule) {
  for (const FieldInfo& row : kFieldInfos<PostMortem>)
    if (row.rule == rule) return "/" + std::string(row.name);
  return {};
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

std::string referencePointer(const Reference& r) {
  const FieldInfo& list = fieldsOf(ObjectKind::Document)[r.path[0]];
  const FieldInfo& field = fieldsOf(objectKind(r.kind))[r.path[2]];
  std::string p = "/";
  p += list.name;
  p += '/';
  p += std::to_string(r.path[1]);
  p += '/';
  p += field.name;
  if (field.rule == Rule::IdList) {
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

// What the reader needs of an object kind: its table, the required fields, and
// a reader per row (instantiated from the row's rule and member type).
struct ModelSax::KindReaders {
  ObjectKind id;
  FieldList fields;
  std::uint64_t required;
  const ValueFn* field;                    // reads the value of the row of that rank
  const ValueFn* item;                     // reads an element of the list row of that rank
  void (ModelSax::*end)(std::string&&);    // stores the unknown fields of the object
  void (ModelSax::*add)();                 // element kinds: appends a new element to read into

  template <class Owner, std::size_t... Rank>
  static constexpr std::array<ValueFn, sizeof...(Rank)> fieldReaders(std::index_sequence<Rank...>) {
    return {&ModelSax::readField<Owner, Rank>...};
  }
  template <class Owner, std::size_t... Rank>
  static constexpr std::array<ValueFn, sizeof...(Rank)> itemReaders(std::index_sequence<Rank...>) {
    return {&ModelSax::readItem<Owner, Rank>...};
  }
  template <class Owner> static const KindReaders& of() {
    using Ranks = std::make_index_sequence<kFieldCount<Owner>>;
    static constexpr auto fieldFns = fieldReaders<Owner>(Ranks());
    static constexpr auto itemFns = itemReaders<Owner>(Ranks());
    static constexpr KindReaders readers{Table<Owner>::kind,
                                         FieldList{kFieldInfos<Owner>.data(), kFieldCount<Owner>},
                                         requiredMask<Owner>(),
                                         fieldFns.data(),
                                         itemFns.data(),
                                         &ModelSax::endObject<Owner>,
                                         isElement(Table<Owner>::kind) ? &ModelSax::addElement<Owner> : nullptr};
    return readers;
  }
};

const ModelSax::KindReaders& ModelSax::readersOf(ObjectKind kind) {
  const KindReaders* readers = nullptr;
  withKind(kind, [&](auto type) { readers = &KindReaders::of<typename decltype(type)::type>(); });
  return *readers;
}

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
  f.kind = nullptr;
  f.listRank = -1;
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
  auto object = [&](const KindReaders& kind) {
    push(Ctx::Object, true).kind = &kind;
    return true;
  };

  if (!parent) return isObject ? object(readersOf(ObjectKind::Document)) : wrongType();
  switch (parent->ctx) {
    case Ctx::Object: {
      const int field = parent->field;
      if (field < 0) return capture(&unknownSlot(*parent), false);
      const KindReaders* owner = parent->kind;
      const FieldInfo& row = owner->fields[static_cast<std::size_t>(field)];
      if (isObject && row.rule == Rule::Object) return object(readersOf(row.target));
      if (!isObject && row.isList()) {
        Frame& list = push(Ctx::List, false);
        list.kind = owner;
        list.listRank = field;
        return true;
      }
      return wrongType();
    }
    case Ctx::List: {
      const FieldInfo& row = parent->kind->fields[static_cast<std::size_t>(parent->listRank)];
      if (!isObject || row.rule != Rule::Elements) return wrongType();
      const KindReaders& element = readersOf(row.target);
      jsonIndex[static_cast<int>(elementKind(row.target))].push_back(static_cast<std::uint32_t>(parent->count - 1));
      (this->*element.add)();
      return object(element);
    }
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
  const int field = f.kind->fields.find(k, f.field + 1);
  if (field >= 0) {
    const std::uint64_t bit = std::uint64_t(1) << field;
    if (f.seen & bit) return fail("duplicate key \"" + k + "\" in this object");
    f.seen |= bit;
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
    mismatch(expectedInteger(min, max), v);
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

bool ModelSax::takeAmount(const Value& v, double& out) {
  const bool number = v.type == Value::Float || v.type == Value::Int || v.type == Value::Uint;
  const double value = v.type == Value::Float ? v.d
                       : v.type == Value::Int ? static_cast<double>(v.i)
                                              : static_cast<double>(v.u);
  if (!number || !isValidAmount(value)) {
    mismatch(kExpectAmount, v);
    return false;
  }
  out = value;
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

// ---------------------------------------------------------------- the tables' readers

template <class Owner> Owner& ModelSax::current() {
  if constexpr (std::is_same_v<Owner, PostMortem>)
    return doc_;
  else if constexpr (isElement(Table<Owner>::kind))
    return (doc_.*elementsMember<Owner>()).back();
  else
    return doc_.*nestedMember<Owner>();
}

template <class Owner> void ModelSax::addElement() {
  if constexpr (isElement(Table<Owner>::kind)) (doc_.*elementsMember<Owner>()).emplace_back();
}

template <class Owner> void ModelSax::endObject(std::string&& unknown) {
  current<Owner>().unknown = std::move(unknown);
}

template <class Owner, std::size_t Rank>
void ModelSax::readField(const Value& v) {
  constexpr const auto& row = std::get<Rank>(Table<Owner>::fields);
  if constexpr (!kHasMember<decltype(row)>) {
    headerField(row.rule, v);
  } else {
    auto& out = current<Owner>().*row.member;
    using V = InnerType<std::decay_t<decltype(out)>>;
    if constexpr (row.rule == Rule::Id || row.rule == Rule::Parent) {
      takeId(v, out);
    } else if constexpr (row.rule == Rule::Reference) {
      if constexpr (isElement(Table<Owner>::kind))
        if (takeId(v, out))
          addReference(elementKind(Table<Owner>::kind), (doc_.*elementsMember<Owner>()).size(), Rank, 0);
    } else if constexpr (row.rule == Rule::Text) {
      takeString(v, out);
    } else if constexpr (row.rule == Rule::Time) {
      TimeMs t = 0;
      if (takeTime(v, t)) out = t;
    } else if constexpr (row.rule == Rule::Bool) {
      takeBool(v, out);
    } else if constexpr (row.rule == Rule::Enum) {
      V e{};
      if (takeEnum(v, e)) out = e;
    } else if constexpr (row.rule == Rule::Integer) {
      std::int64_t n = 0;
      if (takeInt(v, row.min, row.max, n)) out = static_cast<V>(n);
    } else if constexpr (row.rule == Rule::Amount) {
      double amount = 0;
      if (takeAmount(v, amount)) out = amount;
    } else if constexpr (row.rule == Rule::Revision) {
      if (takeString(v, out) && !isRevisionText(out)) {
        out.clear();
        mismatch(kExpectRevision, v);
      }
    } else if constexpr (row.rule == Rule::Conflicts) {
      // Captured whole (a list of small objects holding any JSON values), then read.
      if (v.type != Value::Array) return mismatch(expectedText(row), v);
      std::string problem = readConflicts(*v.dom, out);
      if (!problem.empty()) error("at /" + std::string(row.name) + problem);
    } else {  // a list or an object given a value of another type
      mismatch(expectedText(row), v);
    }
  }
}

template <class Owner, std::size_t Rank>
void ModelSax::readItem(const Value& v) {
  constexpr const auto& row = std::get<Rank>(Table<Owner>::fields);
  if constexpr (kHasMember<decltype(row)>) {
    auto& list = current<Owner>().*row.member;
    if constexpr (row.rule == Rule::TextList) {
      std::string item;
      if (takeString(v, item)) list.push_back(std::move(item));
    } else if constexpr (row.rule == Rule::RevisionList) {
      std::string item;
      if (!takeString(v, item)) return;
      if (!isRevisionText(item)) return mismatch(kExpectRevision, v);
      list.push_back(std::move(item));
    } else if constexpr (row.rule == Rule::EnumList) {
      InnerType<std::decay_t<decltype(list)>> e{};
      if (takeEnum(v, e)) list.push_back(e);
    } else if constexpr (row.rule == Rule::IdList) {
      if (v.type != Value::String || !isValidId(*v.s)) return mismatch(kExpectId, v);
      list.push_back(*v.s);
      if constexpr (isElement(Table<Owner>::kind))
        addReference(elementKind(Table<Owner>::kind), (doc_.*elementsMember<Owner>()).size(), Rank,
                     list.size() - 1);
    } else if constexpr (row.rule == Rule::Elements) {
      mismatch(expectedText(row, /*item=*/true), v);  // objects open an element instead
    }
  }
}

// ---------------------------------------------------------------- model objects

void ModelSax::onValue(Frame& f, const Value& v) {
  if (f.ctx == Ctx::Object) {
    if (f.field < 0) {
      if (v.type != Value::Array && v.type != Value::Object) unknownSlot(f) = v.toJson();
      return;
    }
    return (this->*f.kind->field[f.field])(v);
  }
  if (f.ctx == Ctx::List) return (this->*f.kind->item[f.listRank])(v);
}

void ModelSax::headerField(Rule rule, const Value& v) {
  switch (rule) {
    case Rule::FormatTag:
      formatSeen_ = true;
      if (v.type != Value::String || *v.s != kFormatTag)
        formatError_ = LoadError{errors_.file(), headerPointer(rule),
                                 "expected " + expectedHeader(rule) + " (a Hindsight post-mortem), found " +
                                     v.describe()};
      return;
    case Rule::FormatVersion: {
      versionSeen_ = true;
      if (v.type == Value::Float) {  // "1.0" is the integer 1, as JSON Schema's const says
        if (auto integral = integralValue(v.d, std::numeric_limits<std::int64_t>::min(), kMaxInt64)) {
          Value asInt = v;
          asInt.type = Value::Int;
          asInt.i = *integral;
          return headerField(rule, asInt);
        }
      }
      auto bad = [&](std::string message) {
        versionError_ = LoadError{errors_.file(), headerPointer(rule), std::move(message)};
      };
      if (v.type != Value::Int && v.type != Value::Uint)
        return bad("expected " + expectedHeader(rule) + ", found " + v.describe());
      if (v.type == Value::Uint ? v.u > std::uint64_t(kFormatVersion) : v.i > kFormatVersion)
        return bad("this file is from a newer Hindsight (format version " + v.toJson().dump() +
                   "); this build reads version " + std::to_string(kFormatVersion) +
                   " — update Hindsight to open it");
      if ((v.type == Value::Uint ? static_cast<std::int64_t>(v.u) : v.i) < 1)
        bad("expected " + expectedHeader(rule) + ", found " + v.describe());
      return;
    }
    case Rule::MinorVersion: {
      std::int64_t minor = 0;
      takeInt(v, 0, kMaxInt64, minor);
      unknownSlot(*top()) = v.toJson();  // kept like any unknown field
      return;
    }
    default:
      return;
  }
}

void ModelSax::addReference(ElementKind kind, std::size_t elements, std::size_t field, std::size_t item) {
  references.push_back({keyPath(depth_), kind, static_cast<std::uint8_t>(field),
                        static_cast<std::uint32_t>(elements - 1), static_cast<std::uint32_t>(item)});
}

void ModelSax::endModelObject(Frame& f) {
  if (f.ctx != Ctx::Object) return;
  missingFields(f);
  std::string unknown;
  if (f.unknown.is_object() && !f.unknown.empty())
    unknown = f.unknown.dump(-1, ' ', false, Json::error_handler_t::replace);
  (this->*f.kind->end)(std::move(unknown));
}

// Missing required fields are reported at the position of the field, as if it were there.
void ModelSax::missingFields(const Frame& f) {
  if (f.kind->id == ObjectKind::Document) {
    // The header is checked before anything else and alone.
    if (!formatSeen_)
      headerError = LoadError{errors_.file(), headerPointer(Rule::FormatTag),
                              "missing required field; expected " + expectedHeader(Rule::FormatTag)};
    else if (formatError_)
      headerError = formatError_;
    else if (!versionSeen_)
      headerError = LoadError{errors_.file(), headerPointer(Rule::FormatVersion),
                              "missing required field; expected " + expectedHeader(Rule::FormatVersion)};
    else if (versionError_)
      headerError = versionError_;
    if (headerError) return;
  }
  const std::uint64_t missing = f.kind->required & ~f.seen;
  if (!missing) return;
  const std::size_t self = depth_ - 1;  // this object's frame
  const std::string base = pointer(self);
  for (std::size_t field = 0; field < f.kind->fields.size(); ++field) {
    if (!((missing >> field) & 1u)) continue;
    std::array<std::uint32_t, 4> path = keyPath(self);
    if (self < path.size()) path[self] = static_cast<std::uint32_t>(field);
    errors_.add(0, path, base + "/" + std::string(f.kind->fields[field].name),
                "missing required field; expected " + expectedText(f.kind->id, field));
  }
}

}  // namespace hs::jsonread
