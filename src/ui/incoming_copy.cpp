#include "ui/incoming_copy.h"

#include <imgui.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <set>

#include "core/edit/history.h"
#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/merge/revision.h"
#include "ui/item_registry.h"
#include "ui/new_document.h"
#include "ui/theme.h"
#include "ui/views/merge_view.h"

namespace hs::ui {
namespace {

constexpr const char* kPopup = "Copy of a post-mortem##incoming-copy";

struct Incoming {
  PostMortem doc;
  std::string fileName;
};

struct IncomingState {
  std::deque<Incoming> queue;
  std::set<Id> basesLoaded;  // post-mortems whose stored merge bases are in revisionLog(state)
  std::optional<CopyRelation> relation;  // of queue.front(), once compared
  std::optional<MergeSession> merge;
  bool open = false;
};

// Copies waiting and the merge in progress (UiState, one for the app).
IncomingState& incomingState(AppState& state) { return state.ui().shared<IncomingState>(); }

std::string titleOf(const PostMortem& doc) {
  return doc.title.empty() ? std::string("Untitled post-mortem") : doc.title;
}

void textItem(const std::string& text) {
  ImGui::TextWrapped("%s", text.c_str());
  registerCustomItem("incoming: " + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

// The library's copy becomes `next` as one undoable edit.
void replaceWith(AppState& state, PostMortem next, std::string label) {
  if (!state.findDocument(next.id)) return;
  state.replaceDocument(std::move(next), std::move(label));
}

void keepBoth(AppState& state, PostMortem incoming, const std::string& fileName) {
  PostMortem copy = withNewIds(std::move(incoming));
  copy.title = titleOf(copy) + " (copy from " + (fileName.empty() ? std::string("a file") : fileName) + ")";
  copy.revision.clear();
  copy.editedFrom.clear();
  Id id = copy.id;
  state.addDocument(std::move(copy));
  state.open(id);
  state.statusMessage = "Added the file as a separate post-mortem";
}

MergeSession startMerge(const PostMortem& ours, PostMortem theirs, const std::optional<PostMortem>& base,
                        const std::string& fileName) {
  MergeSession s;
  s.docId = ours.id;
  s.fileName = fileName;
  s.threeWay = base.has_value();
  s.ours = ours;
  s.result = base ? mergePostMortems(*base, ours, theirs) : mergePostMortemsTwoWay(ours, theirs);
  s.theirs = std::move(theirs);
  s.choices.assign(s.result.doc.conflicts.size(), ConflictChoice::KeepMine);
  s.edits.assign(s.result.doc.conflicts.size(), std::string());
  return s;
}

// Applies the choices; false (with session.error) when one cannot stand.
bool applyMerge(AppState& state, MergeSession& s) {
  PostMortem result = s.result.doc;
  const std::vector<MergeConflict> conflicts = result.conflicts;
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    std::string why;
    if (!resolveConflict(result, conflicts[i], s.choices[i], s.edits[i], &why)) {
      s.error = "Cannot apply: " + describeConflictPlace(result, conflicts[i]) + ": " + why;
      return false;
    }
  }
  if (!s.fileName.empty()) {
    // Made from both copies: the next save or download names both as its parents.
    PostMortem mine = s.ours;
    stampRevision(mine);
    keepRevision(state, mine);
    PostMortem theirs = s.theirs;
    stampRevision(theirs);
    keepRevision(state, theirs);
    result.revision.clear();
    result.editedFrom = {mine.revision, theirs.revision};
    std::sort(result.editedFrom.begin(), result.editedFrom.end());
  }
  const std::size_t fromTheirs = std::count_if(s.result.changes.begin(), s.result.changes.end(),
                                               [](const MergeChange& c) { return c.from != MergeSide::Ours; });
  replaceWith(state, std::move(result), s.fileName.empty() ? "Resolve merge conflicts" : "Merge " + s.fileName);
  state.open(s.docId);
  state.statusMessage = s.fileName.empty()
                            ? "Resolved " + std::to_string(conflicts.size()) + " conflict(s) (Ctrl+Z undoes it)"
                            : "Merged " + s.fileName + ": " + std::to_string(fromTheirs) + " change(s) from it, " +
                                  std::to_string(conflicts.size()) + " conflict(s) resolved (Ctrl+Z undoes it)";
  return true;
}

}  // namespace

RevisionLog& revisionLog(AppState& state) { return state.ui().shared<RevisionLog>(); }

void keepRevision(AppState& state, const PostMortem& doc) {
  if (doc.revision.empty() || revisionLog(state).find(doc.id, doc.revision)) return;
  revisionLog(state).keep(doc);
  state.platform().store().putRevision(doc.id, doc.revision, toJson(doc), kKeptRevisions);
}

void keepRevisionOf(AppState& state, const Id& id) {
  if (PostMortem* doc = state.findDocument(id)) {
    stampRevision(*doc);
    keepRevision(state, *doc);
  }
}

void receiveCopy(AppState& state, PostMortem incoming, const std::string& fileName) {
  IncomingState& waiting = incomingState(state);
  const Id id = incoming.id;
  waiting.queue.push_back({std::move(incoming), fileName});
  if (waiting.basesLoaded.count(id)) return;
  // The merge bases kept in earlier sessions; the copy waits for them (natively they
  // come at once, in the browser a moment later).
  state.platform().store().loadRevisions(id, [&state, id](std::vector<platform::LibraryStore::Record> records) {
    for (const auto& record : records) {
      if (revisionLog(state).find(id, record.id)) continue;
      LoadResult kept = loadPostMortemJson(record.bytes, "kept revision " + record.id);
      if (kept.ok() && kept.doc->id == id && kept.doc->revision == record.id) revisionLog(state).keep(*kept.doc);
    }
    incomingState(state).basesLoaded.insert(id);
  });
}

void resolveCarriedConflicts(AppState& state, const Id& id) {
  const PostMortem* doc = state.findDocument(id);
  if (!doc || doc->conflicts.empty()) return;
  MergeSession s;
  s.docId = id;
  s.ours = *doc;
  s.result.doc = *doc;
  s.choices.assign(doc->conflicts.size(), ConflictChoice::KeepMine);
  s.edits.assign(doc->conflicts.size(), std::string());
  incomingState(state).merge = std::move(s);
}

bool incomingCopyDialogOpen(AppState& state) { return incomingState(state).open; }

void drawIncomingCopyDialog(AppState& state) {
  IncomingState& waiting = incomingState(state);
  if (!waiting.merge && !waiting.queue.empty() && !waiting.relation &&
      waiting.basesLoaded.count(waiting.queue.front().doc.id)) {
    Incoming& next = waiting.queue.front();
    // A file edited by hand still names the revision it came from: that becomes its parent.
    stampRevision(next.doc);
    const PostMortem* mine = state.findDocument(next.doc.id);
    if (!mine) {  // deleted meanwhile: a plain import
      Id id = next.doc.id;
      keepRevision(state, next.doc);
      state.addDocument(std::move(next.doc));
      waiting.queue.pop_front();
      state.open(id);
      return;
    }
    keepRevision(state, next.doc);
    CopyComparison cmp = revisionLog(state).compare(*mine, next.doc);
    if (cmp.relation == CopyRelation::Diverged) {
      waiting.merge = startMerge(*mine, next.doc, cmp.base, next.fileName);
      waiting.queue.pop_front();
    } else {
      waiting.relation = cmp.relation;
    }
  }
  const bool want = waiting.merge || waiting.relation;
  if (want && !ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float scale = uiScale();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (waiting.merge)
    ImGui::SetNextWindowSize(ImVec2(std::min(900 * scale, viewport->WorkSize.x * 0.95f),
                                    std::min(640 * scale, viewport->WorkSize.y * 0.9f)), ImGuiCond_Always);
  waiting.open = ImGui::BeginPopupModal(kPopup, nullptr,
                                           waiting.merge ? ImGuiWindowFlags_NoResize : ImGuiWindowFlags_AlwaysAutoResize);
  if (!waiting.open) return;
  if (!want) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  if (waiting.merge) {
    MergeSession& s = *waiting.merge;
    MergeAction action = drawMergeView(s);
    if (action == MergeAction::Apply && applyMerge(state, s)) waiting.merge.reset();
    if (action == MergeAction::KeepBoth) {
      keepBoth(state, s.theirs, s.fileName);
      waiting.merge.reset();
    }
    if (action == MergeAction::Replace) {
      replaceWith(state, s.theirs, "Replace with imported file");
      state.open(s.docId);
      state.statusMessage = "Replaced with " + s.fileName + " (Ctrl+Z undoes it)";
      waiting.merge.reset();
    }
    if (action == MergeAction::Cancel) {
      state.statusMessage = s.fileName.empty() ? "The conflicts stay for later" : "Merge cancelled";
      waiting.merge.reset();
    }
  } else {
    Incoming& next = waiting.queue.front();
    const PostMortem* mine = state.findDocument(next.doc.id);
    const std::string title = "\"" + titleOf(next.doc) + "\"";
    enum { None, Update, KeepBoth, Close } choice = None;
    ImGui::PushTextWrapPos(560 * scale);
    switch (*waiting.relation) {
      case CopyRelation::Identical:
        textItem(title + " is already up to date: " + next.fileName + " holds the same content as your library.");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("OK", ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Enter)) choice = Close;
        break;
      case CopyRelation::IncomingNewer:
        textItem(next.fileName + " is a newer copy of " + title + ": it was made from the version in your library.");
        ImGui::PopTextWrapPos();
        ImGui::PushStyleColor(ImGuiCol_Button, toVec4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_Text, toVec4(IM_COL32(255, 255, 255, 255)));
        if (ImGui::Button("Update to the newer copy")) choice = Update;
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
        if (ImGui::Button("Keep both", ImVec2(120 * scale, 0))) choice = KeepBoth;
        break;
      default:
        textItem("Your library already has a newer version of " + title + ": " + next.fileName +
                 " is an older copy it was made from. Nothing to update.");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("OK", ImVec2(120 * scale, 0))) choice = Close;
        ImGui::SameLine();
        if (ImGui::Button("Keep both", ImVec2(120 * scale, 0))) choice = KeepBoth;
        break;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) choice = Close;
    if (choice != None) {
      Incoming taken = std::move(next);
      waiting.queue.pop_front();
      waiting.relation.reset();
      if (choice == Update && mine) {
        Id id = taken.doc.id;
        replaceWith(state, std::move(taken.doc), "Update to the newer copy");
        state.open(id);
        state.statusMessage = "Updated to the newer copy from " + taken.fileName + " (Ctrl+Z undoes it)";
      } else if (choice == KeepBoth) {
        keepBoth(state, std::move(taken.doc), taken.fileName);
      } else {
        state.statusMessage = "Nothing changed";
      }
    }
  }
  if (!waiting.merge && !waiting.relation && waiting.queue.empty()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace hs::ui
