#include <doctest/doctest.h>

#include "core/io/slug.h"

using namespace hs;

namespace {
PostMortem titled(std::string title, std::string id) {
  PostMortem doc;
  doc.title = std::move(title);
  doc.id = std::move(id);
  return doc;
}
}  // namespace

TEST_CASE("desktop: common Latin letters are transliterated in file names") {
  CHECK(slugify("Łódź outage") == "lodz-outage");
  CHECK(slugify("Dvořák") == "dvorak");
  CHECK(slugify("Straße gesperrt") == "strasse-gesperrt");
  CHECK(slugify("Ærø Œuvre Þing") == "aero-oeuvre-thing");
  CHECK(slugify("Señor Ça Ğ İstanbul") == "senor-ca-g-istanbul");
  CHECK(slugify("București: Țară") == "bucuresti-tara");
  CHECK(slugify("Café — crash") == "cafe-crash");
  CHECK(slugify("5×5") == "5-5");
  // Other scripts are still dropped without splitting the word around them.
  CHECK(slugify("db日本primary") == "dbprimary");
  // Malformed UTF-8 is dropped, never turned into a letter.
  CHECK(slugify(std::string("a\xC3") + "b\xFF" + "c") == "abc");
}

TEST_CASE("desktop: a title without ASCII letters is named by the post-mortem id") {
  CHECK(downloadFileName(titled("日本語の障害", "pm-0123456789abcdef")) == "pm-0123456789abcdef.postmortem.json");
  CHECK(markdownFileName(titled("日本語の障害", "pm-0123456789abcdef")) == "pm-0123456789abcdef.md");
  CHECK(downloadFileName(titled("!!! ???", "a1b2")) == "pm-a1b2.postmortem.json");
  CHECK(downloadFileName(titled("", "X_9")) == "pm-X_9.postmortem.json");
  // Two such post-mortems get different names.
  CHECK(downloadFileName(titled("障害", "pm-1")) != downloadFileName(titled("障害", "pm-2")));
  // An id that is not file-name safe is never used as a name.
  CHECK(downloadFileName(titled("障害", "../etc/passwd")) == "postmortem.postmortem.json");
  CHECK(downloadFileName(titled("Łódź", "pm-1")) == "lodz.postmortem.json");
}

TEST_CASE("desktop: numbered file names put the number before the extension") {
  CHECK(numberedFileName("a.postmortem.json", 1) == "a.postmortem.json");
  CHECK(numberedFileName("a.postmortem.json", 2) == "a (2).postmortem.json");
  CHECK(numberedFileName("checkout.md", 3) == "checkout (3).md");
  CHECK(numberedFileName("README", 2) == "README (2)");
  CHECK(numberedFileName(".postmortem.json", 2) == ".postmortem (2).json");
  CHECK(numberedFileName(".hidden", 2) == ".hidden (2)");
}
