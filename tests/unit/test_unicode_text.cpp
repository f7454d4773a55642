// Text in every script: search, filters and sorting fold case beyond ASCII, and every
// text field of the model comes back byte-exactly from every writer and reader.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/analysis/metrics.h"
#include "core/io/csv_export.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
#include "core/io/piecewise_snapshot.h"
#include "core/io/snapshot.h"
#include "core/library/actions_hub.h"
#include "core/library/library_index.h"
#include "core/library/text_match.h"
#include "core/text/text_fold.h"
#include "io_test_support.h"

using namespace hs;

namespace {

// One string per script, 4-byte emoji with ZWJ sequences, skin tones, a flag and VS16,
// and an NFD "é" (e + U+0301) that must stay decomposed.
const std::vector<std::string> kScripts = {
    "Łukasz Dvořák — Łódź, Çağrı, Ærøskøbing, Œuvre",                    // Latin Extended
    "Nguyễn Văn Đức: sự cố máy chủ",                                     // Vietnamese
    "Дмитрий Шостакович, Ёлка",                                          // Cyrillic
    "Σωκράτης — ΟΔΥΣΣΕΥΣ",                                               // Greek
    "山田太郎・障害報告 数据库故障",                                      // CJK
    "김민준 장애 보고서",                                                 // Hangul
    "สมชาย ระบบล่ม",                                                      // Thai
    "प्रिया शर्मा सर्वर विफलता",                                           // Devanagari
    "محمد العلي: تعطل الخادم",                                           // Arabic
    "דוד כהן: תקלה בשרת",                                                // Hebrew
    "\xF0\x9F\x94\xA5 \xE2\x9C\x85 "                                     // 🔥 ✅
    "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB "      // 👩🏽‍💻 (skin tone + ZWJ)
    "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "  // 👨‍👩‍👧
    "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88 "          // 🏳️‍🌈 (VS16 + ZWJ)
    "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF \xF0\x9F\x87\xAF\xF0\x9F\x87\xB5",  // 👍🏿 🇯🇵
    "Cafe\xCC\x81 (NFD)",
};

// Every free-text field of a post-mortem, by a name that says where it is.
std::vector<std::pair<std::string, std::string*>> textFields(PostMortem& d) {
  std::vector<std::pair<std::string, std::string*>> f = {
      {"title", &d.title},
      {"impact.text", &d.impact.text},
      {"sections.summary", &d.sections.summary},
      {"sections.detection", &d.sections.detection},
      {"sections.response", &d.sections.response},
      {"sections.rootCause", &d.sections.rootCause},
      {"sections.wentWell", &d.sections.wentWell},
      {"sections.lessonsLearned", &d.sections.lessonsLearned},
  };
  auto list = [&](const char* name, std::vector<std::string>& v) {
    for (std::size_t i = 0; i < v.size(); ++i) f.push_back({name + std::to_string(i), &v[i]});
  };
  list("authors/", d.authors);
  list("reviewers/", d.reviewers);
  list("tags/", d.tags);
  list("services/", d.services);
  list("dismissedHints/", d.dismissedHints);
  for (auto& e : d.events) f.push_back({"event " + e.id, &e.text});
  for (auto& n : d.whyNodes) {
    f.push_back({"why " + n.id, &n.text});
    f.push_back({"why notes " + n.id, &n.notes});
  }
  for (auto& x : d.factors) f.push_back({"factor " + x.id, &x.text});
  for (auto& a : d.actions) {
    f.push_back({"action title " + a.id, &a.title});
    f.push_back({"action owner " + a.id, &a.owner});
    f.push_back({"action notes " + a.id, &a.notes});
    f.push_back({"action link " + a.id, &a.link});
  }
  return f;
}

// The sample document with every text field holding script strings: field i gets script
// i (mod n) followed by its field name, so that no two fields are equal.
PostMortem multiScriptDoc() {
  PostMortem d = testing::sampleDoc();
  d.reviewers = {"Ёлка", "김민준"};
  d.authors = {kScripts[0], kScripts[2], kScripts[10]};
  d.tags = {kScripts[4], kScripts[3]};
  d.services = {kScripts[5], kScripts[8]};
  std::size_t i = 0;
  for (auto& [name, value] : textFields(d)) {
    if (name.rfind("authors/", 0) == 0 || name.rfind("tags/", 0) == 0 || name.rfind("services/", 0) == 0)
      continue;
    *value = kScripts[i++ % kScripts.size()] + " " + name;
  }
  for (auto& a : d.actions) a.link = "https://例え.jp/障害/" + a.id + "?q=" + kScripts[10];
  return d;
}

void checkSameText(PostMortem& expected, PostMortem& actual) {
  auto want = textFields(expected);
  auto got = textFields(actual);
  REQUIRE(want.size() == got.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CAPTURE(want[i].first);
    CHECK(got[i].first == want[i].first);
    CHECK(*got[i].second == *want[i].second);
  }
}

std::vector<Id> rowIds(const std::vector<LibraryRow>& rows) {
  std::vector<Id> out;
  for (const LibraryRow& r : rows) out.push_back(r.id);
  return out;
}

PostMortem titled(const char* id, const char* title) {
  PostMortem d;
  d.id = id;
  d.title = title;
  return d;
}

}  // namespace

// --- search, filters and sorting -------------------------------------------------------

TEST_CASE("unicode: search folds case in every script") {
  PostMortem d = titled("pm-1", "Дмитрий: ΟΔΥΣΣΕΥΣ outage in Hauptstraße");
  d.authors = {"Łukasz Dvořák"};
  d.tags = {"MONITORING"};
  CHECK(matchesText(d, "łukasz"));
  CHECK(matchesText(d, "ŁUKASZ"));
  CHECK(matchesText(d, "DVOŘÁK"));
  CHECK(matchesText(d, "дмитрий"));
  CHECK(matchesText(d, "ДМИТРИЙ hauptstraße"));
  CHECK(matchesText(d, "οδυσσευς"));        // final sigma folds like Σ and σ
  CHECK(matchesText(d, "HAUPTSTRASSE"));    // full case folding: ß = ss
  CHECK(matchesText(d, "monitoring"));
  // Accents stay significant: another letter in Czech, Vietnamese, Thai, Hindi...
  CHECK_FALSE(matchesText(d, "dvorak"));
  CHECK_FALSE(matchesText(d, "łukasz nobody"));
}

TEST_CASE("unicode: search matches NFC and NFD spellings of the same letter") {
  PostMortem nfd = titled("pm-1", "Cafe\xCC\x81 queue stalled");  // e + combining acute
  PostMortem nfc = titled("pm-2", "Caf\xC3\xA9 queue stalled");   // precomposed é
  CHECK(matchesText(nfd, "caf\xC3\xA9"));
  CHECK(matchesText(nfc, "CAFE\xCC\x81"));
  CHECK(matchesText(nfd, "CAF\xC3\x89"));  // É
  CHECK_FALSE(matchesText(nfc, "cafe queue"));
}

TEST_CASE("unicode: search finds CJK, Hangul, Thai, Arabic and emoji as typed") {
  PostMortem d = titled("pm-1", "山田 김민준 สมชาย محمد 🔥 outage");
  for (const char* q : {"山田", "김민준", "สมชาย", "محمد", "🔥"}) {
    CAPTURE(q);
    CHECK(matchesText(d, q));
  }
  CHECK_FALSE(matchesText(d, "田山"));
}

TEST_CASE("unicode: tag and service filters agree with search") {
  PostMortem d = titled("pm-1", "Queue");
  d.tags = {"Мониторинг"};
  d.services = {"Straße-API"};
  LibraryFilter f;
  f.tag = "МОНИТОРИНГ";
  CHECK(matchesFilter(d, f));
  f.tag = " мониторинг ";
  CHECK(matchesFilter(d, f));
  f.tag = "";
  f.service = "STRASSE-api";
  CHECK(matchesFilter(d, f));
  f.service = "strase-api";
  CHECK_FALSE(matchesFilter(d, f));
  // Whatever the filter accepts, the search finds, and the other way round.
  CHECK(matchesText(d, "МОНИТОРИНГ STRASSE-api"));
}

TEST_CASE("unicode: owner filter of the actions hub folds case beyond ASCII") {
  std::vector<PostMortem> lib(1, titled("pm-1", "Queue"));
  for (const char* owner : {"Łukasz", "łukasz", "ŁUKASZ", "Lukasz", "Дмитрий"}) {
    ActionItem a;
    a.id = std::string("ac-") + owner;
    a.title = "fix";
    a.owner = owner;
    lib[0].actions.push_back(a);
  }
  ActionFilter f;
  f.owner = "łukasz";
  std::vector<ActionRow> rows = queryActions(lib, f, 0);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].action.owner == "Łukasz");
  CHECK(rows[1].action.owner == "łukasz");
  CHECK(rows[2].action.owner == "ŁUKASZ");
  f.owner = "ДМИТРИЙ";
  rows = queryActions(lib, f, 0);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].action.owner == "Дмитрий");
}

TEST_CASE("unicode: titles sort with case folded, so łukasz sorts with Łukasz") {
  std::vector<PostMortem> lib = {titled("pm-1", "Łukasz b"), titled("pm-2", "Дмитрий 2"),
                                 titled("pm-3", "łukasz a"), titled("pm-4", "борис"),
                                 titled("pm-5", "ŁUKASZ c"), titled("pm-6", "Анна"),
                                 titled("pm-7", "дмитрий 1"), titled("pm-8", "Zebra")};
  LibrarySort sort{LibraryColumn::Title, true};
  CHECK(rowIds(queryLibrary(lib, {}, sort, 0)) ==
        std::vector<Id>{"pm-8", "pm-3", "pm-1", "pm-5", "pm-6", "pm-4", "pm-7", "pm-2"});
}

TEST_CASE("unicode: accented titles sort beside their base letter, then by accent and case") {
  std::vector<PostMortem> lib = {titled("pm-1", "Zoo"), titled("pm-2", "Éclair"),
                                 titled("pm-3", "eclair"), titled("pm-4", "Ecole"),
                                 titled("pm-5", "Apple"), titled("pm-6", "E\xCC\x81" "clair")};
  LibrarySort sort{LibraryColumn::Title, true};
  // eclair < éclair (NFC and NFD spellings equal up to the last, byte-wise key) < ecole < zoo
  CHECK(rowIds(queryLibrary(lib, {}, sort, 0)) ==
        std::vector<Id>{"pm-5", "pm-3", "pm-6", "pm-2", "pm-4", "pm-1"});
}

TEST_CASE("unicode: repeat incidents match tags and services as the filters do") {
  PostMortem earlier = titled("pm-1", "First");
  earlier.incidentDate = 1000;
  earlier.tags = {"Платежи"};
  earlier.services = {"Straße-API", "Łódź"};
  PostMortem later = titled("pm-2", "Again");
  later.incidentDate = 2000;
  later.tags = {"ПЛАТЕЖИ"};
  later.services = {"STRASSE-api", "lodz"};
  std::vector<RepeatIncident> repeats = findRepeatIncidents({earlier, later});
  REQUIRE(repeats.size() == 1);
  CHECK(repeats[0].sharedServices == std::vector<std::string>{"STRASSE-api"});
  // Tags count when the later incident lists no services (issue 14's definition).
  later.services.clear();
  repeats = findRepeatIncidents({earlier, later});
  REQUIRE(repeats.size() == 1);
  CHECK(repeats[0].sharedTags == std::vector<std::string>{"ПЛАТЕЖИ"});
}

// --- byte-exact round trips --------------------------------------------------------------

TEST_CASE("unicode: every text field survives JSON write and read byte-exactly") {
  PostMortem doc = multiScriptDoc();
  std::string json = toJson(doc);
  for (const std::string& s : kScripts) {
    CAPTURE(s);
    CHECK(json.find(s) != std::string::npos);  // written as UTF-8, not \u escapes
  }
  LoadResult back = loadPostMortemJson(json, "multi.hindsight.json");
  REQUIRE(back.ok());
  checkSameText(doc, *back.doc);
  CHECK(toJson(*back.doc) == json);
}

TEST_CASE("unicode: every text field survives a snapshot save and load byte-exactly") {
  PostMortem doc = multiScriptDoc();
  std::string error;
  std::optional<PostMortem> back = loadSnapshot(saveSnapshot(doc), &error);
  REQUIRE_MESSAGE(back, error);
  checkSameText(doc, *back);
}

TEST_CASE("unicode: every text field survives a piecewise snapshot byte-exactly") {
  PostMortem doc = multiScriptDoc();
  PiecewiseSnapshotWriter writer;
  PiecewiseSave save = writer.prepare(doc);
  std::map<std::string, std::string> pieces;
  for (const auto& p : save.changed) pieces[p.key] = p.bytes;
  std::string error;
  std::optional<PostMortem> back = assemblePiecewise(
      save.head,
      [&](const std::string& k) -> const std::string* {
        auto it = pieces.find(k);
        return it == pieces.end() ? nullptr : &it->second;
      },
      &error);
  REQUIRE_MESSAGE(back, error);
  checkSameText(doc, *back);
}

TEST_CASE("unicode: Markdown and CSV exports hold every string byte-exactly") {
  PostMortem doc = multiScriptDoc();
  std::string md = toMarkdown(doc);
  for (auto& [name, value] : textFields(doc)) {
    if (name.rfind("dismissedHints/", 0) == 0 || name.rfind("reviewers/", 0) == 0 ||
        name.rfind("why notes", 0) == 0 || name.rfind("action link", 0) == 0 ||
        name.rfind("action notes", 0) == 0)
      continue;  // not part of the Markdown report
    CAPTURE(name);
    CHECK(md.find(*value) != std::string::npos);
  }
  std::string csv = actionsCsv(doc);
  for (const auto& a : doc.actions) {
    CAPTURE(a.id);
    CHECK(csv.find(a.title) != std::string::npos);
    CHECK(csv.find(a.owner) != std::string::npos);
    CHECK(csv.find(a.link) != std::string::npos);
  }
  CHECK(csv.find(doc.title) != std::string::npos);
}

// --- the folding function itself ---------------------------------------------------------

TEST_CASE("unicode: foldCase gives one spelling per word whatever its case and composition") {
  CHECK(foldCase("Łukasz Dvořák") == "łukasz dvořák");
  CHECK(foldCase("ДМИТРИЙ") == "дмитрий");
  CHECK(foldCase("STRASSE") == "strasse");
  CHECK(foldCase("Straße") == "strasse");
  CHECK(foldCase("ΟΔΥΣΣΕΥΣ") == "οδυσσευσ");
  CHECK(foldCase("οδυσσευς") == "οδυσσευσ");
  CHECK(foldCase("Cafe\xCC\x81") == "caf\xC3\xA9");  // NFD in, NFC out
  CHECK(foldCase("NGUYỄN VĂN ĐỨC") == "nguyễn văn đức");
  CHECK(foldCase("山田 김민준 🔥") == "山田 김민준 🔥");
  CHECK(foldCase("ＡＢＣ") == "ａｂｃ");  // full-width stays full-width (no compatibility folding)
  CHECK(foldCase("Mixed ASCII") == "mixed ascii");
  // Not UTF-8: only the ASCII letters fold, the other bytes stay.
  CHECK(foldCase("AB\xFF\xC3") == "ab\xFF\xC3");
}

TEST_CASE("unicode: sort keys order by letter, then accent, then case") {
  CHECK(compareForSort("łukasz", "Łukasz") != 0);  // a total order, but...
  CHECK(compareForSort("Łukasz", "łukasz b") < 0);  // ...no other name between them
  CHECK(compareForSort("łukasz", "Łukasz") == 1);  // bytes decide last: Ł is C5 81, ł C5 82
  CHECK(compareForSort("Éclair", "ecole") < 0);
  CHECK(compareForSort("eclair", "Éclair") < 0);
  CHECK(compareForSort("Анна", "борис") < 0);
  CHECK(compareForSort("same", "same") == 0);
  CHECK(sortKey("Éa") == std::string("ea\0" "\xC3\xA9" "a\0" "\xC3\x89" "a", 10));
}

TEST_CASE("unicode: distinct owner, tag and service lists fold like the filters") {
  std::vector<std::string> names = {"łukasz", "Anna", "Łukasz", " ", "ŁUKASZ ", "дмитрий",
                                    "Дмитрий", "anna", "Zoë", ""};
  std::vector<std::string> distinct = distinctIgnoringCase(names);
  CHECK(distinct == std::vector<std::string>{"Anna", "Zoë", "łukasz", "дмитрий"});
  // Every offered name selects, through the filter, exactly the spellings it stands for.
  for (const std::string& option : distinct) {
    int selected = 0;
    for (const std::string& n : names) selected += equalsIgnoreCase(n, option) ? 1 : 0;
    CAPTURE(option);
    CHECK(selected == (option == "Zoë" ? 1 : option == "łukasz" ? 3 : 2));
  }
}
