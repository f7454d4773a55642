#include "core/io/csv_export.h"

#include "core/model/time_format.h"

namespace hs {
namespace {

constexpr const char* kHeader = "Summary,Assignee,Due date,Status,Link,Post-mortem\r\n";

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
    out += "\r\n";
  }
}

}  // namespace

std::string csvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string actionsCsv(const PostMortem& doc) {
  std::string out = kHeader;
  appendRows(out, doc);
  return out;
}

std::string actionsCsv(const std::vector<PostMortem>& docs) {
  std::string out = kHeader;
  for (const auto& doc : docs) appendRows(out, doc);
  return out;
}

}  // namespace hs
