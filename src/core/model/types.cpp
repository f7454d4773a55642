#include "core/model/types.h"

namespace hs {

std::string_view definition(Severity v) {
  switch (v) {
    case Severity::Sev1: return "Critical: system down, data loss, major impact.";
    case Severity::Sev2: return "Major: partial outage, significant user impact.";
    case Severity::Sev3: return "Minor: small impact, quick recovery.";
    case Severity::Sev4: return "Low: minimal impact, mostly internal.";
  }
  return {};
}

std::string_view reviewRequirement(Severity v) {
  switch (v) {
    case Severity::Sev1: return "Full post-mortem required.";
    case Severity::Sev2: return "Post-mortem recommended.";
    case Severity::Sev3: return "Brief review.";
    case Severity::Sev4: return "Review optional.";
  }
  return {};
}

}  // namespace hs
