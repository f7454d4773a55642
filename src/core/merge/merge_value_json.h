// A field value as JSON, the way a conflict shows each side's version.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "core/merge/merge_fields.h"
#include "core/model/time_format.h"
#include "core/model/types.h"

namespace hs::mergejson {

using Json = nlohmann::ordered_json;

inline Json value(MergeValue kind, const std::string& v) {
  if (kind != MergeValue::RawObject) return Json(v);
  if (v.empty()) return Json::object();
  Json parsed = Json::parse(v, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? Json(v) : parsed;
}
inline Json value(MergeValue kind, std::int64_t v) {
  return kind == MergeValue::Time ? Json(formatRfc3339(v)) : Json(v);
}
inline Json value(MergeValue, int v) { return Json(v); }
inline Json value(MergeValue, bool v) { return Json(v); }
inline Json value(MergeValue, double v) { return Json(v); }
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
Json value(MergeValue, E v) {
  return Json(std::string(wireName(v)));
}
template <class V> Json value(MergeValue kind, const std::optional<V>& v) {
  return v ? value(kind, *v) : Json(nullptr);
}
template <class V> Json value(MergeValue kind, const std::vector<V>& v) {
  Json out = Json::array();
  for (const V& x : v) out.push_back(value(kind, x));
  return out;
}

inline std::string text(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The whole element as a JSON object (for a deleted-versus-edited conflict).
template <class T> std::string element(const T& e) {
  Json out = Json::object();
  MergeFields<T>::each([&](const MergeFieldSpec& spec, auto member) {
    const auto& v = e.*member;
    if (spec.value == MergeValue::RawObject) {
      Json extra = value(spec.value, v);
      if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it)
          if (!out.contains(it.key())) out[it.key()] = it.value();
      return;
    }
    out[std::string(spec.name)] = value(spec.value, v);
  });
  return text(out);
}

}  // namespace hs::mergejson
