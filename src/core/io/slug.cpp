#include "core/io/slug.h"

#include "core/model/ids.h"

namespace hs {
namespace {

constexpr char32_t kSeparator = U' ';
constexpr char32_t kDropped = 0;

// ASCII spelling of U+00C0..U+00FF ("" = a separator: × and ÷).
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF

// ASCII spelling of Latin Extended-A (U+0100..U+017F) and a few neighbours, by range.
struct Range {
  char32_t first, last;
  const char* ascii;
};
constexpr Range kLatinRanges[] = {
    {0x0100, 0x0105, "a"},  {0x0106, 0x010D, "c"}, {0x010E, 0x0111, "d"}, {0x0112, 0x011B, "e"},
    {0x011C, 0x0123, "g"},  {0x0124, 0x0127, "h"}, {0x0128, 0x0131, "i"}, {0x0132, 0x0133, "ij"},
    {0x0134, 0x0135, "j"},  {0x0136, 0x0138, "k"}, {0x0139, 0x0142, "l"}, {0x0143, 0x014B, "n"},
    {0x014C, 0x0151, "o"},  {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"}, {0x015A, 0x0161, "s"},
    {0x0162, 0x0167, "t"},  {0x0168, 0x0173, "u"}, {0x0174, 0x0175, "w"}, {0x0176, 0x0178, "y"},
    {0x0179, 0x017E, "z"},  {0x017F, 0x017F, "s"}, {0x0218, 0x0219, "s"}, {0x021A, 0x021B, "t"},
    {0x1E9E, 0x1E9E, "ss"},
};

// Decodes one UTF-8 sequence at `text[i]`, advancing `i`; malformed bytes come back as kDropped.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return text[i++];
  std::size_t length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return kDropped;
  }
  char32_t cp = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kDropped;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

// The ASCII a code point contributes to a slug: letters and digits, kSeparator's " ", or "".
std::string asciiFor(char32_t cp) {
  if (cp == kDropped) return "";
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    return " ";
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char* ascii = kLatin1[cp - 0xC0];
    return *ascii ? ascii : " ";
  }
  for (const Range& range : kLatinRanges)
    if (cp >= range.first && cp <= range.last) return range.ascii;
  // No-break space and general punctuation (dashes, quotes) separate words.
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000) return std::string(1, char(kSeparator));
  return "";  // other scripts, accents, symbols: dropped without splitting the word
}

std::string slugOrEmpty(std::string_view title) {
  constexpr std::size_t kMax = 60;
  std::string slug;
  bool pendingDash = false;
  for (std::size_t i = 0; i < title.size();) {
    for (char c : asciiFor(nextCodePoint(title, i))) {
      if (c == ' ') {
        pendingDash = !slug.empty();
        continue;
      }
      if (pendingDash) {
        if (slug.size() + 1 >= kMax) return slug;
        slug += '-';
        pendingDash = false;
      }
      if (slug.size() >= kMax) {
        // Too long: cut back to the last word boundary if that keeps something useful.
        auto dash = slug.rfind('-');
        if (dash != std::string::npos && dash >= kMax / 2) slug.resize(dash);
        return slug;
      }
      slug += c;
    }
  }
  return slug;
}

// The slug of the title, else one made of the id (already file-name safe when valid).
std::string fileStem(const PostMortem& doc) {
  std::string slug = slugOrEmpty(doc.title);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (!slug.empty()) return slug;
  if (!isValidId(doc.id)) return "postmortem";
  return doc.id.rfind("pm-", 0) == 0 ? doc.id : "pm-" + doc.id;
}

}  // namespace

std::string slugify(std::string_view title) {
  std::string slug = slugOrEmpty(title);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "postmortem" : slug;
}

std::string downloadFileName(const PostMortem& doc) { return fileStem(doc) + ".postmortem.json"; }

std::string markdownFileName(const PostMortem& doc) { return fileStem(doc) + ".md"; }

std::string numberedFileName(std::string_view name, int n) {
  if (n <= 1) return std::string(name);
  constexpr std::string_view kCompound = ".postmortem.json";
  std::size_t dot = name.size();
  if (name.size() > kCompound.size() && name.substr(name.size() - kCompound.size()) == kCompound)
    dot = name.size() - kCompound.size();
  else if (auto last = name.rfind('.'); last != std::string_view::npos && last > 0)
    dot = last;
  return std::string(name.substr(0, dot)) + " (" + std::to_string(n) + ")" + std::string(name.substr(dot));
}

}  // namespace hs
