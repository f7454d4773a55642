// Post-mortem section names and their usual synonyms, as written in team
// templates (Google SRE, PagerDuty, Atlassian, GitLab, Hindsight's export).
#pragma once

#include <string_view>

namespace hs {

enum class SectionKind {
  Unknown, Metadata, Summary, Impact, Timeline, Factors, Detection, Response, RootCause, Trigger,
  Whys, Actions, Lessons, WentWell, WentWrong, Lucky
};

// "## 3. Root Causes and Trigger:" -> RootCause. Case, numbering, emphasis and
// trailing punctuation do not matter.
SectionKind sectionKindOf(std::string_view heading);
std::string_view sectionKindName(SectionKind kind);

}  // namespace hs
