#include "ui/import_report.h"

#include <imgui.h>

#include "ui/item_registry.h"
#include "ui/theme.h"

namespace hs::ui {
namespace {

constexpr const char* kPopup = "Import report##import-report";

struct Report {
  std::vector<ImportOutcome> outcomes;
  bool pending = false;
};

// The report of the last batch (UiState, one for the app).
Report& report(AppState& state) { return state.ui().shared<Report>(); }

const char* resultLabel(ImportOutcome::Result r) {
  switch (r) {
    case ImportOutcome::Result::Imported: return "Imported";
    case ImportOutcome::Result::Merged: return "Merged";
    case ImportOutcome::Result::Refused: return "Refused";
    case ImportOutcome::Result::AlreadyInLibrary: return "Already in library";
  }
  return "";
}

ImVec4 resultColor(ImportOutcome::Result r) {
  switch (r) {
    case ImportOutcome::Result::Imported: return toVec4(colors::kSuccess);
    case ImportOutcome::Result::Merged: return toVec4(colors::kAccent);
    case ImportOutcome::Result::Refused: return toVec4(colors::kDanger);
    case ImportOutcome::Result::AlreadyInLibrary: return toVec4(colors::kWarning);
  }
  return toVec4(colors::kText);
}

void registeredWrapped(const std::string& label, const std::string& text) {
  ImGui::TextWrapped("%s", text.c_str());
  registerCustomItem(label + text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

}  // namespace

void beginImportReport(AppState& state) {
  Report& r = report(state);
  if (!r.pending) r.outcomes.clear();
}

void addImportOutcome(AppState& state, ImportOutcome outcome) { report(state).outcomes.push_back(std::move(outcome)); }

void finishImportReport(AppState& state, bool show) {
  Report& r = report(state);
  if (show && !r.outcomes.empty()) r.pending = true;
  else if (!r.pending) r.outcomes.clear();
}

bool drawImportReport(AppState& state) {
  Report& r = report(state);
  if (r.pending && !ImGui::IsPopupOpen(kPopup)) {
    ImGui::OpenPopup(kPopup);
    r.pending = false;
  }
  const float scale = uiScale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(760 * scale, viewport->WorkSize.x * 0.9f), 0), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(420 * scale, 0), ImVec2(900 * scale, viewport->WorkSize.y * 0.85f));
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return false;
  int counts[4] = {};
  for (const ImportOutcome& o : r.outcomes) ++counts[static_cast<int>(o.result)];
  pushFont(fonts().heading);
  std::string heading = std::to_string(r.outcomes.size()) + (r.outcomes.size() == 1 ? " file" : " files") +
                        ": " + std::to_string(counts[0]) + " imported, " + std::to_string(counts[1]) + " merged, " +
                        std::to_string(counts[2]) + " refused";
  if (counts[3]) heading += ", " + std::to_string(counts[3]) + " already in the library";
  ImGui::TextUnformatted(heading.c_str());
  registerCustomItem("import report: " + heading, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::PopFont();
  ImGui::Spacing();
  float listHeight = 16 * scale;
  for (const ImportOutcome& o : r.outcomes)
    listHeight += (ImGui::GetTextLineHeightWithSpacing() * (2.0f + o.notes.size()) + ImGui::GetStyle().ItemSpacing.y);
  ImGui::BeginChild("##import-report-list", ImVec2(740 * scale, std::min(460.f * scale, listHeight)),
                    ImGuiChildFlags_Borders);
  ImGui::PushTextWrapPos(0);
  for (const ImportOutcome& o : r.outcomes) {
    pushFont(fonts().bold);
    ImGui::TextColored(resultColor(o.result), "%s", resultLabel(o.result));
    ImGui::PopFont();
    ImGui::SameLine();
    registeredWrapped(std::string("import report: ") + resultLabel(o.result) + " ", o.file + " \xE2\x80\x94 " + o.detail);
    for (const std::string& n : o.notes) {
      ImGui::Indent(16 * scale);
      ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
      registeredWrapped("import report note: ", n);
      ImGui::PopStyleColor();
      ImGui::Unindent(16 * scale);
    }
    ImGui::Spacing();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::Spacing();
  if (ImGui::Button("Close##import-report", ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape) ||
      ImGui::IsKeyPressed(ImGuiKey_Enter)) {
    r.outcomes.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return true;
}

}  // namespace hs::ui
