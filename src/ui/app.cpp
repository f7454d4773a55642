#include "ui/app.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/io/json_writer.h"
#include "core/model/time_format.h"
#include "ui/new_document.h"
#include "ui/persistence.h"
#include "ui/theme.h"
#include "ui/views/views.h"

namespace hs::ui {

App::App(platform::Platform& platform)
    : state_(platform), persistence_(std::make_unique<Persistence>(state_)) {}

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
  if (!ctrl) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Z, false) && !io.KeyShift) state_.undo();
  if ((ImGui::IsKeyPressed(ImGuiKey_Z, false) && io.KeyShift) || ImGui::IsKeyPressed(ImGuiKey_Y, false))
    state_.redo();
  if (ImGui::IsKeyPressed(ImGuiKey_N, false)) createAndOpenNewDocument(state_);
}

void App::drawMainMenu() {
  if (!ImGui::BeginMenuBar()) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(toVec4(colors::kAccent), "Hindsight");
  ImGui::PopFont();
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("New post-mortem", "Ctrl+N")) createAndOpenNewDocument(state_);
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

void App::drawBanners() {
  for (std::size_t i = 0; i < state_.banners.size(); ++i) {
    const Banner& banner = state_.banners[i];
    ImU32 color = banner.kind == Banner::Kind::Error     ? colors::kDanger
                  : banner.kind == Banner::Kind::Warning ? colors::kWarning
                                                         : colors::kAccent;
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(color));
    ImGui::TextWrapped("%s", banner.text.c_str());
    ImGui::PopStyleColor();
    if (ImGui::SmallButton("Dismiss")) {
      state_.banners.erase(state_.banners.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
}

void App::drawStatusBar() {
  ImGui::Separator();
  ImGui::TextDisabled("%s", persistence_->describe().c_str());
  if (!state_.statusMessage.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled("  %s", state_.statusMessage.c_str());
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
  ImGui::End();
}

}  // namespace hs::ui
