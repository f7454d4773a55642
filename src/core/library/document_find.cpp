#include "core/library/document_find.h"

#include "core/library/text_match.h"
#include "core/text/folded_find.h"
#include "core/text/text_fold.h"

namespace hs {
namespace {

class Finder {
 public:
  Finder(std::string foldedQuery, std::size_t limit) : query_(std::move(foldedQuery)), limit_(limit) {}

  void look(FindPlace place, const Id& id, const char* field, std::string_view text) {
    if (hits_.size() >= limit_) return;
    for (const TextSpan& span : findFolded(text, query_, limit_ - hits_.size())) {
      FindHit hit;
      hit.place = place;
      hit.elementId = id;
      hit.field = field;
      hit.snippet = snippetAround(text, span, &hit.matchStart);
      hit.matchLength = span.end - span.begin;
      hits_.push_back(std::move(hit));
    }
  }
  void lookAll(FindPlace place, const char* field, const std::vector<std::string>& texts) {
    for (const std::string& text : texts) look(place, Id(), field, text);
  }

  std::vector<FindHit> take() { return std::move(hits_); }

 private:
  std::string query_;
  std::size_t limit_;
  std::vector<FindHit> hits_;
};

}  // namespace

std::vector<FindHit> findInDocument(const PostMortem& doc, std::string_view query, std::size_t limit) {
  const std::string folded = foldCase(trimmed(query));
  if (folded.empty()) return {};
  Finder f(folded, limit);
  const Id none;
  f.look(FindPlace::Overview, none, "title", doc.title);
  f.look(FindPlace::Overview, none, "summary", doc.sections.summary);
  f.lookAll(FindPlace::Overview, "service", doc.services);
  f.lookAll(FindPlace::Overview, "tag", doc.tags);
  f.lookAll(FindPlace::Overview, "author", doc.authors);
  f.lookAll(FindPlace::Overview, "reviewer", doc.reviewers);
  f.look(FindPlace::Overview, none, "impact", doc.impact.text);
  f.look(FindPlace::Overview, none, "detection", doc.sections.detection);
  f.look(FindPlace::Overview, none, "response", doc.sections.response);
  f.look(FindPlace::Overview, none, "root cause", doc.sections.rootCause);
  f.look(FindPlace::Overview, none, "what went well", doc.sections.wentWell);
  f.look(FindPlace::Overview, none, "lessons learned", doc.sections.lessonsLearned);
  for (const TimelineEvent& e : doc.events) f.look(FindPlace::Timeline, e.id, "event", e.text);
  for (const WhyNode& n : doc.whyNodes) {
    f.look(FindPlace::WhyTree, n.id, "why", n.text);
    f.look(FindPlace::WhyTree, n.id, "why notes", n.notes);
  }
  for (const Factor& factor : doc.factors) f.look(FindPlace::Factors, factor.id, "factor", factor.text);
  for (const ActionItem& a : doc.actions) {
    f.look(FindPlace::Actions, a.id, "action", a.title);
    f.look(FindPlace::Actions, a.id, "action owner", a.owner);
    f.look(FindPlace::Actions, a.id, "action link", a.link);
    f.look(FindPlace::Actions, a.id, "action notes", a.notes);
  }
  return f.take();
}

}  // namespace hs
