#include "core/io/json_limited_parse.h"

#include <utility>
#include <vector>

#include "core/io/load_error.h"

namespace hs {
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
