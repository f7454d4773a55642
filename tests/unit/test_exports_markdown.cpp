// Markdown opened in a renderer with HTML on (GitHub, GitLab, VS Code preview)
// shows the text people wrote and runs nothing.
#include <doctest/doctest.h>

#include "core/io/markdown_export.h"
#include "core/io/markdown_export_escape.h"
#include "io_test_support.h"

using namespace hs;

namespace {
bool has(const std::string& md, const std::string& part) { return md.find(part) != std::string::npos; }
std::size_t count(const std::string& md, const std::string& part) {
  std::size_t n = 0;
  for (auto at = md.find(part); at != std::string::npos; at = md.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("exports: Markdown shows HTML and link syntax in user text as text") {
  PostMortem d = hs::testing::sampleDoc();
  d.title = "<script>alert(1)</script> & [click](javascript:alert(1))";
  d.authors = {"<img src=x onerror=alert(1)>", "*Bo*"};
  d.events[0].text = "[pay](javascript:alert(document.cookie)) ![x](x.png)";
  d.whyNodes[1].text = "<a href=\"javascript:alert(1)\">why</a> `code` ~~gone~~ _em_ back\\slash";
  d.factors[0].text = "<iframe src=//evil.example>";
  d.actions[0].title = "<b>bold</b>";
  d.actions[0].owner = "Ana|Bo [x](javascript:alert(1))";
  d.actions[0].link = "javascript:alert(1)";
  d.actions[1].link = "https://tracker.example/PM_2?a=1&b=2";
  const std::string md = toMarkdown(d);

  CHECK(md.rfind("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\[click\\](javascript:alert(1))\n", 0) == 0);
  CHECK(has(md, "- **Authors:** &lt;img src=x onerror=alert(1)&gt;, \\*Bo\\*\n"));
  CHECK(has(md, "- **14:32** — \\[pay\\](javascript:alert(document.cookie)) !\\[x\\](x.png) _(Alert)_\n"));
  CHECK(has(md, "    - Why? &lt;a href=\"javascript:alert(1)\"&gt;why&lt;/a&gt; \\`code\\` \\~\\~gone\\~\\~ \\_em\\_ back\\\\slash  \n"));
  CHECK(has(md, "- &lt;iframe src=//evil.example&gt;  \n  _Action:_ &lt;b&gt;bold&lt;/b&gt;\n"));
  CHECK(has(md, "          _Factor:_ &lt;iframe src=//evil.example&gt;  \n          _Action:_ &lt;b&gt;bold&lt;/b&gt;\n"));
  // Table: the pipe stays inside its cell, the javascript: link is inert text, the https link is kept.
  CHECK(has(md, "| &lt;b&gt;bold&lt;/b&gt; | Ana\\|Bo \\[x\\](javascript:alert(1)) | 2026-02-01 | In progress | "
                "Prevent recurrence | 40% | javascript:alert(1) |  |\n"));
  CHECK(has(md, "| Done | Improve detection | 100% | https://tracker.example/PM_2?a=1&b=2 |  |\n"));
  // Nothing that opens a tag survives anywhere.
  CHECK(!has(md, "<script"));
  CHECK(!has(md, "<img"));
  CHECK(!has(md, "<a "));
  CHECK(!has(md, "<iframe"));
  CHECK(count(md, "](javascript:") == 3);  // each one escaped: "\\](" closes no link text
  CHECK(count(md, "\\](javascript:") == 3);
}

TEST_CASE("exports: Markdown prose sections keep formatting but lose HTML and unsafe links") {
  PostMortem d = hs::testing::sampleDoc();
  d.sections.summary =
      "**Checkout** failed, see [the runbook](https://wiki.example/run) and [notes](notes.md).\n"
      "<script>alert(1)</script><img src=x onerror=alert(1)>\n"
      "[bad](javascript:alert(1)) [worse](JaVaScRiPt:alert(1)) [ent](jav&#97;script:alert(1)) "
      "![img](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(1)>\n"
      "[ref]: javascript:alert(1)\n"
      "[ok]: https://example.com";
  const std::string md = toMarkdown(d);
  // Each line break inside the paragraph is kept as a hard break (two spaces).
  CHECK(has(md, "## Summary\n\n"
                "**Checkout** failed, see [the runbook](https://wiki.example/run) and [notes](notes.md).  \n"
                "&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(1)>  \n"
                "[bad\\](javascript:alert(1)) [worse\\](JaVaScRiPt:alert(1)) [ent\\](jav&amp;#97;script:alert(1)) "
                "![img\\](data:text/html;base64,PHNjcmlwdD4=) &lt;javascript:alert(1)>  \n"
                "\\[ref]: javascript:alert(1)  \n"
                "[ok]: https://example.com\n"));
  CHECK(isSafeLinkDestination("https://a.example"));
  CHECK(isSafeLinkDestination("MAILTO:ops@example.com"));
  CHECK(isSafeLinkDestination("docs/runbook.md#disk"));
  CHECK(!isSafeLinkDestination("javascript:alert(1)"));
  CHECK(!isSafeLinkDestination(" vbscript:x"));
  CHECK(!isSafeLinkDestination("&#106;avascript&#58;alert(1)"));
}

TEST_CASE("exports: Markdown prints revenue in full or in exact scientific notation, never cut") {
  PostMortem d = hs::testing::sampleDoc();
  d.impact.revenueLost = 1e61;
  CHECK(has(toMarkdown(d), "(1200 users affected, 1e+61 revenue lost)\n"));
  d.impact.revenueLost = 1e301;
  CHECK(has(toMarkdown(d), "(1200 users affected, 1e+301 revenue lost)\n"));
  d.impact.revenueLost = 1.7976931348623157e308;
  CHECK(has(toMarkdown(d), "(1200 users affected, 1.7976931348623157e+308 revenue lost)\n"));
  CHECK(markdownAmount(5400.5) == "5400.50");
  CHECK(markdownAmount(999999999999999.0) == "999999999999999.00");
  CHECK(markdownAmount(1e15) == "1e+15");
  CHECK(markdownAmount(0) == "0.00");
}
