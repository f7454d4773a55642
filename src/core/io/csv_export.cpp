#include "core/io/csv_export.h"

#include <string_view>

#include "core/model/time_format.h"

namespace hs {
namespace {

constexpr const char* kHeader = "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n";

void appendRows(std::string& out, const PostMortem& doc) {
  for (const ActionItem& a : doc.actions) {
    out += csvField(a.title);
    out += ',';
    out += csvField(a.owner);
    out += ',';
    if (a.due) out += formatDate(*a.due);
    out += ',';
    out += csvField(std::string(label(a.status)));
    out += ',';
    out += csvField(a.link);
    out += ',';
    out += csvField(doc.title);
    out += ',';
    out += csvField(std::string(label(a.kind)));
    out += ',';
    out += csvField(a.notes);
    out += "\r\n";
  }
}

}  // namespace

std::string csvField(const std::string& value) {
  const bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos;
  if (!formula && value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = formula ? "\"'" : "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string actionsCsv(const PostMortem& doc, const CsvOptions& options) {
  std::string out = options.utf8Bom ? kUtf8Bom : "";
  out += kHeader;
  appendRows(out, doc);
  return out;
}

std::string actionsCsv(const std::vector<PostMortem>& docs, const CsvOptions& options) {
  std::string out = options.utf8Bom ? kUtf8Bom : "";
  out += kHeader;
  for (const auto& doc : docs) appendRows(out, doc);
  return out;
}

}  // namespace hs
