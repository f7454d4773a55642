#include "ui/app.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cctype>

#include "core/io/json_writer.h"
#include "core/model/time_format.h"
#include "ui/actions_csv_download.h"
#include "ui/file_actions.h"
#include "ui/item_registry.h"
#include "ui/new_document.h"
#include "ui/persistence.h"
#include "ui/shipped_examples.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/region.h"

namespace hs::ui {
namespace {

// Registers the last item under `prefix + text` so browser tests can read messages.
void nameLastText(std::string_view prefix, std::string_view text) {
  registerCustomItem(prefix, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void downloadOpenJson(AppState& state) {
  if (const PostMortem* doc = state.openDocument()) downloadJson(state, *doc);
  else state.statusMessage = "Open a post-mortem to download it";
}

void downloadOpenMarkdown(AppState& state) {
  if (const PostMortem* doc = state.openDocument()) downloadMarkdown(state, *doc);
  else state.statusMessage = "Open a post-mortem to download it";
}

// Offers a stored record that could not be read exactly as it is stored.
void downloadUnreadableRecord(AppState& state, const Persistence::UnreadableRecord& record) {
  std::string name;
  for (char c : record.id)
    name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '-';
  name += ".unreadable-record.bin";
  std::string savedPath;
  if (state.platform().saveFile(name, "application/octet-stream", record.bytes, &savedPath))
    state.statusMessage = "Saved the unreadable record as " + savedPath;
}

}  // namespace

App::App(platform::Platform& platform)
    : state_(platform), persistence_(std::make_unique<Persistence>(state_)) {
  platform.setDropHandler([this](std::vector<platform::FileData> files) {
    importFiles(state_, std::move(files));
  });
}

App::~App() = default;

std::string App::documentJson() const {
  const PostMortem* doc = state_.openDocument();
  return doc ? toJson(*doc) : std::string();
}

std::string App::libraryJson() const {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& doc : state_.library())
    rows.push_back({{"id", doc.id},
                    {"title", doc.title},
                    {"severity", std::string(wireName(doc.severity))},
                    {"status", std::string(wireName(doc.status))},
                    {"updated", formatRfc3339(doc.updated)}});
  return rows.dump();
}

void App::handleShortcuts() {
  ImGuiIO& io = ImGui::GetIO();
  bool ctrl = io.KeyCtrl || io.KeySuper;
  if (!ctrl || fileDialogOpen(state_)) return;
  // While a text box is active it owns Ctrl+Z for its own typing; the document's
  // undo takes over once the box is left (its edits are one merged command then).
  bool typing = io.WantTextInput;
  if (!typing && ImGui::IsKeyPressed(ImGuiKey_Z, false) && !io.KeyShift) state_.undo();
  if (!typing && ((ImGui::IsKeyPressed(ImGuiKey_Z, false) && io.KeyShift) ||
                  ImGui::IsKeyPressed(ImGuiKey_Y, false)))
    state_.redo();
  if (ImGui::IsKeyPressed(ImGuiKey_N, false)) createAndOpenNewDocument(state_);
  if (ImGui::IsKeyPressed(ImGuiKey_O, false)) openFilesFromPicker(state_);
  if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
    state_.endTypingRun();
    if (io.KeyShift) downloadOpenMarkdown(state_);
    else downloadOpenJson(state_);
  }
}

void App::drawMainMenu() {
  if (!ImGui::BeginMenuBar()) return;
  pushFont(fonts().bold);
  ImGui::TextColored(toVec4(colors::kAccent), "Hindsight");
  ImGui::PopFont();
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("New post-mortem", "Ctrl+N")) createAndOpenNewDocument(state_);
    if (ImGui::MenuItem("Open file\xE2\x80\xA6", "Ctrl+O")) openFilesFromPicker(state_);
    if (ImGui::BeginMenu("Open example")) {
      for (std::size_t i = 0; i < kShippedExampleCount; ++i)
        if (ImGui::MenuItem(kShippedExamples[i].name)) openShippedExample(state_, i);
      ImGui::EndMenu();
    }
    ImGui::Separator();
    bool hasDoc = state_.openDocument() != nullptr;
    if (ImGui::MenuItem("Download JSON", "Ctrl+S", false, hasDoc)) downloadOpenJson(state_);
    if (ImGui::MenuItem("Download Markdown", "Ctrl+Shift+S", false, hasDoc)) downloadOpenMarkdown(state_);
    if (ImGui::MenuItem("Download actions CSV", nullptr, false, hasDoc)) downloadOpenActionsCsv(state_, false);
    if (ImGui::MenuItem("CSV for Excel (UTF-8 BOM)", nullptr, false, hasDoc)) downloadOpenActionsCsv(state_, true);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    History* history = state_.openHistory();
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, history && history->canUndo())) state_.undo();
    if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, history && history->canRedo())) state_.redo();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Library", nullptr, state_.screen == Screen::Library)) state_.closeDocument();
    if (ImGui::MenuItem("Actions hub", nullptr, state_.screen == Screen::ActionsHub))
      state_.screen = Screen::ActionsHub;
    if (ImGui::MenuItem("Metrics dashboard", nullptr, state_.screen == Screen::Dashboard))
      state_.screen = Screen::Dashboard;
    if (ImGui::MenuItem("Meeting mode", nullptr, state_.screen == Screen::Meeting, state_.openDocument() != nullptr))
      state_.screen = Screen::Meeting;
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

// A tinted box with a message and buttons; returns the index of the button clicked, or -1.
static int bannerBox(const char* id, Banner::Kind kind, const std::string& text,
                     std::initializer_list<const char*> buttons) {
  float scale = uiScale();
  ImU32 color = kind == Banner::Kind::Error     ? colors::kDanger
                : kind == Banner::Kind::Warning ? colors::kWarning
                                                : colors::kAccent;
  ImVec4 c = toVec4(color);
  ImGui::PushID(id);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(c.x, c.y, c.z, 0.10f));
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(c.x, c.y, c.z, 0.55f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * scale, 8 * scale));
  ImGui::BeginChild("##banner", ImVec2(0, 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  float buttonsWidth = 0;
  for (const char* label : buttons)
    buttonsWidth += ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2 +
                    ImGui::GetStyle().ItemSpacing.x;
  float textWidth = ImGui::GetContentRegionAvail().x - buttonsWidth - 12 * scale;
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2 * scale);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textWidth);
  ImGui::PushStyleColor(ImGuiCol_Text, kind == Banner::Kind::Info ? toVec4(colors::kText)
                                                                  : ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.8f, 1));
  ImGui::TextUnformatted(text.c_str());
  nameLastText("banner: ", text);
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  int clicked = -1;
  int index = 0;
  ImGui::SameLine(contentRegionMaxX() - buttonsWidth + ImGui::GetStyle().ItemSpacing.x);
  ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
  for (const char* label : buttons) {
    if (index > 0) ImGui::SameLine();
    if (ImGui::Button(label)) clicked = index;
    ++index;
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  ImGui::PopID();
  return clicked;
}

void App::drawBanners() {
  // The store: read-only tab, unreadable or failing storage. Edits are never dropped.
  std::string problem = persistence_->problem();
  if (!problem.empty()) {
    if (persistence_->role() == Persistence::Role::ReadOnly) {
      bool gone = persistence_->writerGone();
      std::string text = gone ? "The other Hindsight tab was closed. Reload this tab to edit here with the saved data." +
                                    std::string(persistence_->hasUnsavedEdits() ? " Changes made in this tab are not saved: download a copy first." : "")
                              : problem;
      int clicked = bannerBox("store-readonly", gone ? Banner::Kind::Info : Banner::Kind::Warning, text,
                              {"Download a copy", "Reload"});
      if (clicked == 0) downloadCopies(state_);
      if (clicked == 1) {
        // To the library: the post-mortem on screen may exist only in this tab, never stored.
        state_.platform().setLocation("#/", false);
        state_.platform().reload();
      }
    } else {
      int clicked = bannerBox("store-failure", Banner::Kind::Error, problem, {"Download a copy", "Retry now"});
      if (clicked == 0) downloadCopies(state_);
      if (clicked == 1) persistence_->retryNow();
    }
    ImGui::Spacing();
  }
  const auto& unreadable = persistence_->unreadable();
  for (std::size_t i = 0; i < unreadable.size(); ++i) {
    const auto& record = unreadable[i];
    std::string text = "The saved post-mortem \"" + record.id +
                       "\" could not be read and is kept unchanged in storage: " + record.error;
    int clicked = bannerBox(("unreadable-" + record.id).c_str(), Banner::Kind::Warning, text,
                            {"Download the unreadable record", "Dismiss"});
    if (clicked == 0) downloadUnreadableRecord(state_, record);
    if (clicked == 1) {
      persistence_->dismissUnreadable(i);
      break;
    }
    ImGui::Spacing();
  }
  for (std::size_t i = 0; i < state_.banners.size(); ++i) {
    const Banner& banner = state_.banners[i];
    int clicked = banner.offerDownload
                      ? bannerBox(std::to_string(i).c_str(), banner.kind, banner.text, {"Download a copy", "Dismiss"})
                      : bannerBox(std::to_string(i).c_str(), banner.kind, banner.text, {"Dismiss"});
    if (banner.offerDownload && clicked == 0) downloadCopies(state_);
    if ((banner.offerDownload && clicked == 1) || (!banner.offerDownload && clicked == 0)) {
      state_.banners.erase(state_.banners.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
    ImGui::Spacing();
  }
}

void App::drawStatusBar() {
  ImGui::Separator();
  SaveStatus status = persistence_->status();
  const std::string& saveState = status.text;
  bool bad = status.kind == SaveStatus::Kind::Failed;
  bool pending = status.kind == SaveStatus::Kind::Pending;
  ImU32 dot = bad ? colors::kDanger : pending ? colors::kWarning : colors::kSuccess;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float radius = 4.0f * uiScale();
  float lineHeight = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + radius, pos.y + lineHeight * 0.5f), radius, dot);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + radius * 2 + 6 * uiScale(), pos.y));
  ImGui::PushStyleColor(ImGuiCol_Text, bad ? toVec4(colors::kDanger) : toVec4(colors::kMutedText));
  ImGui::TextUnformatted(saveState.c_str());
  ImGui::PopStyleColor();
  nameLastText("save state: ", saveState);
  if (!state_.statusMessage.empty()) {
    ImGui::SameLine(0, 24 * uiScale());
    ImGui::TextDisabled("%s", state_.statusMessage.c_str());
    nameLastText("status: ", state_.statusMessage);
  }
  std::string where = state_.platform().store().description();
  std::size_t count = state_.library().size();
  std::string right = state_.libraryLoading
      ? "Loading the library \xC2\xB7 " + where
      : std::to_string(count) + (count == 1 ? " post-mortem \xC2\xB7 " : " post-mortems \xC2\xB7 ") + where;
  // Whether the browser may evict the library, and the space it takes.
  std::string storage = persistence_->storageText();
  const char* separator = " \xC2\xB7 ";
  // Right-aligned after the texts on the left; in a narrow window the storage note goes
  // first, then the count, so that nothing is drawn over the save state.
  const float leftEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24 * uiScale();
  const float room = contentRegionMaxX() - leftEnd;
  float width = ImGui::CalcTextSize(right.c_str()).x;
  const float storageWidth = storage.empty() ? 0 : ImGui::CalcTextSize(separator).x + ImGui::CalcTextSize(storage.c_str()).x;
  if (width + storageWidth > room) storage.clear();
  else width += storageWidth;
  if (width > room) return;
  ImGui::SameLine(contentRegionMaxX() - width);
  ImGui::TextDisabled("%s", right.c_str());
  if (!storage.empty()) {
    ImGui::SameLine(0, 0);
    ImGui::TextDisabled("%s", separator);
    ImGui::SameLine(0, 0);
    ImGui::TextDisabled("%s", storage.c_str());
    nameLastText("", storage);
  }
}

void App::frame() {
  ++frames_;
  persistence_->tick();
  handleShortcuts();

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Hindsight", nullptr, flags);
  drawMainMenu();
  drawBanners();
  float statusHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("##content", ImVec2(0, -statusHeight));
  switch (state_.screen) {
    case Screen::Library: drawLibraryView(state_); break;
    case Screen::Document: drawDocumentView(state_); break;
    case Screen::ActionsHub: drawActionsHubView(state_); break;
    case Screen::Dashboard: drawDashboardView(state_); break;
    case Screen::Meeting: drawMeetingView(state_); break;
  }
  ImGui::EndChild();
  drawStatusBar();
  drawFileDialogs(state_);
  ImGui::End();
  routing_.update(state_);
  windowTitle_.update(state_);
}

bool App::hasUnsavedWork() const { return persistence_->hasUnsavedEdits(); }

void App::noticeUpdateReady() {
  state_.banners.push_back({Banner::Kind::Info,
                            "A new version of Hindsight is ready. It opens the next time you open Hindsight "
                            "(after closing its tabs); nothing you are writing is interrupted.",
                            false});
}

}  // namespace hs::ui
