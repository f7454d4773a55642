#include "core/io/snapshot.h"

#include <cereal/archives/portable_binary.hpp>

#include <cstring>
#include <sstream>
#include <streambuf>

#include "core/model/value_rules.h"

namespace hs {
namespace {

constexpr char kMagic[8] = {'H', 'I', 'N', 'D', 'S', 'N', 'A', 'P'};
constexpr std::uint32_t kSnapshotVersion = 1;
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8;

void putLe(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint64_t getLe(std::string_view in, std::size_t pos, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t(static_cast<unsigned char>(in[pos + i])) << (8 * i);
  return v;
}

// Read-only streambuf over existing bytes (no copy of the payload).
struct MemoryBuf : std::streambuf {
  MemoryBuf(const char* data, std::size_t size) {
    char* p = const_cast<char*>(data);
    setg(p, p, p + size);
  }
  std::size_t remaining() const { return static_cast<std::size_t>(egptr() - gptr()); }
};

// Field markers: the reader checks what the rest of the code relies on
// (the value rules of core/model/value_rules.h, as the JSON reader applies them).
struct TimeField { TimeMs& v; };
struct OptTimeField { std::optional<TimeMs>& v; };
struct CountField { std::optional<std::int64_t>& v; };
struct DurationField { std::optional<TimeMs>& v; };
struct MoneyField { std::optional<double>& v; };
struct ProgressField { int& v; };
// Revision fields and merge conflicts, after the rest of the document: a record
// written before they existed ends before them and still loads.
struct MergeTrail { PostMortem& v; };

template <class E> constexpr std::int32_t enumMin() { return EnumTraits<E>::first; }
template <class E> constexpr std::int32_t enumMax() { return EnumTraits<E>::first + enumCount<E>() - 1; }

// One description of the fields serves both directions (see visit() below).
struct Writer {
  cereal::PortableBinaryOutputArchive& ar;
  void operator()(std::string& s) {
    std::uint64_t n = s.size();
    ar(n);
    ar(cereal::binary_data(s.data(), s.size()));
  }
  void operator()(std::int64_t& v) { ar(v); }
  void operator()(int& v) { ar(static_cast<std::int32_t>(v)); }
  void operator()(bool& v) { ar(static_cast<std::uint8_t>(v ? 1 : 0)); }
  void operator()(double& v) { ar(v); }
  void operator()(TimeField f) { ar(f.v); }
  void operator()(OptTimeField f) { (*this)(f.v); }
  void operator()(CountField f) { (*this)(f.v); }
  void operator()(DurationField f) { (*this)(f.v); }
  void operator()(MoneyField f) { (*this)(f.v); }
  void operator()(ProgressField f) { (*this)(f.v); }
  void operator()(MergeTrail t) { (*this)(t.v.revision), (*this)(t.v.editedFrom), (*this)(t.v.conflicts); }
  template <class T> void operator()(std::optional<T>& v) {
    bool has = v.has_value();
    (*this)(has);
    if (has) (*this)(*v);
  }
  template <class T> void operator()(std::vector<T>& items) {
    std::uint64_t n = items.size();
    ar(n);
    for (auto& item : items) (*this)(item);
  }
  template <class T> void operator()(T& v) {
    if constexpr (std::is_enum_v<T>)
      ar(static_cast<std::int32_t>(v));
    else
      visit(*this, v);
  }
};

// Never throws: every read is checked against the bytes left before cereal sees
// it (cereal throws on a short read, and the web build has no exceptions), and a
// value outside the rules of core/model/value_rules.h stops the decoding with a reason.
struct Reader {
  cereal::PortableBinaryInputArchive& ar;
  const MemoryBuf& buf;
  std::string failure;  // the first reason the payload was refused; empty while fine

  bool refuse(const char* why) {
    if (failure.empty()) failure = why;
    return false;
  }
  template <class T> bool take(T& v) {
    if (!failure.empty()) return false;
    if (buf.remaining() < sizeof(T)) return refuse("the payload is cut short");
    ar(v);
    return true;
  }
  std::uint64_t count() {
    std::uint64_t n = 0;
    if (!take(n)) return 0;
    // No length read from the payload may exceed what is left of it.
    if (n <= buf.remaining()) return n;
    refuse("a length larger than the payload");
    return 0;
  }
  void operator()(std::string& s) {
    s.resize(count());
    if (!failure.empty()) return;
    ar(cereal::binary_data(s.data(), s.size()));
    if (checkText(s)) refuse("a text that is not UTF-8 without NUL");
  }
  void operator()(std::int64_t& v) { take(v); }
  void operator()(int& v) {
    std::int32_t x = 0;
    take(x);
    v = x;
  }
  void operator()(bool& v) {
    std::uint8_t x = 0;
    take(x);
    if (x > 1) refuse("a boolean that is neither 0 nor 1");
    v = x == 1;
  }
  void operator()(double& v) { take(v); }
  void operator()(TimeField f) {
    if (take(f.v) && !isValidTime(f.v)) refuse("a time outside years 0000..9999");
  }
  void operator()(OptTimeField f) {
    (*this)(f.v);
    if (f.v && !isValidTime(*f.v)) refuse("a time outside years 0000..9999");
  }
  void operator()(CountField f) {
    (*this)(f.v);
    if (f.v && !isValidCount(*f.v)) refuse("a count outside 0..999999999999999");
  }
  void operator()(DurationField f) {
    (*this)(f.v);
    if (f.v && !isValidDuration(*f.v)) refuse("a duration that is negative or longer than 10,000 years");
  }
  void operator()(MoneyField f) {
    (*this)(f.v);
    if (f.v && !isValidAmount(*f.v)) refuse("an amount outside 0..1e15");
  }
  void operator()(ProgressField f) {
    (*this)(f.v);
    if (!isValidProgress(f.v)) refuse("a progress outside 0..100");
  }
  void operator()(MergeTrail t) {
    if (buf.remaining() == 0) return;  // written before revisions existed
    (*this)(t.v.revision), (*this)(t.v.editedFrom), (*this)(t.v.conflicts);
  }
  template <class T> void operator()(std::optional<T>& v) {
    bool has = false;
    (*this)(has);
    v.reset();
    if (has && failure.empty()) (*this)(v.emplace());
  }
  template <class T> void operator()(std::vector<T>& items) {
    std::uint64_t n = count();
    items.clear();
    for (std::uint64_t i = 0; i < n && failure.empty(); ++i) (*this)(items.emplace_back());
  }
  template <class T> void operator()(T& v) {
    if constexpr (std::is_enum_v<T>) {
      std::int32_t x = enumMin<T>();
      take(x);
      if (x < enumMin<T>() || x > enumMax<T>()) refuse("an enumeration value out of range");
      else v = static_cast<T>(x);
    } else {
      visit(*this, v);
    }
  }
};

}  // namespace

// Found by argument-dependent lookup from Writer/Reader (they live in hs too).
template <class IO> void visit(IO& io, Impact& v) {
  io(v.text), io(CountField{v.usersAffected}), io(MoneyField{v.revenueLost}), io(v.unknown);
}
template <class IO> void visit(IO& io, Sections& v) {
  io(v.summary), io(v.detection), io(v.response), io(v.rootCause), io(v.wentWell),
      io(v.lessonsLearned), io(v.unknown);
}
template <class IO> void visit(IO& io, TimelineEvent& v) {
  io(v.id), io(TimeField{v.time}), io(v.text), io(v.kind), io(v.decisionPoint), io(v.whyNodeId),
      io(TimeField{v.updated}), io(v.unknown);
}
template <class IO> void visit(IO& io, WhyNode& v) {
  io(v.id), io(v.parentId), io(v.order), io(v.text), io(v.rootCause), io(v.category), io(v.notes),
      io(TimeField{v.updated}), io(v.unknown);
}
template <class IO> void visit(IO& io, Factor& v) {
  io(v.id), io(v.category), io(v.text), io(v.whyNodeIds), io(TimeField{v.updated}), io(v.unknown);
}
template <class IO> void visit(IO& io, ActionItem& v) {
  io(v.id), io(v.title), io(v.owner), io(OptTimeField{v.due}), io(v.status), io(v.kind), io(v.link),
      io(v.notes), io(ProgressField{v.progress}), io(TimeField{v.created}), io(OptTimeField{v.completed}),
      io(v.whyNodeIds), io(v.factorIds), io(TimeField{v.updated}), io(v.unknown);
}
template <class IO> void visit(IO& io, MergeConflict& v) {
  io(v.element), io(v.id), io(v.field), io(v.base), io(v.ours), io(v.theirs);
}
template <class IO> void visit(IO& io, PostMortem& v) {
  io(v.id), io(v.title), io(TimeField{v.incidentDate}), io(v.severity),
      io(DurationField{v.durationOverride}), io(v.impact), io(v.authors), io(v.reviewers), io(v.status),
      io(v.tags), io(v.services), io(v.triggers), io(TimeField{v.created}), io(TimeField{v.updated}),
      io(v.sections), io(v.events), io(v.whyNodes), io(v.factors),
      io(v.actions), io(v.dismissedHints), io(v.unknown), io(MergeTrail{v});
}

std::uint64_t hashText(std::string_view text) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  auto word = [&](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + at, 8);
    return w;
  };
  auto step = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * k;
    return h ^ (h >> 29);
  };
  std::uint64_t h = text.size() * k + 0x243F6A8885A308D3ull;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) h = step(h, word(i));
  if (i < text.size()) {
    // The last 1..7 bytes: an overlapping load when the text is long enough (a
    // variable-length copy into a local would stall on the load that follows).
    std::uint64_t tail = 0;
    if (text.size() >= 8) tail = word(text.size() - 8);
    else
      for (; i < text.size(); ++i) tail = (tail << 8) | static_cast<unsigned char>(text[i]);
    h = step(h, tail);
  }
  // Final avalanche (MurmurHash3's fmix64): every input bit reaches the low bits.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

std::string saveSnapshot(const PostMortem& doc) {
  std::ostringstream payloadStream;
  {
    cereal::PortableBinaryOutputArchive ar(payloadStream);
    Writer writer{ar};
    writer(const_cast<PostMortem&>(doc));  // Writer only reads
  }
  const std::string payload = payloadStream.str();
  std::string out(kMagic, sizeof kMagic);
  putLe(out, kSnapshotVersion, 4);
  putLe(out, payload.size(), 8);
  putLe(out, fnv1a64(payload), 8);
  out += payload;
  return out;
}

std::optional<PostMortem> loadSnapshot(std::string_view bytes, std::string* error) noexcept {
  auto fail = [&](std::string why) -> std::optional<PostMortem> {
    if (error) *error = "snapshot refused: " + why;
    return std::nullopt;
  };
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return fail("not a Hindsight snapshot (wrong magic)");
  auto version = getLe(bytes, 8, 4);
  if (version != kSnapshotVersion)
    return fail("snapshot version " + std::to_string(version) + " is not " +
                std::to_string(kSnapshotVersion));
  auto size = getLe(bytes, 12, 8);
  if (size != bytes.size() - kHeaderSize) return fail("truncated or padded (size mismatch)");
  std::string_view payload = bytes.substr(kHeaderSize);
  if (getLe(bytes, 20, 8) != fnv1a64(payload)) return fail("checksum mismatch (corrupted record)");
  // The checksum matched: what follows is a record we wrote, decoded without
  // exceptions (Reader checks every read) in case a bug or an older build wrote
  // a value today's rules refuse.
  if (payload.empty()) return fail("payload does not decode: it is empty");
  MemoryBuf buf(payload.data(), payload.size());
  std::istream in(&buf);
  cereal::PortableBinaryInputArchive ar(in);  // reads the one-byte endianness tag
  Reader reader{ar, buf, {}};
  PostMortem doc;
  reader(doc);
  if (!reader.failure.empty()) return fail("payload does not decode: " + reader.failure);
  if (buf.remaining() != 0) return fail("trailing bytes after the document");
  return doc;
}

}  // namespace hs
