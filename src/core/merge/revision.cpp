#include "core/merge/revision.h"

#include <algorithm>

#include "core/io/json_writer.h"
#include "core/text/sha256.h"

namespace hs {

std::string canonicalRevision(const PostMortem& doc) {
  if (doc.revision.empty() && doc.editedFrom.empty()) return sha256Hex(toJson(doc));
  PostMortem content = doc;
  content.revision.clear();
  content.editedFrom.clear();
  return sha256Hex(toJson(content));
}

void stampRevision(PostMortem& doc) {
  std::string now = canonicalRevision(doc);
  if (now == doc.revision) return;
  if (!doc.revision.empty()) doc.editedFrom = {doc.revision};
  doc.revision = std::move(now);
}

void stampRevision(PostMortem& doc, std::vector<std::string> editedFrom) {
  editedFrom.erase(std::remove(editedFrom.begin(), editedFrom.end(), std::string()), editedFrom.end());
  std::sort(editedFrom.begin(), editedFrom.end());
  editedFrom.erase(std::unique(editedFrom.begin(), editedFrom.end()), editedFrom.end());
  doc.editedFrom = std::move(editedFrom);
  doc.revision = canonicalRevision(doc);
}

}  // namespace hs
