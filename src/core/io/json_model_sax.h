// nlohmann SAX handler that reads a post-mortem file straight into the model,
// driven by the format tables (format_table.h): a frame per object or list, a
// key looked up in the object's table, its value read by the row's rule into
// the row's member. The read limits are enforced on every
// token, the JSON Pointer kept as a stack of tokens and formatted only when an
// error is reported. Only unknown fields (and values of the wrong type, which
// are errors) are built as small nlohmann DOMs.
//
// The handler checks each value where it stands (types, ids, enums, times,
// ranges, missing fields). Checks that need the whole file (duplicate ids,
// references, tree shape) run afterwards on what it collected (json_reader.cpp).
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/io/format_table.h"
#include "core/io/limits.h"
#include "core/io/load_error.h"
#include "core/model/postmortem.h"

namespace hs::jsonread {

// Where an error sits in the order the checks are listed in the format
// (document fields in schema order, then array index, element field, list
// index): errors are reported in this order whatever the key order of the file.
struct ErrorKey {
  std::uint8_t phase = 0;  // 0 field checks, 1 references, 2 tree shape
  std::array<std::uint32_t, 4> path{};
  std::uint32_t seq = 0;  // arrival order, breaks ties
  bool operator<(const ErrorKey& o) const {
    if (phase != o.phase) return phase < o.phase;
    if (path != o.path) return path < o.path;
    return seq < o.seq;
  }
};

struct PendingError {
  ErrorKey key;
  LoadError error;
};

// Keeps the first `maxErrors` errors in ErrorKey order and whether there were more,
// without holding an unbounded number of messages for a hostile file.
class ErrorCollector {
 public:
  ErrorCollector(std::string file, std::size_t maxErrors) : file_(std::move(file)), max_(maxErrors) {}
  void add(std::uint8_t phase, const std::array<std::uint32_t, 4>& path, std::string pointer,
           std::string message);
  bool empty() const { return pending_.empty(); }
  std::vector<LoadError> finish();  // sorted, capped, with the "more errors" line
  const std::string& file() const { return file_; }

 private:
  void trim();
  std::string file_;
  std::size_t max_;
  std::uint32_t seq_ = 0;
  bool overflow_ = false;
  std::vector<PendingError> pending_;
};

using format::ElementKind;
using format::kElementKinds;

// An id reference seen in the file (checked once every id is known).
struct Reference {
  std::array<std::uint32_t, 4> path;  // error key path, also gives the pointer
  ElementKind kind;                   // owner element
  std::uint8_t field;                 // rank of the field in the owner's table
  std::uint32_t element;              // index in the model vector
  std::uint32_t item;                 // index in the model id list (lists only)
};

// The JSON Pointer of a reference (list, element index, field, item index) from its path.
std::string referencePointer(const Reference& r);

class ModelSax {
 public:
  using Json = nlohmann::json;

  ModelSax(PostMortem& doc, const ReadLimits& limits, ErrorCollector& errors);

  // nlohmann SAX interface.
  bool null();
  bool boolean(bool v);
  bool number_integer(Json::number_integer_t v);
  bool number_unsigned(Json::number_unsigned_t v);
  bool number_float(Json::number_float_t v, const std::string&);
  bool string(std::string& v);
  bool binary(Json::binary_t&);
  bool start_object(std::size_t);
  bool key(std::string& k);
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex);

  // A parse or limit failure: the only error reported when set.
  std::optional<LoadError> failure;
  // The root is not an object, or the format/version header is wrong: reported alone.
  std::optional<LoadError> headerError;

  std::vector<Reference> references;
  // JSON array index of each element, per kind, in model order (objects only are kept).
  std::array<std::vector<std::uint32_t>, kElementKinds> jsonIndex;

 private:
  struct Value;
  struct KindReaders;  // per object kind: its table and a reader per row (json_model_sax.cpp)
  using ValueFn = void (ModelSax::*)(const Value&);
  enum class Ctx : std::uint8_t { Object, List, Dom };

  struct Frame {
    Ctx ctx = Ctx::Object;
    bool isObject = false;
    bool hasKey = false;
    bool toScratch = false;             // Dom root captured only to be reported as a wrong type
    const KindReaders* kind = nullptr;  // Object: its kind; List: the kind owning the list
    int listRank = -1;                  // List: rank of the list field in its owner's table
    int field = -1;                     // Object: rank of the current key's field (-1: unknown)
    std::uint64_t seen = 0;             // Object: known fields seen, a bit per rank
    std::size_t count = 0;              // members or elements so far
    std::string key;                    // last key read (objects)
    Json unknown;                       // unknown fields of a model object (null when none)
    Json* dom = nullptr;                // Dom frames: the container being built
  };

  Frame* top() { return depth_ ? &frames_[depth_ - 1] : nullptr; }
  Frame& push(Ctx ctx, bool isObject);
  bool fail(std::string message);
  std::string pointer(std::size_t frames) const;
  std::array<std::uint32_t, 4> keyPath(std::size_t frames) const;
  void error(std::string message);  // at the current value
  void mismatch(const std::string& expected, const Value& v);

  bool beginValue();  // element count of the enclosing array
  bool scalar(const Value& v);
  bool open(bool isObject);
  bool close();

  void domAdd(Json&& v);
  Json& unknownSlot(Frame& f);
  void onValue(Frame& f, const Value& v);  // a value at f's current key / index
  void headerField(format::Rule rule, const Value& v);
  bool openModelChild(Frame* parent, bool isObject);
  void endModelObject(Frame& f);
  void missingFields(const Frame& f);
  static const KindReaders& readersOf(format::ObjectKind kind);

  // The readers of the rows of a table, instantiated per row (json_model_sax.cpp).
  template <class Owner> Owner& current();  // the object being read of that type
  template <class Owner, std::size_t Rank> void readField(const Value& v);
  template <class Owner, std::size_t Rank> void readItem(const Value& v);
  template <class Owner> void endObject(std::string&& unknown);
  template <class Owner> void addElement();

  bool takeString(const Value& v, std::string& out);
  bool takeId(const Value& v, Id& out);
  bool takeTime(const Value& v, TimeMs& out);
  bool takeInt(const Value& v, std::int64_t min, std::int64_t max, std::int64_t& out);
  bool takeAmount(const Value& v, double& out);
  bool takeBool(const Value& v, bool& out);
  template <class E> bool takeEnum(const Value& v, E& out);
  void addReference(ElementKind kind, std::size_t elements, std::size_t field, std::size_t item);

  PostMortem& doc_;
  const ReadLimits& limits_;
  ErrorCollector& errors_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  Json scratch_;  // a wrong-typed container being skipped (limits still apply)
  bool formatSeen_ = false, versionSeen_ = false;
  std::optional<LoadError> formatError_, versionError_;
};

}  // namespace hs::jsonread
