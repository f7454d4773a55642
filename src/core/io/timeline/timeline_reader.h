// Reads timeline text line by line (or CSV record by record) into PasteRows,
// keeping the state that spans lines: the current day (set by dates and day
// headings, rolled over at midnight), the zone stated for the rows below ("All
// times UTC", a "Time (PDT)" column), a Slack message being gathered, and the
// bullet a continuation line belongs to. Used by the paste preview and the
// Markdown importer alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/paste_import.h"
#include "core/io/timeline/csv_record.h"
#include "core/io/timeline/stamp_reader.h"

namespace hs {

class TimelineReader {
 public:
  // order: how ambiguous slash dates are read (MonthFirst or DayFirst).
  TimelineReader(PastePreview& out, const PasteOptions& options, DateOrder order);

  void readLine(int line, std::string_view raw);
  void readCsv(int line, std::string_view raw, const std::vector<std::string>& fields,
               const CsvColumns& columns);
  // Ends a Slack message still being gathered.
  void finish();

  // Unambiguous slash dates seen, by the order they prove.
  int monthFirstEvidence() const { return monthFirst_; }
  int dayFirstEvidence() const { return dayFirst_; }

 private:
  struct Placed {
    TimeMs utc = 0;
    std::string zone;
    bool zoneAssumed = false;
  };
  struct Slack {
    int line = 0;
    std::string source;
    std::string name;
    std::string message;
    Stamp stamp;
    std::size_t offset = 0;  // of the stamp's text within source
    int lastLine = 0;        // the message's last line, which may turn out to be the next name
    std::size_t lastLineBytes = 0;
    std::size_t lastRawBytes = 0;
  };

  Placed place(const Stamp& stamp);
  void accept(int line, std::string_view raw, const Stamp& stamp, std::size_t offset, std::string text,
              std::optional<EventKind> kind, bool decisionPoint);
  void reject(int line, std::string_view raw, std::string reason);
  void context(int line, std::string_view raw, std::string note);
  void setDay(const CivilDate& date);
  void noteEvidence(const Stamp& stamp);
  bool readTableRow(int line, std::string_view raw);
  bool readDayHeading(int line, std::string_view raw, std::string_view content);
  // Applies a zone and a date written in the text; says what it set (empty: nothing).
  std::string applyStatedContext(std::string_view content);
  bool readStatedZone(int line, std::string_view raw, std::string_view content);
  bool readSlackHeader(int line, std::string_view raw, std::string_view content);
  void flushSlack();

  PastePreview& out_;
  DateOrder order_;
  TimeZone zone_;
  bool zoneStated_ = false;
  TimeMs incidentDay_ = 0;
  TimeMs day_ = 0;                // local midnight of the current day
  std::optional<TimeMs> last_;    // local time of the previous row
  int defaultYear_ = 1970;
  int monthFirst_ = 0;
  int dayFirst_ = 0;
  std::optional<Slack> slack_;
  std::string slackName_;
  int lastLine_ = 0;              // the previous non-empty line
  bool lastWasBulletEvent_ = false;
};

}  // namespace hs
