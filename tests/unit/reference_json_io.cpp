// The DOM-based JSON reader and nlohmann ordered_json writer as they were before
// the SAX reader and direct writer (src/core/io/json_reader.cpp, json_writer.cpp):
// kept only as the reference the new ones are compared with, byte for byte.
#include "reference_json_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/io/format_version.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"
#include "core/model/value_rules.h"




namespace hs::reference {

struct ParseFailure {
  std::string pointer;
  std::string message;
};

namespace {

using Json = nlohmann::json;

class LimitedDomBuilder {
 public:
  LimitedDomBuilder(Json& root, const ReadLimits& limits) : root_(root), limits_(limits) {}

  std::optional<ParseFailure> failure;

  bool null() { return add(Json(nullptr)) != nullptr; }
  bool boolean(bool v) { return add(Json(v)) != nullptr; }
  bool number_integer(Json::number_integer_t v) { return add(Json(v)) != nullptr; }
  bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)) != nullptr; }
  bool number_float(Json::number_float_t v, const std::string&) { return add(Json(v)) != nullptr; }
  bool binary(Json::binary_t&) { return fail("binary values are not JSON"); }

  bool string(std::string& v) {
    if (v.size() > limits_.maxStringBytes) {
      // Point at the value being added.
      Json* slot = add(Json(nullptr));
      if (!slot) return false;
      return fail(tooLong(v.size()));
    }
    return add(Json(std::move(v))) != nullptr;
  }

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& k) {
    Frame& top = stack_.back();
    top.key = k;
    if (k.size() > limits_.maxStringBytes) return fail(tooLong(k.size()));
    if (++top.count > limits_.maxItems) return fail(tooMany("members"));
    if (top.value->contains(k)) return fail("duplicate key \"" + k + "\" in this object");
    top.hasKey = true;
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the rest.
    if (auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
      what.erase(0, close + 2);
    // A value that fails to parse inside an array is the next element, not the last one read.
    if (!stack_.empty() && stack_.back().value->is_array() &&
        what.find("while parsing value") != std::string::npos && !failure) {
      std::size_t count = stack_.back().count;
      stack_.back().count = count + 1;  // pointer() names the last element counted
      failure = ParseFailure{pointer(), "invalid JSON: " + what};
      return false;
    }
    return fail("invalid JSON: " + what);  // nlohmann names line and column
  }

 private:
  struct Frame {
    Json* value;
    std::string key;  // last key read (objects)
    bool hasKey = false;
    std::size_t count = 0;  // members or elements so far
  };

  std::string pointer() const {
    std::string p;
    for (const Frame& f : stack_) {
      if (f.value->is_object()) {
        if (f.hasKey) p += "/" + escapePointerToken(f.key);
      } else if (f.count > 0) {
        p += "/" + std::to_string(f.count - 1);
      }
    }
    return p;
  }

  bool fail(std::string message) {
    if (!failure) failure = ParseFailure{pointer(), std::move(message)};
    return false;
  }

  std::string tooLong(std::size_t size) const {
    return "string of " + std::to_string(size) + " bytes is longer than the limit of " +
           std::to_string(limits_.maxStringBytes);
  }
  std::string tooMany(const char* what) const {
    return std::string("more than ") + std::to_string(limits_.maxItems) + " " + what +
           " (limit)";
  }

  // Places a value at the current position; returns it, or nullptr on a limit.
  Json* add(Json&& v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& top = stack_.back();
    if (top.value->is_array()) {
      if (++top.count > limits_.maxItems) {
        fail(tooMany("elements in an array"));
        return nullptr;
      }
      top.value->push_back(std::move(v));
      return &top.value->back();
    }
    Json& slot = (*top.value)[top.key];
    slot = std::move(v);
    return &slot;
  }

  bool open(Json&& container) {
    if (static_cast<int>(stack_.size()) >= limits_.maxDepth) {
      add(Json(nullptr));  // so the pointer names the too-deep value
      return fail("nesting deeper than " + std::to_string(limits_.maxDepth) + " levels");
    }
    Json* slot = add(std::move(container));
    if (!slot) return false;
    stack_.push_back(Frame{slot, {}, false, 0});
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  Json& root_;
  const ReadLimits& limits_;
  std::vector<Frame> stack_;
};

}  // namespace

std::optional<ParseFailure> parseJsonLimited(std::string_view text, const ReadLimits& limits,
                                             Json& out) {
  out = Json();
  if (text.size() > limits.maxFileBytes)
    return ParseFailure{"", "file of " + std::to_string(text.size()) +
                                " bytes is larger than the limit of " +
                                std::to_string(limits.maxFileBytes)};
  LimitedDomBuilder builder(out, limits);
  bool ok = Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                            /*strict=*/true, /*ignore_comments=*/false);
  if (!ok || builder.failure) {
    out = Json();
    if (builder.failure) return builder.failure;
    return ParseFailure{"", "invalid JSON"};
  }
  return std::nullopt;
}

}  // namespace hs





namespace hs::reference {
namespace {

using Json = nlohmann::json;

constexpr const char* kExpectId = "an id (1 to 64 characters of A-Z a-z 0-9 _ -)";
constexpr const char* kExpectTime = "an RFC 3339 date-time such as \"2026-01-15T14:32:00Z\"";

// Up to 40 bytes of a string, cut on a UTF-8 character boundary.
std::string quoteShort(const std::string& s) {
  constexpr std::size_t kMax = 40;
  if (s.size() <= kMax) return "\"" + s + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + s.substr(0, cut) + "...\"";
}

std::string describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "the number " + v.dump();
    case Json::value_t::string: return "the string " + quoteShort(v.get_ref<const std::string&>());
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

template <class E> constexpr int enumFirst() { return 0; }
template <> constexpr int enumFirst<Severity>() { return 1; }

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

constexpr std::array<std::string_view, 24> kDocKeys{
    "format", "version", "id", "title", "incident_date", "severity", "duration_ms",
    "impact", "authors", "reviewers", "status", "tags", "services", "triggers",
    "created", "updated", "sections", "events", "why_nodes", "factors", "actions",
    "dismissed_hints", "revision", "edited_from"};
constexpr std::array<std::string_view, 3> kImpactKeys{"text", "users_affected", "revenue_lost"};
constexpr std::array<std::string_view, 6> kSectionKeys{
    "summary", "detection", "response", "root_cause", "went_well", "lessons_learned"};
constexpr std::array<std::string_view, 7> kEventKeys{
    "id", "time", "kind", "text", "decision_point", "why_node_id", "updated"};
constexpr std::array<std::string_view, 8> kNodeKeys{
    "id", "parent_id", "order", "text", "root_cause", "category", "notes", "updated"};
constexpr std::array<std::string_view, 5> kFactorKeys{"id", "category", "text", "why_node_ids",
                                                      "updated"};
constexpr std::array<std::string_view, 14> kActionKeys{
    "id", "title", "owner", "due", "status", "kind", "link", "notes", "progress",
    "created", "completed", "why_node_ids", "factor_ids", "updated"};

struct Reference {
  std::string pointer;
  Id target;
  bool toFactor;  // else to a why node
};

class Reader {
 public:
  Reader(std::string_view file, const ReadLimits& limits) : file_(file), limits_(limits) {}

  std::vector<LoadError> errors;

  void error(std::string pointer, std::string message) {
    if (full_) return;
    if (errors.size() >= limits_.maxErrors) {
      full_ = true;
      errors.push_back({file_, "", "more errors not shown (stopped after " +
                                       std::to_string(limits_.maxErrors) + ")"});
      return;
    }
    errors.push_back({file_, std::move(pointer), std::move(message)});
  }
  bool full() const { return full_; }

  std::optional<PostMortem> read(const Json& root) {
    if (!root.is_object()) {
      error("", "expected a JSON object (a Hindsight post-mortem), found " + describe(root));
      return std::nullopt;
    }
    if (!checkHeader(root)) return std::nullopt;

    PostMortem doc;
    const std::string base;
    readId(root, base, "id", doc.id);
    readString(root, base, "title", true, doc.title);
    readTime(root, base, "incident_date", doc.incidentDate);
    readEnum(root, base, "severity", true, doc.severity);
    std::int64_t duration = 0;
    if (readInt(root, base, "duration_ms", false, 0, kMaxDurationMs,
                duration))
      doc.durationOverride = duration;
    readImpact(root, doc.impact);
    readStringList(root, base, "authors", doc.authors);
    readStringList(root, base, "reviewers", doc.reviewers);
    readEnum(root, base, "status", true, doc.status);
    readStringList(root, base, "tags", doc.tags);
    readStringList(root, base, "services", doc.services);
    readTriggers(root, doc.triggers);
    readTime(root, base, "created", doc.created);
    readTime(root, base, "updated", doc.updated);
    readSections(root, doc.sections);
    readElements(root, "events", doc.events, &Reader::readEvent);
    readElements(root, "why_nodes", doc.whyNodes, &Reader::readNode);
    readElements(root, "factors", doc.factors, &Reader::readFactor);
    readElements(root, "actions", doc.actions, &Reader::readAction);
    readStringList(root, base, "dismissed_hints", doc.dismissedHints);
    readString(root, base, "revision", false, doc.revision);
    readStringList(root, base, "edited_from", doc.editedFrom);
    doc.unknown = unknownOf(root, kDocKeys);

    checkReferences(doc);
    checkTree(doc);
    if (!errors.empty()) return std::nullopt;

    std::stable_sort(doc.events.begin(), doc.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
    std::sort(doc.triggers.begin(), doc.triggers.end());
    doc.triggers.erase(std::unique(doc.triggers.begin(), doc.triggers.end()), doc.triggers.end());
    auto& hints = doc.dismissedHints;
    std::sort(hints.begin(), hints.end());
    hints.erase(std::unique(hints.begin(), hints.end()), hints.end());
    return doc;
  }

 private:
  static std::string at(const std::string& base, std::string_view key) {
    std::string p = base;
    p += '/';
    p += escapePointerToken(std::string(key));
    return p;
  }
  static std::string at(const std::string& base, std::size_t index) {
    return base + "/" + std::to_string(index);
  }

  void mismatch(std::string pointer, const std::string& expected, const Json& found) {
    error(std::move(pointer), "expected " + expected + ", found " + describe(found));
  }

  // `expected` is text or a callable making it: built only when there is an error.
  template <class Expected>
  static std::string expectedText(const Expected& expected) {
    if constexpr (std::is_invocable_v<Expected>)
      return expected();
    else
      return std::string(expected);
  }

  template <class Expected>
  const Json* field(const Json& obj, const std::string& base, const char* key, bool required,
                    const Expected& expected) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) error(at(base, key), "missing required field; expected " + expectedText(expected));
      return nullptr;
    }
    return &*it;
  }

  // Each reader returns true when the field was present and valid (then `out` is set).
  bool readString(const Json& obj, const std::string& base, const char* key, bool required,
                  std::string& out) {
    const Json* v = field(obj, base, key, required, "a string");
    if (!v) return false;
    if (!v->is_string()) {
      mismatch(at(base, key), "a string", *v);
      return false;
    }
    if (!textOk(at(base, key), v->get_ref<const std::string&>())) return false;
    out = v->get_ref<const std::string&>();
    return true;
  }

  bool textOk(const std::string& pointer, const std::string& text) {
    auto problem = checkText(text);
    if (problem)
      error(pointer, "expected UTF-8 text without NUL characters, found " + problem->what + " at byte " +
                         std::to_string(problem->offset));
    return !problem;
  }

  bool readId(const Json& obj, const std::string& base, const char* key, Id& out,
              bool required = true) {
    const Json* v = field(obj, base, key, required, kExpectId);
    if (!v) return false;
    if (!v->is_string() || !isValidId(v->get_ref<const std::string&>())) {
      mismatch(at(base, key), kExpectId, *v);
      return false;
    }
    out = v->get_ref<const std::string&>();
    return true;
  }

  bool parseTimeValue(const Json& v, const std::string& pointer, TimeMs& out) {
    // Years 0000..9999 in UTC: an offset must not push a time out of what we can write back.
    std::optional<TimeMs> t;
    if (v.is_string()) t = parseRfc3339(v.get_ref<const std::string&>());
    if (t && (*t < kEarliestTime || *t > kLatestTime)) t.reset();
    if (!t) {
      mismatch(pointer, kExpectTime, v);
      return false;
    }
    out = *t;
    return true;
  }

  bool readTime(const Json& obj, const std::string& base, const char* key, TimeMs& out) {
    const Json* v = field(obj, base, key, true, kExpectTime);
    return v && parseTimeValue(*v, at(base, key), out);
  }

  void readOptionalTime(const Json& obj, const std::string& base, const char* key,
                        std::optional<TimeMs>& out) {
    const Json* v = field(obj, base, key, false, kExpectTime);
    TimeMs t = 0;
    if (v && parseTimeValue(*v, at(base, key), t)) out = t;
  }

  template <class E>
  bool enumValue(const Json& v, const std::string& pointer, E& out) {
    std::optional<E> e;
    if (v.is_string()) e = parseWire<E>(v.get_ref<const std::string&>());
    if (!e) {
      mismatch(pointer, expectedEnum<E>(), v);
      return false;
    }
    out = *e;
    return true;
  }

  template <class E>
  bool readEnum(const Json& obj, const std::string& base, const char* key, bool required, E& out) {
    const Json* v = field(obj, base, key, required, &expectedEnum<E>);
    return v && enumValue(*v, at(base, key), out);
  }

  void readBool(const Json& obj, const std::string& base, const char* key, bool& out) {
    const Json* v = field(obj, base, key, false, "true or false");
    if (!v) return;
    if (!v->is_boolean()) return mismatch(at(base, key), "true or false", *v);
    out = v->get<bool>();
  }

  bool readInt(const Json& obj, const std::string& base, const char* key, bool required,
               std::int64_t min, std::int64_t max, std::int64_t& out) {
    auto expected = [&]() -> std::string {
      if (max == std::numeric_limits<std::int64_t>::max())
        return min == 0 ? "a non-negative integer" : "an integer";
      return "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    };
    const Json* v = field(obj, base, key, required, expected);
    if (!v) return false;
    bool ok = false;
    std::int64_t value = 0;
    if (v->is_number_unsigned()) {
      auto u = v->get<std::uint64_t>();
      ok = u <= static_cast<std::uint64_t>(max);
      value = static_cast<std::int64_t>(u);
    } else if (v->is_number_integer()) {
      value = v->get<std::int64_t>();
      ok = value >= min && value <= max;
    } else if (v->is_number_float()) {
      auto integral = integralValue(v->get<double>(), min, max);
      ok = integral.has_value();
      value = integral.value_or(0);
    }
    if (!ok) {
      mismatch(at(base, key), expected(), *v);
      return false;
    }
    out = value;
    return true;
  }

  void readStringList(const Json& obj, const std::string& base, const char* key,
                      std::vector<std::string>& out) {
    const Json* v = field(obj, base, key, false, "an array of strings");
    if (!v) return;
    if (!v->is_array()) return mismatch(at(base, key), "an array of strings", *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
      const Json& item = (*v)[i];
      if (item.is_string()) {
        if (textOk(at(at(base, key), i), item.get_ref<const std::string&>()))
          out.push_back(item.get_ref<const std::string&>());
      } else
        mismatch(at(at(base, key), i), "a string", item);
    }
  }

  void readIdList(const Json& obj, const std::string& base, const char* key, std::vector<Id>& out,
                  bool toFactor) {
    const Json* v = field(obj, base, key, false, "an array of ids");
    if (!v) return;
    if (!v->is_array()) return mismatch(at(base, key), "an array of ids", *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
      const Json& item = (*v)[i];
      std::string pointer = at(at(base, key), i);
      if (!item.is_string() || !isValidId(item.get_ref<const std::string&>())) {
        mismatch(std::move(pointer), kExpectId, item);
        continue;
      }
      out.push_back(item.get_ref<const std::string&>());
      references_.push_back({std::move(pointer), out.back(), toFactor});
    }
  }

  template <std::size_t N>
  static UnknownFields unknownOf(const Json& obj, const std::array<std::string_view, N>& known) {
    Json extra = Json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it)
      if (std::find(known.begin(), known.end(), it.key()) == known.end())
        extra[it.key()] = it.value();
    if (extra.empty()) return {};
    return extra.dump(-1, ' ', false, Json::error_handler_t::replace);
  }

  // An object member that must itself be an object when present.
  const Json* subObject(const Json& obj, const std::string& base, const char* key) {
    const Json* v = field(obj, base, key, false, "an object");
    if (v && !v->is_object()) {
      mismatch(at(base, key), "an object", *v);
      return nullptr;
    }
    return v;
  }

  bool checkHeader(const Json& root) {
    const Json* format = field(root, "", "format", true, std::string("\"") + kFormatTag + "\"");
    if (!format) return false;
    if (!format->is_string() || format->get_ref<const std::string&>() != kFormatTag) {
      mismatch("/format", std::string("\"") + kFormatTag + "\" (a Hindsight post-mortem)", *format);
      return false;
    }
    const Json* versionField = field(root, "", "version", true, "the integer 1");
    if (!versionField) return false;
    Json integral;  // "1.0" is the integer 1
    if (versionField->is_number_float())
      if (auto i = integralValue(versionField->get<double>(), std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max()))
        integral = *i;
    const Json* version = integral.is_null() ? versionField : &integral;
    if (!version->is_number_integer()) {
      mismatch("/version", "the integer 1", *version);
      return false;
    }
    if (version->is_number_unsigned() ? version->get<std::uint64_t>() > std::uint64_t(kFormatVersion)
                                      : version->get<std::int64_t>() > kFormatVersion) {
      error("/version", "this file is from a newer Hindsight (format version " + version->dump() +
                            "); this build reads version " + std::to_string(kFormatVersion) +
                            " — update Hindsight to open it");
      return false;
    }
    if (version->get<std::int64_t>() < 1) {
      mismatch("/version", "the integer 1", *version);
      return false;
    }
    std::int64_t minor = 0;
    readInt(root, "", "minor_version", false, 0, std::numeric_limits<std::int64_t>::max(), minor);
    return true;
  }

  void readImpact(const Json& root, Impact& impact) {
    const Json* j = subObject(root, "", "impact");
    if (!j) return;
    const std::string base = "/impact";
    readString(*j, base, "text", false, impact.text);
    std::int64_t users = 0;
    if (readInt(*j, base, "users_affected", false, 0, kMaxCount, users))
      impact.usersAffected = users;
    if (const Json* v = field(*j, base, "revenue_lost", false, "a number from 0 to 1e15")) {
      if (v->is_number() && isValidAmount(v->get<double>()))
        impact.revenueLost = v->get<double>();
      else
        mismatch(at(base, "revenue_lost"), "a number from 0 to 1e15", *v);
    }
    impact.unknown = unknownOf(*j, kImpactKeys);
  }

  void readSections(const Json& root, Sections& s) {
    const Json* j = subObject(root, "", "sections");
    if (!j) return;
    const std::string base = "/sections";
    readString(*j, base, "summary", false, s.summary);
    readString(*j, base, "detection", false, s.detection);
    readString(*j, base, "response", false, s.response);
    readString(*j, base, "root_cause", false, s.rootCause);
    readString(*j, base, "went_well", false, s.wentWell);
    readString(*j, base, "lessons_learned", false, s.lessonsLearned);
    s.unknown = unknownOf(*j, kSectionKeys);
  }

  void readTriggers(const Json& root, std::vector<Trigger>& out) {
    const Json* v = field(root, "", "triggers", false, "an array");
    if (!v) return;
    if (!v->is_array()) return mismatch("/triggers", "an array of " + expectedEnum<Trigger>(), *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
      Trigger t{};
      if (enumValue((*v)[i], at("/triggers", i), t)) out.push_back(t);
    }
  }

  template <class T>
  void readElements(const Json& root, const char* key, std::vector<T>& out,
                    void (Reader::*readOne)(const Json&, const std::string&, T&)) {
    const Json* v = field(root, "", key, false, "an array");
    if (!v) return;
    const std::string base = at("", key);
    if (!v->is_array()) return mismatch(base, "an array", *v);
    out.reserve(v->size());
    for (std::size_t i = 0; i < v->size() && !full_; ++i) {
      const Json& item = (*v)[i];
      std::string pointer = at(base, i);
      if (!item.is_object()) {
        mismatch(std::move(pointer), "an object", item);
        continue;
      }
      T element;
      (this->*readOne)(item, pointer, element);
      out.push_back(std::move(element));
    }
  }

  void registerId(const Id& id, const std::string& pointer) {
    if (id.empty()) return;
    auto [it, inserted] = firstUse_.emplace(id, pointer);
    if (!inserted)
      error(at(pointer, "id"), "duplicate id \"" + id + "\": already used by " + it->second);
  }

  void readEvent(const Json& j, const std::string& base, TimelineEvent& e) {
    if (readId(j, base, "id", e.id)) registerId(e.id, base);
    readTime(j, base, "time", e.time);
    readEnum(j, base, "kind", true, e.kind);
    readString(j, base, "text", true, e.text);
    readBool(j, base, "decision_point", e.decisionPoint);
    if (readId(j, base, "why_node_id", e.whyNodeId, false))
      references_.push_back({at(base, "why_node_id"), e.whyNodeId, false});
    readTime(j, base, "updated", e.updated);
    e.unknown = unknownOf(j, kEventKeys);
  }

  void readNode(const Json& j, const std::string& base, WhyNode& n) {
    if (readId(j, base, "id", n.id)) registerId(n.id, base);
    readId(j, base, "parent_id", n.parentId, false);
    std::int64_t order = 0;
    if (readInt(j, base, "order", true, std::numeric_limits<int>::min(),
                std::numeric_limits<int>::max(), order))
      n.order = static_cast<int>(order);
    readString(j, base, "text", true, n.text);
    readBool(j, base, "root_cause", n.rootCause);
    FactorCategory category{};
    if (readEnum(j, base, "category", false, category)) n.category = category;
    readString(j, base, "notes", false, n.notes);
    readTime(j, base, "updated", n.updated);
    n.unknown = unknownOf(j, kNodeKeys);
  }

  void readFactor(const Json& j, const std::string& base, Factor& f) {
    if (readId(j, base, "id", f.id)) registerId(f.id, base);
    readEnum(j, base, "category", true, f.category);
    readString(j, base, "text", true, f.text);
    readIdList(j, base, "why_node_ids", f.whyNodeIds, false);
    readTime(j, base, "updated", f.updated);
    f.unknown = unknownOf(j, kFactorKeys);
  }

  void readAction(const Json& j, const std::string& base, ActionItem& a) {
    if (readId(j, base, "id", a.id)) registerId(a.id, base);
    readString(j, base, "title", true, a.title);
    readString(j, base, "owner", false, a.owner);
    readOptionalTime(j, base, "due", a.due);
    readEnum(j, base, "status", true, a.status);
    readEnum(j, base, "kind", true, a.kind);
    readString(j, base, "link", false, a.link);
    readString(j, base, "notes", false, a.notes);
    std::int64_t progress = 0;
    if (readInt(j, base, "progress", true, 0, 100, progress)) a.progress = static_cast<int>(progress);
    readTime(j, base, "created", a.created);
    readOptionalTime(j, base, "completed", a.completed);
    readIdList(j, base, "why_node_ids", a.whyNodeIds, false);
    readIdList(j, base, "factor_ids", a.factorIds, true);
    readTime(j, base, "updated", a.updated);
    a.unknown = unknownOf(j, kActionKeys);
  }

  void checkReferences(const PostMortem& doc) {
    std::unordered_set<std::string_view> nodes, factors;
    for (const auto& n : doc.whyNodes) nodes.insert(n.id);
    for (const auto& f : doc.factors) factors.insert(f.id);
    for (const Reference& r : references_) {
      const auto& known = r.toFactor ? factors : nodes;
      if (!known.count(r.target))
        error(r.pointer, std::string("refers to ") + (r.toFactor ? "factor" : "why node") + " \"" +
                             r.target + "\", which does not exist in this post-mortem");
    }
  }

  void checkTree(const PostMortem& doc) {
    const auto& nodes = doc.whyNodes;
    const std::size_t n = nodes.size();
    if (n == 0) return;
    std::unordered_map<std::string_view, std::size_t> indexOf;
    for (std::size_t i = 0; i < n; ++i) indexOf.emplace(nodes[i].id, i);

    constexpr long kRoot = -1, kMissing = -2;
    std::vector<long> parent(n, kRoot);
    std::optional<std::size_t> firstRoot;
    for (std::size_t i = 0; i < n; ++i) {
      const WhyNode& node = nodes[i];
      std::string base = at("/why_nodes", i);
      if (node.parentId.empty()) {
        if (!firstRoot)
          firstRoot = i;
        else
          error(base, "a second root node (no parent_id); the 5-whys tree has one root, already "
                      "/why_nodes/" + std::to_string(*firstRoot));
        continue;
      }
      auto it = indexOf.find(node.parentId);
      if (it == indexOf.end()) {
        parent[i] = kMissing;
        error(at(base, "parent_id"), "refers to why node \"" + node.parentId +
                                         "\", which does not exist in this post-mortem");
      } else {
        parent[i] = static_cast<long>(it->second);
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
        error(at(at("/why_nodes", static_cast<std::size_t>(k)), "parent_id"),
              "parent links form a cycle (" + chain + "); the 5-whys tree must not loop");
      }
      for (std::size_t p : path) state[p] = kDone;
    }
    if (!firstRoot && !anyCycle)
      error("/why_nodes", "the 5-whys tree has no root: one node must have no parent_id");
  }

  std::string file_;
  const ReadLimits& limits_;
  bool full_ = false;
  std::unordered_map<std::string, std::string> firstUse_;
  std::vector<Reference> references_;
};

}  // namespace

LoadResult loadPostMortemJson(std::string_view text, std::string_view fileName,
                              const ReadLimits& limits) {
  LoadResult result;
  Json root;
  auto failure = parseJsonLimited(text, limits, root);
  // nlohmann stops at a NUL byte as if the input ended there.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos &&
      (!failure || failure->message.find("end of input") != std::string::npos)) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < nul; ++i) text[i] == '\n' ? (++line, column = 1) : ++column;
    result.errors.push_back({std::string(fileName), failure ? failure->pointer : "",
                             "invalid JSON: a NUL byte at line " + std::to_string(line) + ", column " +
                                 std::to_string(column) + " (byte " + std::to_string(nul) + ")" +
                                 (failure ? "" : ", after the end of the document") +
                                 "; a JSON text has no NUL bytes"});
    return result;
  }
  if (failure) {
    result.errors.push_back({std::string(fileName), failure->pointer, failure->message});
    return result;
  }
  Reader reader(fileName, limits);
  result.doc = reader.read(root);
  result.errors = std::move(reader.errors);
  if (!result.errors.empty()) result.doc.reset();
  return result;
}

}  // namespace hs





namespace hs::reference {
namespace {

using Ordered = nlohmann::ordered_json;

void putString(Ordered& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void putTime(Ordered& j, const char* key, TimeMs t) { j[key] = formatRfc3339(t); }

void putOptionalTime(Ordered& j, const char* key, const std::optional<TimeMs>& t) {
  if (t) putTime(j, key, *t);
}

void putList(Ordered& j, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  Ordered list = Ordered::array();
  for (const auto& v : values) list.push_back(v);
  j[key] = std::move(list);
}

void putFlag(Ordered& j, const char* key, bool value) {
  if (value) j[key] = true;
}

// Appends the unknown fields (raw JSON object text) after the known keys, sorted by key.
// Keys the object already has win: a known field is never overwritten by a stale copy.
void putUnknown(Ordered& j, const UnknownFields& unknown) {
  if (unknown.empty() || unknown == "{}") return;
  Ordered extra = Ordered::parse(unknown, nullptr, /*allow_exceptions=*/false);
  if (!extra.is_object()) return;
  std::vector<std::pair<std::string, Ordered*>> items;
  for (auto it = extra.begin(); it != extra.end(); ++it) items.emplace_back(it.key(), &it.value());
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, value] : items)
    if (!j.contains(key)) j[key] = std::move(*value);
}

Ordered eventJson(const TimelineEvent& e) {
  Ordered j = Ordered::object();
  j["id"] = e.id;
  putTime(j, "time", e.time);
  j["kind"] = std::string(wireName(e.kind));
  j["text"] = e.text;
  putFlag(j, "decision_point", e.decisionPoint);
  putString(j, "why_node_id", e.whyNodeId);
  putTime(j, "updated", e.updated);
  putUnknown(j, e.unknown);
  return j;
}

Ordered whyNodeJson(const WhyNode& n) {
  Ordered j = Ordered::object();
  j["id"] = n.id;
  putString(j, "parent_id", n.parentId);
  j["order"] = n.order;
  j["text"] = n.text;
  putFlag(j, "root_cause", n.rootCause);
  if (n.category) j["category"] = std::string(wireName(*n.category));
  putString(j, "notes", n.notes);
  putTime(j, "updated", n.updated);
  putUnknown(j, n.unknown);
  return j;
}

Ordered factorJson(const Factor& f) {
  Ordered j = Ordered::object();
  j["id"] = f.id;
  j["category"] = std::string(wireName(f.category));
  j["text"] = f.text;
  putList(j, "why_node_ids", f.whyNodeIds);
  putTime(j, "updated", f.updated);
  putUnknown(j, f.unknown);
  return j;
}

Ordered actionJson(const ActionItem& a) {
  Ordered j = Ordered::object();
  j["id"] = a.id;
  j["title"] = a.title;
  putString(j, "owner", a.owner);
  putOptionalTime(j, "due", a.due);
  j["status"] = std::string(wireName(a.status));
  j["kind"] = std::string(wireName(a.kind));
  putString(j, "link", a.link);
  putString(j, "notes", a.notes);
  j["progress"] = a.progress;
  putTime(j, "created", a.created);
  putOptionalTime(j, "completed", a.completed);
  putList(j, "why_node_ids", a.whyNodeIds);
  putList(j, "factor_ids", a.factorIds);
  putTime(j, "updated", a.updated);
  putUnknown(j, a.unknown);
  return j;
}

template <class T, class Fn>
void putElements(Ordered& j, const char* key, const std::vector<T>& items, Fn toJsonFn) {
  if (items.empty()) return;
  Ordered list = Ordered::array();
  list.get_ref<Ordered::array_t&>().reserve(items.size());
  for (const auto& item : items) list.push_back(toJsonFn(item));
  j[key] = std::move(list);
}

Ordered impactJson(const Impact& impact) {
  Ordered j = Ordered::object();
  putString(j, "text", impact.text);
  if (impact.usersAffected) j["users_affected"] = *impact.usersAffected;
  if (impact.revenueLost) j["revenue_lost"] = *impact.revenueLost;
  putUnknown(j, impact.unknown);
  return j;
}

Ordered sectionsJson(const Sections& s) {
  Ordered j = Ordered::object();
  putString(j, "summary", s.summary);
  putString(j, "detection", s.detection);
  putString(j, "response", s.response);
  putString(j, "root_cause", s.rootCause);
  putString(j, "went_well", s.wentWell);
  putString(j, "lessons_learned", s.lessonsLearned);
  putUnknown(j, s.unknown);
  return j;
}

}  // namespace

std::string toJson(const PostMortem& doc) {
  Ordered j = Ordered::object();
  j["format"] = kFormatTag;
  j["version"] = kFormatVersion;
  j["id"] = doc.id;
  j["title"] = doc.title;
  putTime(j, "incident_date", doc.incidentDate);
  j["severity"] = std::string(wireName(doc.severity));
  if (doc.durationOverride) j["duration_ms"] = *doc.durationOverride;
  if (Ordered impact = impactJson(doc.impact); !impact.empty()) j["impact"] = std::move(impact);
  putList(j, "authors", doc.authors);
  putList(j, "reviewers", doc.reviewers);
  j["status"] = std::string(wireName(doc.status));
  putList(j, "tags", doc.tags);
  putList(j, "services", doc.services);
  if (!doc.triggers.empty()) {
    Ordered list = Ordered::array();
    for (Trigger t : doc.triggers) list.push_back(std::string(wireName(t)));
    j["triggers"] = std::move(list);
  }
  putTime(j, "created", doc.created);
  putTime(j, "updated", doc.updated);
  if (Ordered sections = sectionsJson(doc.sections); !sections.empty())
    j["sections"] = std::move(sections);
  putElements(j, "events", doc.events, eventJson);
  putElements(j, "why_nodes", doc.whyNodes, whyNodeJson);
  putElements(j, "factors", doc.factors, factorJson);
  putElements(j, "actions", doc.actions, actionJson);
  putList(j, "dismissed_hints", doc.dismissedHints);
  if (!doc.revision.empty()) putString(j, "revision", doc.revision);
  putList(j, "edited_from", doc.editedFrom);
  putUnknown(j, doc.unknown);
  std::string out = j.dump(2, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace hs
