#include "platform/native/cli_import.h"

#include <chrono>
#include <filesystem>
#include <optional>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_import.h"
#include "core/io/paste_import.h"
#include "core/io/slug.h"
#include "core/io/timeline/time_zones.h"
#include "core/edit/timeline_commands.h"
#include "core/model/ids.h"
#include "core/model/time_format.h"
#include "platform/native/local_files.h"

namespace hs::platform {
namespace {

constexpr const char* kImportUsage =
    "usage: hindsight import FILE... [-o DIR]\n"
    "       hindsight import --timeline FILE --date YYYY-MM-DD [--tz ZONE] [--day-first|--month-first]\n";

int usage(std::ostream& err, const std::string& what) {
  err << "hindsight import: " << what << "\n" << kImportUsage;
  return 2;
}

TimeMs nowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::optional<std::string> read(const std::string& path, std::ostream& err) {
  LocalRead r = readLocalFile(path, ReadLimits{}.maxFileBytes);
  if (!r.ok) {
    err << path << ": cannot read the file: " << r.error << "\n";
    return std::nullopt;
  }
  return std::move(r.bytes);
}

void printReport(const std::string& path, const PostMortem& doc, const MarkdownImportReport& report,
                 std::ostream& err) {
  err << path << ": imported \"" << doc.title << "\": " << doc.events.size() << " events, " << doc.factors.size()
      << " factors, " << doc.whyNodes.size() << " whys, " << doc.actions.size() << " actions\n";
  for (const std::string& s : report.keptSections) err << path << ": kept section \"" << s << "\" in the summary\n";
  for (const std::string& d : report.disagreements) err << path << ": figure differs: " << d << "\n";
  for (const std::string& n : report.notes) err << path << ": " << n << "\n";
  for (const PasteRow& row : report.timelineRows)
    if (!row.accepted && !row.context) err << path << ":" << row.line << ": not read: " << row.reason << "\n";
}

// The post-mortem in a file: Markdown by content, else Hindsight JSON.
std::optional<PostMortem> importOne(const std::string& path, std::ostream& err) {
  auto text = read(path, err);
  if (!text) return std::nullopt;
  if (looksLikeMarkdown(*text)) {
    MarkdownImportOptions o;
    o.now = nowMs();
    MarkdownImport m = importMarkdown(*text, o);
    printReport(path, m.doc, m.report, err);
    // Through the exchange format's checks, as any file is.
    LoadResult checked = loadPostMortemJson(toJson(m.doc), path);
    for (const LoadError& e : checked.errors) err << e.format() << "\n";
    return std::move(checked.doc);
  }
  std::string_view t = *text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\r' || t.front() == '\t'))
    t.remove_prefix(1);
  if (t.empty() || t.front() != '{') {
    err << path << ": refused: neither a Markdown post-mortem (no heading, title or date line) nor a Hindsight JSON file\n";
    return std::nullopt;
  }
  LoadResult result = loadPostMortemJson(*text, path);
  for (const LoadError& e : result.errors) err << e.format() << "\n";
  if (result.doc) err << path << ": already Hindsight JSON, rewritten as is\n";
  return std::move(result.doc);
}

int importFiles(const std::vector<std::string>& files, const std::string& outDir, std::ostream& out,
                std::ostream& err) {
  if (files.empty()) return usage(err, "needs at least one FILE");
  if (outDir.empty() && files.size() > 1) return usage(err, "several FILEs need -o DIR (one JSON file each)");
  if (!outDir.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(outDir, ec)) return usage(err, "-o " + outDir + " is not a folder");
  }
  bool all = true;
  for (const std::string& file : files) {
    auto doc = importOne(file, err);
    if (!doc) {
      all = false;
      continue;
    }
    if (outDir.empty()) {
      out << toJson(*doc);
      continue;
    }
    LocalSave saved = saveWithoutReplacing(outDir, downloadFileName(*doc), toJson(*doc));
    if (saved.ok) {
      err << file << ": written to " << saved.path << "\n";
    } else {
      err << file << ": not written: " << saved.error << "\n";
      all = false;
    }
  }
  return all ? 0 : 1;
}

int importTimeline(const std::string& file, const std::string& date, const std::string& zone, DateOrder order,
                   std::ostream& out, std::ostream& err) {
  auto day = parseDateTime(date);
  if (!day || date.size() != 10) return usage(err, "--date takes YYYY-MM-DD, not \"" + date + "\"");
  if (!findTimeZone(zone)) return usage(err, "unknown zone \"" + zone + "\" (e.g. UTC, Europe/Berlin, PST, +02:00)");
  auto text = read(file, err);
  if (!text) return 1;
  PasteOptions o;
  o.incidentDate = *day;
  o.zone = zone;
  o.dateOrder = order;
  PastePreview p = previewPastedTimeline(*text, o);
  for (const PasteRow& row : p.rows) {
    if (row.accepted || row.context) continue;
    std::string source = row.source.substr(0, row.source.find('\n'));
    err << file << ":" << row.line << ": not read: " << row.reason << ": " << source << "\n";
  }
  if (p.zoneAssumedCount > 0)
    err << file << ": " << p.zoneAssumedCount << " time(s) without a zone were read as " << zone << "\n";
  if (p.ambiguousDateCount > 0)
    err << file << ": " << p.ambiguousDateCount << " date(s) read "
        << (p.dateOrder == DateOrder::DayFirst ? "day first (DD/MM)" : "month first (MM/DD)")
        << "; use --day-first or --month-first to choose\n";
  PostMortem doc;
  doc.id = newId("pm");
  doc.title = "Draft from " + std::filesystem::path(file).filename().string();
  doc.created = doc.updated = nowMs();
  doc.events = eventsFromPaste(p);
  for (TimelineEvent& e : doc.events) e.updated = doc.updated;
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
  doc.incidentDate = doc.events.empty() ? *day : doc.events.front().time;
  out << toJson(doc);
  err << file << ": " << p.acceptedCount << " events read, " << p.rejectedCount << " lines not read\n";
  return p.acceptedCount > 0 ? 0 : 1;
}

}  // namespace

int runImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::string outDir, timeline, date, zone = "UTC";
  DateOrder order = DateOrder::Auto;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    if (a == "-o" || a == "--output") {
      if (!value(outDir)) return usage(err, a + " needs a folder");
    } else if (a == "--timeline") {
      if (!value(timeline)) return usage(err, "--timeline needs a FILE");
    } else if (a == "--date") {
      if (!value(date)) return usage(err, "--date needs YYYY-MM-DD");
    } else if (a == "--tz") {
      if (!value(zone)) return usage(err, "--tz needs a zone");
    } else if (a == "--day-first") {
      order = DateOrder::DayFirst;
    } else if (a == "--month-first") {
      order = DateOrder::MonthFirst;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage(err, "unknown option \"" + a + "\"");
    } else {
      files.push_back(a);
    }
  }
  if (!timeline.empty()) {
    if (!files.empty() || !outDir.empty()) return usage(err, "--timeline takes one FILE and no -o");
    if (date.empty()) return usage(err, "--timeline needs --date YYYY-MM-DD");
    return importTimeline(timeline, date, zone, order, out, err);
  }
  if (!date.empty()) return usage(err, "--date goes with --timeline");
  return importFiles(files, outDir, out, err);
}

}  // namespace hs::platform
