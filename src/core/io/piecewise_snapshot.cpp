#include "core/io/piecewise_snapshot.h"

#include <unordered_set>
#include <utility>

#include "core/io/snapshot.h"

namespace hs {
namespace {

constexpr std::string_view kHeadMagic = "HSPIECE1\n";

// Which element list a piece holds; its key starts with the matching prefix.
enum class PieceKind { Events, WhyNodes, Factors, Actions };

const char* keyPrefix(PieceKind kind) {
  switch (kind) {
    case PieceKind::Events: return "ev";
    case PieceKind::WhyNodes: return "wn";
    case PieceKind::Factors: return "fa";
    case PieceKind::Actions: return "ac";
  }
  return "";
}

struct PieceSpan {
  PieceKind kind = PieceKind::Events;
  std::string key;
  std::size_t begin = 0, end = 0;  // element index range [begin, end)
  std::uint64_t fingerprint = 0;
};

std::string hex16(std::uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
  return out;
}

std::uint64_t combine(std::uint64_t seed, std::uint64_t value) {
  return (seed ^ value) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
}

// Splits `elements` into runs whose ends depend only on ids, and fingerprints each
// run by the ids and `updated` stamps of its elements, in order.
template <class T>
void partition(PieceKind kind, const std::vector<T>& elements,
               std::unordered_set<std::string>& usedKeys, std::vector<PieceSpan>& out) {
  constexpr std::size_t target = PiecewiseSnapshotWriter::kTargetPieceSize;
  constexpr std::size_t maxSize = PiecewiseSnapshotWriter::kMaxPieceSize;
  PieceSpan span;
  span.kind = kind;
  std::uint64_t firstIdHash = 0;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const std::uint64_t idHash = hashText(elements[i].id);
    if (i == span.begin) {
      span.fingerprint = 0;
      firstIdHash = idHash;
    }
    span.fingerprint = combine(combine(span.fingerprint, idHash), static_cast<std::uint64_t>(elements[i].updated));
    const bool boundary = idHash % target == 0 || i + 1 - span.begin == maxSize || i + 1 == elements.size();
    if (!boundary) continue;
    span.end = i + 1;
    span.key = std::string(keyPrefix(kind)) + "." + hex16(firstIdHash);
    // Two first ids with the same hash: keep keys unique all the same.
    for (int n = 2; !usedKeys.insert(span.key).second; ++n)
      span.key = span.key.substr(0, span.key.find('~')) + "~" + std::to_string(n);
    out.push_back(span);
    span.begin = i + 1;
  }
}

std::vector<PieceSpan> piecesOf(const PostMortem& doc) {
  std::vector<PieceSpan> spans;
  std::unordered_set<std::string> used;
  partition(PieceKind::Events, doc.events, used, spans);
  partition(PieceKind::WhyNodes, doc.whyNodes, used, spans);
  partition(PieceKind::Factors, doc.factors, used, spans);
  partition(PieceKind::Actions, doc.actions, used, spans);
  return spans;
}

// The snapshot of one piece: a document holding only that run of elements.
template <class T>
std::string encodeRun(const std::vector<T>& elements, const PieceSpan& span, PostMortem& carrier,
                      std::vector<T>& carrierList) {
  carrierList.assign(elements.begin() + static_cast<std::ptrdiff_t>(span.begin),
                     elements.begin() + static_cast<std::ptrdiff_t>(span.end));
  std::string bytes = saveSnapshot(carrier);
  carrierList.clear();
  return bytes;
}

std::string encodePiece(const PostMortem& doc, const PieceSpan& span, PostMortem& carrier) {
  switch (span.kind) {
    case PieceKind::Events: return encodeRun(doc.events, span, carrier, carrier.events);
    case PieceKind::WhyNodes: return encodeRun(doc.whyNodes, span, carrier, carrier.whyNodes);
    case PieceKind::Factors: return encodeRun(doc.factors, span, carrier, carrier.factors);
    case PieceKind::Actions: return encodeRun(doc.actions, span, carrier, carrier.actions);
  }
  return {};
}

// The header without its element lists: they are swapped out (O(1)) while it is encoded.
std::string encodeHeader(PostMortem& doc) {
  PostMortem lists;
  auto swapLists = [&] {
    lists.events.swap(doc.events);
    lists.whyNodes.swap(doc.whyNodes);
    lists.factors.swap(doc.factors);
    lists.actions.swap(doc.actions);
  };
  swapLists();
  std::string bytes = saveSnapshot(doc);
  swapLists();
  return bytes;
}

}  // namespace

bool isPiecewiseHead(std::string_view bytes) { return bytes.substr(0, kHeadMagic.size()) == kHeadMagic; }

PiecewiseSave PiecewiseSnapshotWriter::prepare(PostMortem& doc) {
  PiecewiseSave out;
  std::vector<PieceSpan> spans = piecesOf(doc);
  PostMortem carrier;  // holds one run at a time
  carrier.id = doc.id;
  out.head = std::string(kHeadMagic);
  for (const PieceSpan& span : spans) {
    out.head += span.key + "\n";
    out.fingerprints.emplace(span.key, span.fingerprint);
    auto it = stored_.find(span.key);
    if (it != stored_.end() && it->second == span.fingerprint) continue;
    out.changed.push_back({span.key, encodePiece(doc, span, carrier)});
  }
  for (const auto& entry : stored_)
    if (!out.fingerprints.count(entry.first)) out.stale.push_back(entry.first);
  out.head += "\n";
  out.head += encodeHeader(doc);
  return out;
}

void PiecewiseSnapshotWriter::invalidate() {
  for (auto& entry : stored_) entry.second = ~entry.second;  // matches nothing prepare() computes
}

void PiecewiseSnapshotWriter::remember(const PostMortem& doc) {
  stored_.clear();
  for (const PieceSpan& span : piecesOf(doc)) stored_.emplace(span.key, span.fingerprint);
}

std::optional<PostMortem> assemblePiecewise(
    std::string_view head, const std::function<const std::string*(const std::string& key)>& piece,
    std::string* error) noexcept {
  auto fail = [&](std::string message) -> std::optional<PostMortem> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  if (!isPiecewiseHead(head)) return fail("not a piecewise record");
  std::size_t pos = kHeadMagic.size();
  std::vector<std::string> keys;  // in document order
  while (true) {
    std::size_t newline = head.find('\n', pos);
    if (newline == std::string_view::npos) return fail("the list of pieces is cut short");
    if (newline == pos) {
      pos = newline + 1;
      break;
    }
    keys.emplace_back(head.substr(pos, newline - pos));
    pos = newline + 1;
  }
  std::string headError;
  auto doc = loadSnapshot(head.substr(pos), &headError);
  if (!doc) return fail("header: " + headError);
  auto append = [](auto& into, auto& from) {
    into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  for (const auto& key : keys) {
    const std::string* bytes = piece(key);
    if (!bytes) return fail("piece " + key + " is missing");
    std::string pieceError;
    auto part = loadSnapshot(*bytes, &pieceError);
    if (!part) return fail("piece " + key + ": " + pieceError);
    append(doc->events, part->events);
    append(doc->whyNodes, part->whyNodes);
    append(doc->factors, part->factors);
    append(doc->actions, part->actions);
  }
  return doc;
}

}  // namespace hs
