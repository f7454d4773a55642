#include "core/io/json_text_writer.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace hs {
namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (a byte >= 0x80), or 0.
// Same acceptance as nlohmann's decoder: no overlong forms, no surrogates, <= U+10FFFF.
std::size_t utf8Length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  auto cont = [](unsigned b, unsigned lo = 0x80, unsigned hi = 0xBF) { return b >= lo && b <= hi; };
  const unsigned c = at(i);
  if (c >= 0xC2 && c <= 0xDF) return cont(at(i + 1)) ? 2 : 0;
  if (c == 0xE0) return cont(at(i + 1), 0xA0) && cont(at(i + 2)) ? 3 : 0;
  if (c == 0xED) return cont(at(i + 1), 0x80, 0x9F) && cont(at(i + 2)) ? 3 : 0;
  if (c >= 0xE1 && c <= 0xEF) return cont(at(i + 1)) && cont(at(i + 2)) ? 3 : 0;
  if (c == 0xF0) return cont(at(i + 1), 0x90) && cont(at(i + 2)) && cont(at(i + 3)) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(at(i + 1)) && cont(at(i + 2)) && cont(at(i + 3)) ? 4 : 0;
  if (c == 0xF4) return cont(at(i + 1), 0x80, 0x8F) && cont(at(i + 2)) && cont(at(i + 3)) ? 4 : 0;
  return 0;
}

void appendIndent(std::string& out, int spaces) { out.append(static_cast<std::size_t>(spaces), ' '); }

}  // namespace

void appendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t len = utf8Length(s, i);
      if (len == 0) {
        // Invalid UTF-8 is rare: let nlohmann apply its exact replacement rules.
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += len;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(esc, 6);
      }
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonTextWriter::newline(int depth) {
  out_ += '\n';
  appendIndent(out_, 2 * depth);
}

void JsonTextWriter::open(char c) {
  out_ += c;
  ++depth_;
  counts_[depth_] = 0;
}

void JsonTextWriter::close(char c) {
  if (counts_[depth_] != 0) newline(depth_ - 1);
  out_ += c;
  --depth_;
}

void JsonTextWriter::element() {
  if (counts_[depth_]++) out_ += ',';
  newline(depth_);
}

void JsonTextWriter::key(std::string_view name) {
  element();
  out_ += '"';
  out_ += name;
  out_ += "\": ";
}

void JsonTextWriter::escapedKey(std::string_view name) {
  element();
  appendJsonString(out_, name);
  out_ += ": ";
}

void JsonTextWriter::rawString(std::string_view ascii) {
  out_ += '"';
  out_ += ascii;
  out_ += '"';
}

void JsonTextWriter::integer(std::int64_t v) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, static_cast<std::size_t>(result.ptr - buf));
}

void JsonTextWriter::dumped(std::string_view text) {
  for (char c : text) {
    out_ += c;
    if (c == '\n') appendIndent(out_, 2 * depth_);  // dump escapes newlines inside strings
  }
}

}  // namespace hs
