#include "core/io/conflicts_json.h"

#include <algorithm>

#include "core/io/format_table.h"
#include "core/model/ids.h"
#include "core/model/value_rules.h"

namespace hs {
namespace {

constexpr const char* kValueKeys[] = {"base", "ours", "theirs"};

std::optional<std::string> MergeConflict::*valueMember(int i) {
  static std::optional<std::string> MergeConflict::*members[] = {&MergeConflict::base, &MergeConflict::ours,
                                                                 &MergeConflict::theirs};
  return members[i];
}

std::string expectedElements() { return format::expectedEnum<ConflictElement>(); }

}  // namespace

bool isRevisionText(const std::string& text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

void writeConflicts(JsonTextWriter& w, const std::vector<MergeConflict>& conflicts) {
  w.beginArray();
  for (const MergeConflict& c : conflicts) {
    w.element();
    w.beginObject();
    w.key("element");
    w.rawString(wireName(c.element));
    if (!c.id.empty()) {
      w.key("id");
      w.string(c.id);
    }
    if (!c.field.empty()) {
      w.key("field");
      w.string(c.field);
    }
    for (int i = 0; i < 3; ++i) {
      const std::optional<std::string>& v = c.*valueMember(i);
      if (!v) continue;
      w.key(kValueKeys[i]);
      nlohmann::json parsed = nlohmann::json::parse(*v, nullptr, false);
      if (parsed.is_discarded()) w.string(*v);
      else w.dumped(parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    w.endObject();
  }
  w.endArray();
}

std::string readConflicts(const nlohmann::json& list, std::vector<MergeConflict>& out) {
  if (!list.is_array()) return ": expected an array of conflicts, found " + std::string(list.type_name());
  std::vector<MergeConflict> read;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const nlohmann::json& item = list[i];
    const std::string at = "/" + std::to_string(i);
    if (!item.is_object()) return at + ": expected a conflict object, found " + std::string(item.type_name());
    MergeConflict c;
    auto element = item.find("element");
    if (element == item.end()) return at + "/element: missing required field; expected " + expectedElements();
    auto kind = element->is_string() ? parseConflictElement(element->get<std::string>()) : std::nullopt;
    if (!kind) return at + "/element: expected " + expectedElements() + ", found " + element->dump();
    c.element = *kind;
    for (const char* key : {"id", "field"}) {
      auto it = item.find(key);
      if (it == item.end()) continue;
      if (!it->is_string() || checkText(it->get<std::string>()))
        return at + "/" + key + ": expected a text, found " + it->dump();
      (std::string(key) == "id" ? c.id : c.field) = it->get<std::string>();
    }
    if (!c.id.empty() && !isValidId(c.id)) return at + "/id: expected an id (1 to 64 characters of A-Z a-z 0-9 _ -)";
    for (int k = 0; k < 3; ++k) {
      auto it = item.find(kValueKeys[k]);
      if (it != item.end()) c.*valueMember(k) = it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    read.push_back(std::move(c));
  }
  out = std::move(read);
  return {};
}

}  // namespace hs
