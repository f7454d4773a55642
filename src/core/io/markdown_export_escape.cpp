#include "core/io/markdown_export_escape.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace hs {
namespace {

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

std::string_view trimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '<')) s.remove_prefix(1);
  return s;
}

// The destination after "](" up to the matching ')' (or the end of the line).
std::string_view destinationAt(std::string_view text, std::size_t open) {
  int depth = 0;
  std::size_t i = open;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') break;
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) break;
  }
  return text.substr(open, i - open);
}

}  // namespace

bool isSafeLinkDestination(std::string_view url) {
  url = trimLeft(url);
  if (startsWithNoCase(url, "http://") || startsWithNoCase(url, "https://") ||
      startsWithNoCase(url, "mailto:"))
    return true;
  // Renderers decode entities and strip control characters before looking at
  // the scheme, so any ':' or '&' in a "relative" destination is suspect.
  return url.find_first_of(":&") == std::string_view::npos;
}

std::string markdownInlineText(std::string_view text, bool keepLineBreaks) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\\': case '`': case '*': case '_': case '~': case '[': case ']':
        out += '\\';
        out += c;
        break;
      case '\r':
        if (keepLineBreaks) out += c;
        else if (i + 1 < text.size() && text[i + 1] == '\n') break;
        else out += ' ';
        break;
      case '\n': out += keepLineBreaks ? '\n' : ' '; break;
      default: out += c;
    }
  }
  return out;
}

std::string markdownProse(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool lineStart = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {  // keep the writer's escapes
      out += c;
      out += text[++i];
      lineStart = false;
      continue;
    }
    if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(' &&
               !isSafeLinkDestination(destinationAt(text, i + 2))) {
      out += "\\]";  // "[x](javascript:...)" stays text
    } else if (c == '[' && lineStart) {
      // A reference definition "[x]: javascript:..." defines a link used elsewhere.
      const std::size_t close = text.find("]:", i);
      const std::size_t eol = text.find('\n', i);
      if (close != std::string_view::npos && close < eol &&
          !isSafeLinkDestination(text.substr(close + 2, eol == std::string_view::npos ? std::string_view::npos : eol - close - 2)))
        out += "\\[";
      else
        out += c;
    } else {
      out += c;
    }
    if (c == '\n') lineStart = true;
    else if (c != ' ' && c != '\t') lineStart = false;
  }
  return out;
}

std::string markdownAmount(double value) {
  char buf[48];
  if (std::fabs(value) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  return buf;
}

}  // namespace hs
