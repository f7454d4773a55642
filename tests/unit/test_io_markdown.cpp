#include <doctest/doctest.h>

#include "core/io/markdown_export.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("io markdown: sections come in the template's order") {
  std::string md = toMarkdown(hs::testing::sampleDoc());
  const char* headings[] = {"# Checkout outage: 5xx!\n", "\n## Summary\n", "\n## Timeline\n",
                            "\n## Contributing Factors\n", "\n## Detection\n", "\n## Response\n",
                            "\n## Root Cause\n", "\n## 5 Whys\n", "\n## Action Items\n",
                            "\n## Lessons Learned\n", "\n## What went well\n"};
  std::size_t last = 0;
  for (const char* h : headings) {
    auto pos = md.find(h);
    CHECK_MESSAGE(pos != std::string::npos, h);
    CHECK_MESSAGE(pos >= last, h);
    last = pos;
  }
}

TEST_CASE("io markdown: title block, timeline, factors, whys, actions") {
  PostMortem d = hs::testing::sampleDoc();
  std::string md = toMarkdown(d);
  CHECK(md.rfind("# Checkout outage: 5xx!\n\n"
                 "- **Date:** 2026-01-15\n"
                 "- **Started:** 2026-01-15 14:30 UTC\n"
                 "- **Severity:** SEV-2 Major\n",
                 0) == 0);
  CHECK(md.find("- **Impact:** Checkout failed for | some users (1200 users affected, 5400.50 revenue lost)\n") !=
        std::string::npos);
  CHECK(md.find("- **Authors:** Ana, Bo\n- **Status:** Draft\n") != std::string::npos);
  CHECK(md.find("All times UTC on 2026-01-15.\n\n"
                "- **14:32** — Alert fired: high error rate _(Alert)_\n"
                "- **14:35** — On-call acknowledged _(Acknowledged)_\n"
                "- **14:40** — Bad config push found _(Cause identified)_ **[Decision point]**\n") !=
        std::string::npos);
  // Links, category and evidence on lines of their own under their item (hard breaks keep them apart).
  CHECK(md.find("## Contributing Factors\n\n### Technical\n\n- No schema check on config  \n"
                "  _Action:_ Validate config, before push\n\n## Detection\n\n"
                "_None recorded._\n") != std::string::npos);
  CHECK(md.find("## 5 Whys\n\n"
                "- **Problem:** Checkout returned 5xx\n"
                "    - Why? Payments endpoint missing from config  \n"
                "      _Timeline event:_ 14:40 \xE2\x80\x94 Bad config push found\n"
                "        - Why? Config push not validated **(root cause)** _(Process)_  \n"
                "          _Evidence:_ See deploy log  \n"
                "          _Factor:_ No schema check on config  \n"
                "          _Action:_ Validate config, before push\n"
                "    - Why? Alert only on error rate\n") != std::string::npos);
  CHECK(md.find("| Action | Owner | Due | Status | Kind | Progress | Link | Notes |\n"
                "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                "| Validate config, before push | Ana | 2026-02-01 | In progress | Prevent recurrence | 40% | "
                "https://tracker.example/PM-1 |  |\n"
                "| Say \"hello\"<br>to on-call |  |  | Done | Improve detection | 100% |  |  |\n") != std::string::npos);
  CHECK(md.back() == '\n');
}

TEST_CASE("io markdown: duration uses the override, table cells escape pipes") {
  PostMortem d = hs::testing::sampleDoc();
  d.durationOverride = 2 * kHour + 5 * kMinute;
  d.actions[0].title = "a | b";
  std::string md = toMarkdown(d);
  CHECK(md.find("- **Duration:** 2 h 05 min\n") != std::string::npos);
  CHECK(md.find("| a \\| b | Ana |") != std::string::npos);
  CHECK(markdownTableCell("x|y\r\nz") == "x\\|y<br>z");
}

TEST_CASE("io markdown: empty document still has every section") {
  PostMortem d;
  std::string md = toMarkdown(d);
  CHECK(md.find("# Untitled post-mortem\n") == 0);
  CHECK(md.find("- **Duration:** Unknown\n") != std::string::npos);
  CHECK(md.find("## 5 Whys\n\n_None recorded._\n") != std::string::npos);
  CHECK(md.find("## Action Items\n\n_None recorded._\n") != std::string::npos);
}

TEST_CASE("io markdown: a very long why chain does not recurse or explode") {
  PostMortem d;
  for (int i = 0; i < 20000; ++i) {
    WhyNode n;
    n.id = "wn-" + std::to_string(i);
    if (i) n.parentId = "wn-" + std::to_string(i - 1);
    n.text = "w";
    d.whyNodes.push_back(n);
  }
  std::string md = toMarkdown(d);
  // Indents stop at 16 levels of 4 spaces: a line is at most 64 + "- Why? w\n" bytes.
  CHECK(md.size() < 20000 * 80);
}
