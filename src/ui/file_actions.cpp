#include "ui/file_actions.h"

#include <imgui.h>

#include <string>

#include "core/io/json_reader.h"
#include "core/io/json_writer.h"
#include "core/io/markdown_export.h"
#include "core/io/markdown_import.h"
#include "core/io/slug.h"
#include "core/merge/revision.h"
#include "ui/import_report.h"
#include "ui/incoming_copy.h"
#include "ui/item_registry.h"
#include "ui/shipped_examples.h"
#include "ui/theme.h"

namespace hs::ui {
namespace {

constexpr const char* kErrorPopup = "Could not open##import-errors";
constexpr std::size_t kErrorsShownPerFile = 12;

struct FailedFile {
  std::string name;
  std::vector<LoadError> errors;
};

struct ImportQueue {
  std::vector<FailedFile> failed;
  bool showErrors = false;
  bool errorsOpen = false;
  bool reportOpen = false;
};

// Import results waiting to be shown (UiState, one for the app).
ImportQueue& importQueue(AppState& state) { return state.ui().shared<ImportQueue>(); }

std::string baseName(const std::string& path) {
  auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string titleOf(const PostMortem& doc) {
  return doc.title.empty() ? std::string("Untitled post-mortem") : doc.title;
}

// Shows a line of text and registers it so browser tests can read it.
void textItem(std::string_view prefix, const std::string& text, bool wrapped = true) {
  if (wrapped) ImGui::TextWrapped("%s", text.c_str());
  else ImGui::TextUnformatted(text.c_str());
  registerCustomItem(prefix, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

bool saveBytes(AppState& state, const std::string& name, const char* mime, const std::string& bytes) {
  std::string where;
  if (!state.platform().saveFile(name, mime, bytes, &where)) {
    state.banners.push_back({Banner::Kind::Error, "Could not save " + name + ": " + where, false});
    return false;
  }
  state.statusMessage = state.platform().isWeb() ? "Downloaded " + name : "Saved " + where;
  return true;
}

}  // namespace

bool downloadJson(AppState& state, const PostMortem& doc) {
  keepRevisionOf(state, doc.id);  // the file names its revision, kept as a merge base
  return saveBytes(state, downloadFileName(doc), "application/json", toJson(doc));
}

bool downloadMarkdown(AppState& state, const PostMortem& doc) {
  return saveBytes(state, markdownFileName(doc), "text/markdown", toMarkdown(doc));
}

void downloadCopies(AppState& state) {
  if (const PostMortem* doc = state.openDocument()) {
    downloadJson(state, *doc);
    return;
  }
  int count = 0;
  for (const auto& dirty : state.unsaved().dirty())
    if (const PostMortem* doc = state.findDocument(dirty.first)) count += downloadJson(state, *doc) ? 1 : 0;
  if (count == 0)
    for (const auto& doc : state.library()) count += downloadJson(state, doc) ? 1 : 0;
  if (count > 1) state.statusMessage = "Downloaded " + std::to_string(count) + " post-mortems";
}

void openFilesFromPicker(AppState& state) {
  state.platform().openFiles([&state](std::vector<platform::FileData> files) {
    importFiles(state, std::move(files));
  });
}

void openShippedExample(AppState& state, std::size_t index) {
  if (index >= kShippedExampleCount) return;
  const EmbeddedFile& file = kShippedExamples[index];
  importFiles(state, {{file.name, std::string(reinterpret_cast<const char*>(file.data), file.size)}});
}

void importFiles(AppState& state, std::vector<platform::FileData> files) {
  ImportQueue& queue = importQueue(state);
  std::vector<Id> added;
  bool anyMarkdown = false;
  beginImportReport(state);
  for (auto& file : files) {
    std::string name = baseName(file.name);
    if (!file.error.empty()) {
      queue.failed.push_back({name, {{name, "", file.error}}});
      addImportOutcome(state, {name, ImportOutcome::Result::Refused, file.error, {}});
      continue;
    }
    // A Markdown post-mortem is recognised by its content, whatever its name.
    ImportOutcome outcome{name, ImportOutcome::Result::Imported, "", {}};
    LoadResult result;
    if (looksLikeMarkdown(file.bytes)) {
      anyMarkdown = true;
      MarkdownImportOptions options;
      options.now = state.now();
      MarkdownImport m = importMarkdown(file.bytes, options);
      outcome.detail = "Markdown: \"" + m.doc.title + "\", " + std::to_string(m.doc.events.size()) + " events, " +
                       std::to_string(m.doc.factors.size()) + " factors, " + std::to_string(m.doc.actions.size()) +
                       " actions";
      for (const std::string& s : m.report.keptSections) outcome.notes.push_back("Kept section \"" + s + "\" in the summary.");
      for (const std::string& d : m.report.disagreements) outcome.notes.push_back("Differs from the timeline: " + d + ".");
      for (const std::string& n : m.report.notes) outcome.notes.push_back(n);
      // Through the exchange format's checks, as any file is: an import is never less checked.
      result = loadPostMortemJson(toJson(m.doc), name);
    } else {
      result = loadPostMortemJson(file.bytes, name);
    }
    if (!result.ok()) {
      if (result.errors.empty()) result.errors.push_back({name, "", "the file could not be read"});
      addImportOutcome(state, {name, ImportOutcome::Result::Refused, result.errors.front().message +
                        (result.errors.size() > 1 ? " (and " + std::to_string(result.errors.size() - 1) + " more)" : ""), {}});
      queue.failed.push_back({name, std::move(result.errors)});
      continue;
    }
    PostMortem& doc = *result.doc;
    if (state.findDocument(doc.id)) {
      addImportOutcome(state, {name, ImportOutcome::Result::AlreadyInLibrary, "\"" + titleOf(doc) + "\": see the dialog for this copy", {}});
      receiveCopy(state, std::move(doc), name);
      continue;
    }
    if (outcome.detail.empty()) outcome.detail = "\"" + titleOf(doc) + "\"";
    addImportOutcome(state, std::move(outcome));
    stampRevision(doc);
    keepRevision(state, doc);
    added.push_back(doc.id);
    state.addDocument(std::move(doc));
  }
  // A batch that all went in says so in the status line; the report is for what needs reading:
  // a Markdown import (what was kept, assumed or differs) or a batch where some file was refused.
  finishImportReport(state, anyMarkdown || (files.size() > 1 && !queue.failed.empty()));
  if (added.size() == 1) {
    state.open(added.front());
    state.statusMessage = "Opened " + titleOf(*state.findDocument(added.front()));
  } else if (added.size() > 1) {
    state.statusMessage = "Imported " + std::to_string(added.size()) + " post-mortems";
  }
  if (!queue.failed.empty()) queue.showErrors = true;
}

bool fileDialogOpen(AppState& state) {
  const ImportQueue& queue = importQueue(state);
  return queue.errorsOpen || incomingCopyDialogOpen(state) || queue.reportOpen;
}

void drawFileDialogs(AppState& state) {
  ImportQueue& queue = importQueue(state);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  float scale = uiScale();
  ImVec2 center = viewport->GetCenter();

  // Errors first; conflicts wait until the error list is closed.
  if (queue.showErrors && !ImGui::IsPopupOpen(kErrorPopup)) {
    ImGui::OpenPopup(kErrorPopup);
    queue.showErrors = false;
  }
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(520 * scale, 0), ImVec2(760 * scale, viewport->WorkSize.y * 0.8f));
  queue.errorsOpen = ImGui::BeginPopupModal(kErrorPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  if (queue.errorsOpen) {
    std::size_t fileCount = queue.failed.size();
    pushFont(fonts().heading);
    textItem("import error: ", fileCount == 1 ? "This file could not be opened"
                                               : std::to_string(fileCount) + " files could not be opened", false);
    ImGui::PopFont();
    ImGui::TextDisabled("Nothing in your library was changed.");
    ImGui::Spacing();
    ImGui::BeginChild("##error-list", ImVec2(700 * scale, std::min(360.0f * scale, 80.0f * scale * fileCount + 60 * scale)),
                      ImGuiChildFlags_Borders);
    for (const auto& file : queue.failed) {
      pushFont(fonts().bold);
      textItem("import error: ", file.name + " \xE2\x80\x94 " + std::to_string(file.errors.size()) +
                                     (file.errors.size() == 1 ? " problem" : " problems"), false);
      ImGui::PopFont();
      std::size_t shown = std::min(file.errors.size(), kErrorsShownPerFile);
      for (std::size_t i = 0; i < shown; ++i) {
        const LoadError& error = file.errors[i];
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kDanger));
        std::string where = error.pointer.empty() ? "(document)" : error.pointer;
        ImGui::TextUnformatted(where.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        textItem("import error: " + where + " ", error.message);
      }
      if (file.errors.size() > shown)
        ImGui::TextDisabled("\xE2\x80\xA6 and %d more", static_cast<int>(file.errors.size() - shown));
      ImGui::Spacing();
    }
    ImGui::EndChild();
    ImGui::Spacing();
    bool close = ImGui::Button("Close", ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape) ||
                 ImGui::IsKeyPressed(ImGuiKey_Enter);
    if (close) {
      queue.failed.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (queue.errorsOpen || !queue.failed.empty()) return;
  drawIncomingCopyDialog(state);
  // The summary of the batch comes once the errors and copies already in the library are dealt with.
  if (!incomingCopyDialogOpen(state)) queue.reportOpen = drawImportReport(state);
}

}  // namespace hs::ui
