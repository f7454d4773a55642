#include "core/io/markdown_import/section_kinds.h"

#include <string>

#include "core/io/timeline/text_scan.h"

namespace hs {
namespace {

// Lower case, letters, digits, ';' and single spaces only: "5 Why's" -> "5 whys".
std::string normalized(std::string_view heading) {
  std::string out;
  bool space = false;
  for (char c : heading) {
    char l = scan::lower(c);
    if (scan::isAlnum(l) || l == ';') {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += l;
    } else if (l == '\'') {
      continue;
    } else {
      space = true;
    }
  }
  // Leading numbering: "3 root causes" from "3. Root causes".
  std::size_t p = 0;
  while (p < out.size() && scan::isDigit(out[p])) ++p;
  if (p > 0 && p < out.size() && out[p] == ' ' && !(out.compare(p + 1, 4, "whys") == 0)) out.erase(0, p + 1);
  return out;
}

struct Name {
  std::string_view text;
  SectionKind kind;
};

// Checked in order; a heading matches when it starts with the name at a word boundary.
constexpr Name kNames[] = {
    {"what went well", SectionKind::WentWell},
    {"things that went well", SectionKind::WentWell},
    {"what went right", SectionKind::WentWell},
    {"what went wrong", SectionKind::WentWrong},
    {"things that went wrong", SectionKind::WentWrong},
    {"what didnt go well", SectionKind::WentWrong},
    {"what did not go well", SectionKind::WentWrong},
    {"what could have gone better", SectionKind::WentWrong},
    {"what could be improved", SectionKind::WentWrong},
    {"where we got lucky", SectionKind::Lucky},
    {"where we were lucky", SectionKind::Lucky},
    {"lucky", SectionKind::Lucky},
    {"lessons learned", SectionKind::Lessons},
    {"lessons learnt", SectionKind::Lessons},
    {"lessons", SectionKind::Lessons},
    {"learnings", SectionKind::Lessons},
    {"takeaways", SectionKind::Lessons},
    {"key takeaways", SectionKind::Lessons},
    {"what we learned", SectionKind::Lessons},
    {"executive summary", SectionKind::Summary},
    {"incident summary", SectionKind::Summary},
    {"summary", SectionKind::Summary},
    {"overview", SectionKind::Summary},
    {"tl;dr", SectionKind::Summary},
    {"tl dr", SectionKind::Summary},
    {"tldr", SectionKind::Summary},
    {"what happened", SectionKind::Summary},
    {"description", SectionKind::Summary},
    {"incident description", SectionKind::Summary},
    {"customer impact", SectionKind::Impact},
    {"user impact", SectionKind::Impact},
    {"business impact", SectionKind::Impact},
    {"impact", SectionKind::Impact},
    {"detailed timeline", SectionKind::Timeline},
    {"incident timeline", SectionKind::Timeline},
    {"timeline", SectionKind::Timeline},
    {"time line", SectionKind::Timeline},
    {"chronology", SectionKind::Timeline},
    {"sequence of events", SectionKind::Timeline},
    {"contributing factors", SectionKind::Factors},
    {"contributing factor", SectionKind::Factors},
    {"contributors", SectionKind::Factors},
    {"factors", SectionKind::Factors},
    {"detection", SectionKind::Detection},
    {"how was it detected", SectionKind::Detection},
    {"how it was detected", SectionKind::Detection},
    {"discovery", SectionKind::Detection},
    {"root cause", SectionKind::RootCause},
    {"root causes", SectionKind::RootCause},
    {"rca", SectionKind::RootCause},
    {"causes", SectionKind::RootCause},
    {"cause", SectionKind::RootCause},
    {"trigger", SectionKind::Trigger},
    {"5 whys", SectionKind::Whys},
    {"five whys", SectionKind::Whys},
    {"5 why", SectionKind::Whys},
    {"why analysis", SectionKind::Whys},
    {"action items", SectionKind::Actions},
    {"action item", SectionKind::Actions},
    {"actions", SectionKind::Actions},
    {"follow ups", SectionKind::Actions},
    {"follow up", SectionKind::Actions},
    {"followups", SectionKind::Actions},
    {"followup", SectionKind::Actions},
    {"corrective actions", SectionKind::Actions},
    {"corrective and preventative actions", SectionKind::Actions},
    {"corrective and preventive actions", SectionKind::Actions},
    {"preventive actions", SectionKind::Actions},
    {"next steps", SectionKind::Actions},
    {"action plan", SectionKind::Actions},
    {"remediation items", SectionKind::Actions},
    {"todo", SectionKind::Actions},
    {"improvements", SectionKind::Actions},
    {"improving", SectionKind::Actions},
    {"what we are doing", SectionKind::Actions},
    {"what were doing", SectionKind::Actions},
    {"what we will do", SectionKind::Actions},
    {"preventive measures", SectionKind::Actions},
    {"remediations", SectionKind::Actions},
    {"incident response", SectionKind::Response},
    {"response", SectionKind::Response},
    {"resolution", SectionKind::Response},
    {"mitigation", SectionKind::Response},
    {"recovery", SectionKind::Response},
    {"remediation", SectionKind::Response},
    {"repair", SectionKind::Response},
    {"metadata", SectionKind::Metadata},
    {"incident details", SectionKind::Metadata},
    {"incident information", SectionKind::Metadata},
    {"incident info", SectionKind::Metadata},
    {"details", SectionKind::Metadata},
    {"document information", SectionKind::Metadata},
};

}  // namespace

SectionKind sectionKindOf(std::string_view heading) {
  std::string h = normalized(heading);
  if (h.empty()) return SectionKind::Unknown;
  for (const Name& n : kNames) {
    if (h.compare(0, n.text.size(), n.text) != 0) continue;
    if (h.size() == n.text.size() || h[n.text.size()] == ' ') return n.kind;
  }
  return SectionKind::Unknown;
}

std::string_view sectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::Unknown: return "unknown";
    case SectionKind::Metadata: return "metadata";
    case SectionKind::Summary: return "summary";
    case SectionKind::Impact: return "impact";
    case SectionKind::Timeline: return "timeline";
    case SectionKind::Factors: return "contributing factors";
    case SectionKind::Detection: return "detection";
    case SectionKind::Response: return "response";
    case SectionKind::RootCause: return "root cause";
    case SectionKind::Trigger: return "trigger";
    case SectionKind::Whys: return "5 whys";
    case SectionKind::Actions: return "action items";
    case SectionKind::Lessons: return "lessons learned";
    case SectionKind::WentWell: return "what went well";
    case SectionKind::WentWrong: return "what went wrong";
    case SectionKind::Lucky: return "where we got lucky";
  }
  return "unknown";
}

}  // namespace hs
