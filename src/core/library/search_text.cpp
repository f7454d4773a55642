#include "core/library/search_text.h"

namespace hs {
namespace {

void addLine(std::string& out, const char* where, std::string_view text) {
  bool blank = true;
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') blank = false;
  if (blank) return;
  out += where;
  out += '\t';
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  out += '\n';
}

}  // namespace

std::string searchTextOf(const PostMortem& doc) {
  std::string out;
  addLine(out, "title", doc.title);
  addLine(out, "summary", doc.sections.summary);
  addLine(out, "detection", doc.sections.detection);
  addLine(out, "response", doc.sections.response);
  addLine(out, "root cause", doc.sections.rootCause);
  addLine(out, "went well", doc.sections.wentWell);
  addLine(out, "lessons", doc.sections.lessonsLearned);
  addLine(out, "impact", doc.impact.text);
  for (const TimelineEvent& e : doc.events) addLine(out, "event", e.text);
  for (const WhyNode& n : doc.whyNodes) {
    addLine(out, "why", n.text);
    addLine(out, "why notes", n.notes);
  }
  for (const Factor& f : doc.factors) addLine(out, "factor", f.text);
  for (const ActionItem& a : doc.actions) {
    addLine(out, "action", a.title);
    addLine(out, "action owner", a.owner);
    addLine(out, "action notes", a.notes);
  }
  for (const std::string& p : doc.authors) addLine(out, "author", p);
  for (const std::string& p : doc.reviewers) addLine(out, "reviewer", p);
  for (const std::string& s : doc.services) addLine(out, "service", s);
  for (const std::string& t : doc.tags) addLine(out, "tag", t);
  return out;
}

}  // namespace hs
