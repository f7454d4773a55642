// Writes JSON text straight into a std::string in the layout of nlohmann's
// dump(2) (2-space indent, "key": value, empty containers as {} and []), with
// strings escaped exactly like dump(ensure_ascii=false, error_handler replace).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

// Appends `s` as a JSON string literal, quotes included. Byte-identical to
// nlohmann::json(s).dump(-1, ' ', false, replace): control characters escaped
// (\b \t \n \f \r or \u00XX), '"' and '\\' escaped, valid UTF-8 copied, and
// invalid UTF-8 replaced by U+FFFD.
void appendJsonString(std::string& out, std::string_view s);

class JsonTextWriter {
 public:
  explicit JsonTextWriter(std::string& out) : out_(out) {}

  // Containers. A member of an object starts with key(); an element of an array with element().
  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }
  void key(std::string_view name);  // a plain ASCII key that needs no escaping
  void element();
  void escapedKey(std::string_view name);  // any key

  // Values.
  void string(std::string_view s) { appendJsonString(out_, s); }
  void rawString(std::string_view ascii);  // no escaping needed (times, wire names)
  void integer(std::int64_t v);
  // A value already dumped with dump(2) at indent 0; re-indented to this depth.
  void dumped(std::string_view text);

  // Members written in the innermost open container so far.
  std::size_t count() const { return counts_[depth_]; }
  int depth() const { return depth_; }
  std::string& out() { return out_; }

  // Undoes a member whose value turned out empty: cuts the text back to `size`
  // and forgets the member.
  void rollback(std::size_t size) {
    out_.resize(size);
    --counts_[depth_];
  }

 private:
  void open(char c);
  void close(char c);
  void newline(int depth);

  static constexpr int kMaxDepth = 8;  // the format nests 4 levels; unknown subtrees are dumped whole
  std::string& out_;
  int depth_ = 0;
  std::size_t counts_[kMaxDepth + 1] = {};
};

}  // namespace hs
