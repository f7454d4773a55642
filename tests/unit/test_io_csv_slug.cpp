#include <doctest/doctest.h>

#include "core/io/csv_export.h"
#include "core/io/slug.h"
#include "io_test_support.h"

using namespace hs;

TEST_CASE("io csv: header, CRLF rows and RFC 4180 quoting") {
  PostMortem d = hs::testing::sampleDoc();
  CHECK(actionsCsv(d) ==
        "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n"
        "\"Validate config, before push\",Ana,2026-02-01,In progress,https://tracker.example/PM-1,"
        "Checkout outage: 5xx!,Prevent recurrence,\r\n"
        "\"Say \"\"hello\"\"\nto on-call\",,,Done,,Checkout outage: 5xx!,Improve detection,\r\n");
  CHECK(csvField("plain") == "plain");
  CHECK(csvField("a\rb") == "\"a\rb\"");
  CHECK(csvField("") == "");
}

TEST_CASE("io csv: many post-mortems share one header") {
  PostMortem a = hs::testing::sampleDoc();
  PostMortem b;
  b.title = "Other";
  ActionItem item;
  item.title = "Won't";
  item.status = ActionStatus::WontDo;
  b.actions.push_back(item);
  std::string csv = actionsCsv(std::vector<PostMortem>{a, b});
  CHECK(csv.find("Summary,") == 0);
  CHECK(csv.find("Summary,", 1) == std::string::npos);
  CHECK(csv.size() > 0);
  CHECK(csv.substr(csv.size() - 45) == "Won't,,,Won't do,,Other,Prevent recurrence,\r\n");
  CHECK(actionsCsv(std::vector<PostMortem>{}) == "Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n");
}

TEST_CASE("io slug: titles become file names") {
  CHECK(slugify("Checkout outage: 5xx!") == "checkout-outage-5xx");
  CHECK(slugify("") == "postmortem");
  CHECK(slugify("!!! ???") == "postmortem");
  CHECK(slugify("Café — crash") == "cafe-crash");
  CHECK(slugify("日本語") == "postmortem");
  CHECK(slugify("  --Leading and trailing--  ") == "leading-and-trailing");
  std::string longTitle = "database disk full on the primary replica after the archive job failed silently for weeks";
  std::string slug = slugify(longTitle);
  CHECK(slug == "database-disk-full-on-the-primary-replica-after-the-archive");
  CHECK(slug.size() <= 60);
  CHECK(slugify(std::string(100, 'x')).size() == 60);
  PostMortem d;
  d.title = "Checkout outage: 5xx!";
  CHECK(downloadFileName(d) == "checkout-outage-5xx.postmortem.json");
  CHECK(markdownFileName(d) == "checkout-outage-5xx.md");
}
