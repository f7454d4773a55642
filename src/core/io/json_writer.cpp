#include "core/io/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

#include "core/io/conflicts_json.h"
#include "core/io/format_table.h"
#include "core/io/format_version.h"
#include "core/io/json_text_writer.h"
#include "core/model/time_format.h"

namespace hs {
namespace {

using namespace format;

// One object being written, in the order of its kind's table. Remembers which
// rows it wrote (a bit per row) so that unknown fields never repeat a key the
// object already has.
class ObjectOut {
 public:
  ObjectOut(JsonTextWriter& w, FieldList fields) : w_(w), fields_(fields) { w_.beginObject(); }
  void end() { w_.endObject(); }

  JsonTextWriter& key(std::size_t rank) {
    written_ |= std::uint64_t(1) << rank;
    w_.key(fields_[rank].name);
    return w_;
  }
  void forget(std::size_t rank) { written_ &= ~(std::uint64_t(1) << rank); }

  // The unknown fields (raw JSON object text) after the known keys, sorted by key.
  // Keys the object already has win: a known field is never overwritten by a stale copy.
  void unknown(const UnknownFields& raw) {
    if (raw.empty() || raw == "{}") return;
    using Ordered = nlohmann::ordered_json;
    Ordered extra = Ordered::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (!extra.is_object()) return;
    std::vector<std::pair<std::string, const Ordered*>> items;
    for (auto it = extra.begin(); it != extra.end(); ++it) items.emplace_back(it.key(), &it.value());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, value] : items) {
      const int rank = fields_.find(name);
      if (rank >= 0 && (written_ >> rank) & 1u) continue;
      w_.escapedKey(name);
      w_.dumped(value->dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }

 private:
  JsonTextWriter& w_;
  FieldList fields_;
  std::uint64_t written_ = 0;  // ranks of the rows written so far
};

template <class T> bool isEmpty(const T& v) {
  if constexpr (std::is_same_v<T, bool>) return !v;
  else if constexpr (std::is_same_v<T, std::string>) return v.empty();
  else if constexpr (std::is_same_v<T, std::optional<InnerType<T>>>) return !v.has_value();
  else if constexpr (std::is_same_v<T, std::vector<InnerType<T>>>) return v.empty();
  else return false;
}

// The value inside an optional member; any other member as it is.
template <class T> const auto& valueOf(const T& v) {
  if constexpr (std::is_same_v<T, std::optional<InnerType<T>>>) return *v;
  else return v;
}

// Writes `object` as a JSON object; false when it had no member to write.
template <class Owner> bool writeObject(JsonTextWriter& w, const Owner& object);

template <class Owner, std::size_t Rank>
void writeRow(ObjectOut& o, JsonTextWriter& w, const Owner& object) {
  constexpr const auto& row = kRow<Owner, Rank>;
  if constexpr (!kHasMember<decltype(row)>) {
    if constexpr (row.rule == Rule::FormatTag) o.key(Rank).rawString(kFormatTag);
    if constexpr (row.rule == Rule::FormatVersion) o.key(Rank).integer(kFormatVersion);
    // A minor version read from a file is kept among the unknown fields.
  } else {
    const auto& member = object.*row.member;
    if (!row.required() && isEmpty(member)) return;
    const auto& v = valueOf(member);
    if constexpr (row.rule == Rule::Id || row.rule == Rule::Reference || row.rule == Rule::Parent ||
                  row.rule == Rule::Text || row.rule == Rule::Revision) {
      o.key(Rank).string(v);
    } else if constexpr (row.rule == Rule::Time) {
      o.key(Rank).rawString(formatRfc3339(v));
    } else if constexpr (row.rule == Rule::Bool) {
      o.key(Rank).out() += v ? "true" : "false";
    } else if constexpr (row.rule == Rule::Enum) {
      o.key(Rank).rawString(wireName(v));
    } else if constexpr (row.rule == Rule::Integer) {
      o.key(Rank).integer(v);
    } else if constexpr (row.rule == Rule::Amount) {
      o.key(Rank).out() += nlohmann::json(v).dump();
    } else if constexpr (row.rule == Rule::Conflicts) {
      writeConflicts(o.key(Rank), v);
    } else if constexpr (row.rule == Rule::TextList || row.rule == Rule::IdList || row.rule == Rule::RevisionList ||
                         row.rule == Rule::EnumList || row.rule == Rule::Elements) {
      o.key(Rank).beginArray();
      for (const auto& item : v) {
        w.element();
        if constexpr (row.rule == Rule::EnumList) w.rawString(wireName(item));
        else if constexpr (row.rule == Rule::Elements) writeObject(w, item);
        else w.string(item);
      }
      w.endArray();
    } else if constexpr (row.rule == Rule::Object) {
      // Left out altogether when it comes out empty.
      const std::size_t mark = w.out().size();
      o.key(Rank);
      if (!writeObject(w, v) && !row.required()) {
        w.rollback(mark);
        o.forget(Rank);
      }
    }
  }
}

template <class Owner> bool writeObject(JsonTextWriter& w, const Owner& object) {
  ObjectOut o(w, fieldsOf(Table<Owner>::kind));
  forEachRank<Owner>([&](auto rank) { writeRow<Owner, decltype(rank)::value>(o, w, object); });
  o.unknown(object.unknown);
  const bool any = w.count() != 0;
  o.end();
  return any;
}

std::size_t estimatedSize(const PostMortem& doc) {
  return 4096 + 256 * (doc.events.size() + doc.whyNodes.size()) +
         512 * (doc.factors.size() + doc.actions.size());
}

}  // namespace

std::string toJson(const PostMortem& doc) {
  std::string out;
  out.reserve(estimatedSize(doc));
  JsonTextWriter w(out);
  writeObject(w, doc);
  out += '\n';
  return out;
}

}  // namespace hs
