// The library screen: every post-mortem in a searchable, filterable, sortable
// table with New / Open / Duplicate / Delete, or a welcome when it is empty.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/io/json_reader.h"
#include "core/library/library_index.h"
#include "core/library/text_match.h"
#include "core/model/time_format.h"
#include "ui/file_actions.h"
#include "ui/library_cache.h"
#include "ui/item_registry.h"
#include "ui/new_document.h"
#include "ui/shipped_examples.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets/form.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/region.h"
#include "ui/widgets/text_hover.h"
#include "ui/widgets/toolbar_flow.h"

namespace hs::ui {
namespace {

constexpr const char* kDeletePopup = "Delete post-mortem?##library-delete";
constexpr const char* kExamplesPopup = "##library-examples";

struct LibraryViewState {
  LibraryFilter filter;
  LibrarySort sort;
  Id selected;
  Id pendingDelete;
  bool focusSearch = false;
  ImGuiID searchId = 0;
  bool scrollToSelected = false;
  std::vector<std::string> exampleTitles;  // parsed once from the embedded files
  std::vector<std::string> tagOptions, serviceOptions;  // rebuilt when the library changes
  std::uint64_t optionsEdit = ~std::uint64_t{0};
  std::size_t optionsLibrarySize = 0;
  TimeMs optionsUpdatedSum = 0;  // catches documents replaced without an edit (another tab)
  // The rows of the last query, rebuilt when the summaries, the filter, the sort or the day change.
  std::vector<LibraryRow> rows;
  std::uint64_t rowsGeneration = ~std::uint64_t{0};
  LibraryFilter rowsFilter;
  LibrarySort rowsSort;
  TimeMs rowsDay = -1;
  bool rowsValid = false;
  // Snippets of the visible rows for the current search text.
  std::unordered_map<Id, SearchHit> snippets;
  std::string snippetsFor;
};

// The library screen's view state (UiState, one for the app).
LibraryViewState& libraryView(AppState& state) { return state.ui().shared<LibraryViewState>(); }

ImU32 severityColor(Severity severity) {
  switch (severity) {
    case Severity::Sev1: return IM_COL32(201, 42, 42, 255);
    case Severity::Sev2: return IM_COL32(232, 89, 12, 255);
    case Severity::Sev3: return IM_COL32(230, 150, 20, 255);
    case Severity::Sev4: return IM_COL32(73, 80, 87, 255);
  }
  return colors::kMutedText;
}

ImU32 statusColor(DocStatus status) {
  switch (status) {
    case DocStatus::Draft: return colors::kMutedText;
    case DocStatus::Reviewed: return colors::kAccent;
    case DocStatus::Closed: return colors::kSuccess;
  }
  return colors::kMutedText;
}

// A small rounded label with a tinted background, vertically centred in the row.
void pill(const char* text, ImU32 color) {
  ImVec2 size = ImGui::CalcTextSize(text);
  float padX = 7.0f * uiScale(), padY = 2.0f * uiScale();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec4 c = toVec4(color);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * padX, pos.y + size.y + 2 * padY),
                      ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, 0.13f)), 4.0f * uiScale());
  ImGui::SetCursorScreenPos(ImVec2(pos.x + padX, pos.y + padY));
  ImGui::PushStyleColor(ImGuiCol_Text, c);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

std::string shortSeverity(Severity severity) {
  return "SEV-" + std::to_string(static_cast<int>(severity));
}

std::string relativeTime(TimeMs when, TimeMs now) {
  TimeMs ago = now - when;
  if (ago < 0) return formatDate(when);
  if (ago < 60'000) return "just now";
  if (ago < 3'600'000) return std::to_string(ago / 60'000) + " min ago";
  if (ago < 86'400'000) return std::to_string(ago / 3'600'000) + " h ago";
  if (ago < 7 * 86'400'000LL) return std::to_string(ago / 86'400'000) + " d ago";
  return formatDate(when);
}

const std::vector<std::string>& exampleTitles(LibraryViewState& view) {
  if (view.exampleTitles.empty()) {
    for (std::size_t i = 0; i < kShippedExampleCount; ++i) {
      const EmbeddedFile& file = kShippedExamples[i];
      auto result = loadPostMortemJson(
          std::string_view(reinterpret_cast<const char*>(file.data), file.size), file.name);
      view.exampleTitles.push_back(result.ok() ? result.doc->title : std::string(file.name));
    }
  }
  return view.exampleTitles;
}

void drawExamplesPopup(AppState& state) {
  if (ImGui::BeginPopup(kExamplesPopup)) {
    ImGui::TextDisabled("Shipped examples");
    const auto& titles = exampleTitles(libraryView(state));
    for (std::size_t i = 0; i < titles.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(titles[i].c_str())) openShippedExample(state, i);
      ImGui::PopID();
    }
    ImGui::EndPopup();
  }
}

template <class Enum>
void enumFilter(const char* id, const char* allLabel, std::optional<Enum>& value,
                std::initializer_list<Enum> options, float width) {
  std::string preview = value ? std::string(label(*value)) : allLabel;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, preview.c_str())) {
    if (ImGui::Selectable(allLabel, !value)) value.reset();
    for (Enum option : options) {
      std::string text(label(option));
      if (ImGui::Selectable(text.c_str(), value && *value == option)) value = option;
    }
    ImGui::EndCombo();
  }
}

void textFilter(const char* id, const char* allLabel, std::string& value,
                const std::vector<std::string>& options, float width) {
  ImGui::SetNextItemWidth(width);
  ImGui::BeginDisabled(options.empty() && value.empty());
  if (ImGui::BeginCombo(id, value.empty() ? allLabel : value.c_str())) {
    if (ImGui::Selectable(allLabel, value.empty())) value.clear();
    for (const auto& option : options)
      if (ImGui::Selectable(option.c_str(), value == option)) value = option;
    ImGui::EndCombo();
  }
  ImGui::EndDisabled();
}

// While the store is read: not the welcome of an empty library ("0 post-mortems").
void drawLoading() {
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const char* text = "Loading your post-mortems\xE2\x80\xA6";
  pushFont(fonts().heading);
  ImVec2 size = ImGui::CalcTextSize(text);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - size.x) * 0.5f),
                             ImGui::GetCursorPosY() + std::max(0.0f, avail.y * 0.3f)));
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  registerCustomItem(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void drawWelcome(AppState& state) {
  float scale = uiScale();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float width = std::min(560.0f * scale, avail.x);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f,
                             ImGui::GetCursorPosY() + std::max(0.0f, avail.y * 0.22f)));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * scale, 24 * scale));
  ImGui::BeginChild("##welcome", ImVec2(width, 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  pushFont(fonts().title);
  ImGui::TextUnformatted("Welcome to Hindsight");
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      "Write blameless post-mortems with your team: a timeline, the 5 whys, contributing "
      "factors and action items that get followed through.");
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(colors::kMutedText));
  ImGui::TextUnformatted(state.platform().isWeb()
      ? "Everything stays in this browser and works offline. Share a post-mortem as a plain "
        "JSON file: download it, or drop a teammate's file anywhere on this page."
      : "Every post-mortem is a JSON file in your library folder, and everything works offline. "
        "Share one as a plain file: save it, or drop a teammate's file onto this window.");
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  ImGui::Spacing();
  if (primaryButton("New post-mortem")) createAndOpenNewDocument(state);
  ImGui::SameLine();
  if (ImGui::Button("Open example")) ImGui::OpenPopup(kExamplesPopup);
  drawExamplesPopup(state);
  ImGui::SameLine();
  if (ImGui::Button("Open file\xE2\x80\xA6")) openFilesFromPicker(state);
  ImGui::Spacing();
  ImGui::TextDisabled("Ctrl+N new  \xC2\xB7  Ctrl+O open  \xC2\xB7  Ctrl+S download");
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void drawDeletePopup(AppState& state) {
  LibraryViewState& view = libraryView(state);
  if (!view.pendingDelete.empty() && !ImGui::IsPopupOpen(kDeletePopup)) ImGui::OpenPopup(kDeletePopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kDeletePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  float scale = uiScale();
  const PostMortem* doc = state.findDocument(view.pendingDelete);
  std::string title = doc && !doc->title.empty() ? doc->title : "Untitled post-mortem";
  ImGui::PushTextWrapPos(460 * scale);
  ImGui::Text("\"%s\" and all its timeline, whys, factors and actions will be deleted.", title.c_str());
  ImGui::TextDisabled("This cannot be undone. Download it first to keep a copy.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  bool done = false;
  ImGui::PushStyleColor(ImGuiCol_Button, toVec4(colors::kDanger));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.85f, 0.25f, 0.25f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button("Delete", ImVec2(110 * scale, 0))) {
    state.eraseDocument(view.pendingDelete);
    state.statusMessage = "Deleted \"" + title + "\"";
    if (view.selected == view.pendingDelete) view.selected.clear();
    done = true;
  }
  ImGui::PopStyleColor(3);
  ImGui::SameLine();
  if (ImGui::Button("Cancel", ImVec2(110 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) done = true;
  if (done) {
    view.pendingDelete.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void applySortSpecs(LibraryViewState& view) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
  const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
  view.sort.column = static_cast<LibraryColumn>(spec.ColumnUserID);
  view.sort.ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
  specs->SpecsDirty = false;
}

// The matching text of a searched row after its title, muted, clipped to the title column:
// "why: …the Łódź replica lagged…". Registered as "search match: <where>: <snippet>".
void drawSnippet(LibraryViewState& view, const SearchIndex& search, const Id& id, const std::string& title, float rowHeight) {
  if (view.snippetsFor != view.filter.text) {
    view.snippets.clear();
    view.snippetsFor = view.filter.text;
  }
  auto it = view.snippets.find(id);
  if (it == view.snippets.end()) it = view.snippets.emplace(id, search.snippetFor(id, view.filter.text)).first;
  const SearchHit& hit = it->second;
  if (hit.where.empty() || hit.where == "title") return;
  const ImVec2 itemMin = ImGui::GetItemRectMin();
  const float cellRight = ImGui::TableGetCellBgRect(ImGui::GetCurrentTable(), 0).Max.x;
  const float x = itemMin.x + ImGui::CalcTextSize(title.c_str()).x + 16 * uiScale();
  if (x >= cellRight - 20 * uiScale()) return;
  const std::string text = hit.where + ": " + hit.snippet;
  const ImVec2 pos(x, itemMin.y + (rowHeight - ImGui::GetStyle().CellPadding.y * 2 - ImGui::GetTextLineHeight()) * 0.5f);
  const ImVec4 clip(x, itemMin.y, cellRight - 6 * uiScale(), itemMin.y + rowHeight);
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colors::kMutedText, text.c_str(),
                                      nullptr, 0.0f, &clip);
  registerCustomItem("search match: " + text, ImVec2(x, itemMin.y), ImVec2(clip.z, clip.w));
}

void drawTable(AppState& state, const std::vector<LibraryRow>& rows, const SearchIndex& search, TimeMs now) {
  LibraryViewState& view = libraryView(state);
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  float scale = uiScale();
  float rowHeight = ImGui::GetTextLineHeight() + 14 * scale;
  // As tall as the rows need (no empty grid below them), at most the space left.
  float wanted = ImGui::GetFrameHeight() + rowHeight * static_cast<float>(std::max<std::size_t>(rows.size(), 1)) + 4 * scale;
  float height = std::min(wanted, ImGui::GetContentRegionAvail().y);
  const TableWidth width = readableTableWidth(1000 * uiScale());
  // A sideways scrollbar takes a row's worth of height: room for it below the rows.
  if (width.extraFlags) height = std::min(wanted + ImGui::GetStyle().ScrollbarSize, ImGui::GetContentRegionAvail().y);
  if (!ImGui::BeginTable("##library", 7, flags | width.extraFlags, ImVec2(0, height), width.innerWidth)) return;
  auto fixed = ImGuiTableColumnFlags_WidthFixed;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 0, static_cast<ImGuiID>(LibraryColumn::Title));
  ImGui::TableSetupColumn("Incident date", fixed | ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending,
                          115 * scale, static_cast<ImGuiID>(LibraryColumn::IncidentDate));
  ImGui::TableSetupColumn("Severity", fixed, 80 * scale, static_cast<ImGuiID>(LibraryColumn::Severity));
  ImGui::TableSetupColumn("Status", fixed, 90 * scale, static_cast<ImGuiID>(LibraryColumn::Status));
  ImGui::TableSetupColumn("Open actions", fixed | ImGuiTableColumnFlags_PreferSortDescending, 105 * scale,
                          static_cast<ImGuiID>(LibraryColumn::OpenActions));
  ImGui::TableSetupColumn("Overdue", fixed | ImGuiTableColumnFlags_PreferSortDescending, 80 * scale,
                          static_cast<ImGuiID>(LibraryColumn::OverdueActions));
  ImGui::TableSetupColumn("Last edit", fixed | ImGuiTableColumnFlags_PreferSortDescending, 100 * scale,
                          static_cast<ImGuiID>(LibraryColumn::LastEdit));
  // Headers one by one so tests can find each by name ("column: Severity").
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < 7; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* name = ImGui::TableGetColumnName(column);
    ImGui::TableHeader(name);
    registerCustomItem("column: ", name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  applySortSpecs(view);

  // A clipper: only the rows in view are drawn (10,000 post-mortems, one screenful of rows).
  int scrollTo = -1;
  if (view.scrollToSelected)
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].id == view.selected) scrollTo = static_cast<int>(i);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), rowHeight);
  if (scrollTo >= 0) clipper.IncludeItemByIndex(scrollTo);
  while (clipper.Step())
  for (int rowIndex = clipper.DisplayStart; rowIndex < clipper.DisplayEnd; ++rowIndex) {
    const LibraryRow& row = rows[static_cast<std::size_t>(rowIndex)];
    ImGui::PushID(row.id.c_str());
    ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
    ImGui::TableNextColumn();
    bool selected = row.id == view.selected;
    std::string title = row.title.empty() ? std::string("Untitled post-mortem") : row.title;
    const float titleWidth = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    bool clicked = ImGui::Selectable(title.c_str(), selected,
                                     ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick,
                                     ImVec2(0, rowHeight - ImGui::GetStyle().CellPadding.y * 2));
    ImGui::PopStyleVar();
    tooltipIfTruncated(title, titleWidth);
    if (!trimmed(view.filter.text).empty()) drawSnippet(view, search, row.id, title, rowHeight);
    if (clicked) {
      view.selected = row.id;
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) state.open(row.id);
    }
    if (selected && view.scrollToSelected) {
      ImGui::SetScrollHereY();
      view.scrollToSelected = false;
    }
    if (ImGui::BeginPopupContextItem("##row-menu")) {
      view.selected = row.id;
      if (ImGui::MenuItem("Open", "Enter")) state.open(row.id);
      if (ImGui::MenuItem("Duplicate")) {
        if (PostMortem* copy = duplicateDocument(state, row.id)) view.selected = copy->id;
      }
      if (ImGui::MenuItem("Copy title")) ImGui::SetClipboardText(title.c_str());
      if (ImGui::MenuItem("Download JSON"))
        if (const PostMortem* doc = state.findDocument(row.id)) downloadJson(state, *doc);
      ImGui::Separator();
      if (ImGui::MenuItem("Delete\xE2\x80\xA6", "Del")) view.pendingDelete = row.id;
      ImGui::EndPopup();
    }

    auto cell = [&](const std::string& text, ImU32 color = 0) {
      ImGui::TableNextColumn();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f -
                           ImGui::GetStyle().CellPadding.y);
      if (color) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(color));
      ImGui::TextUnformatted(text.c_str());
      if (color) ImGui::PopStyleColor();
    };
    cell(formatDate(row.incidentDate));
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f -
                         ImGui::GetStyle().CellPadding.y - 2 * scale);
    pill(shortSeverity(row.severity).c_str(), severityColor(row.severity));
    cell(std::string(label(row.status)), statusColor(row.status));
    cell(row.openActions ? std::to_string(row.openActions) : std::string("\xE2\x80\x94"),
         row.openActions ? colors::kText : colors::kMutedText);
    cell(row.overdueActions ? std::to_string(row.overdueActions) : std::string("\xE2\x80\x94"),
         row.overdueActions ? colors::kDanger : colors::kMutedText);
    cell(relativeTime(row.lastEdit, now), colors::kMutedText);
    ImGui::PopID();
  }
  if (rows.empty()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("No post-mortem matches the search and filters.");
  }
  ImGui::EndTable();
}

void handleKeys(AppState& state, const std::vector<LibraryRow>& rows) {
  LibraryViewState& view = libraryView(state);
  if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  ImGuiIO& io = ImGui::GetIO();
  if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_F, false)) view.focusSearch = true;
  if (ImGui::GetIO().WantTextInput && !view.focusSearch) {
    // In the search box: Enter and the arrows still drive the list.
    if (!ImGui::IsKeyPressed(ImGuiKey_Enter) && !ImGui::IsKeyPressed(ImGuiKey_DownArrow) &&
        !ImGui::IsKeyPressed(ImGuiKey_UpArrow))
      return;
  }
  if (rows.empty()) return;
  auto current = std::find_if(rows.begin(), rows.end(), [&view](const LibraryRow& r) { return r.id == view.selected; });
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
    view.selected = current == rows.end() || current + 1 == rows.end() ? (current == rows.end() ? rows.front().id : current->id)
                                                                         : (current + 1)->id;
    view.scrollToSelected = true;
  } else if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) {
    view.selected = current == rows.end() ? rows.front().id : (current == rows.begin() ? current->id : (current - 1)->id);
    view.scrollToSelected = true;
  } else if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) {
    if (current != rows.end()) state.open(current->id);
    else if (rows.size() == 1) state.open(rows.front().id);
  } else if (ImGui::IsKeyPressed(ImGuiKey_Delete) && !io.WantTextInput && current != rows.end()) {
    view.pendingDelete = current->id;
  }
}

}  // namespace

void drawLibraryView(AppState& state) {
  LibraryViewState& view = libraryView(state);
  float scale = uiScale();
  TimeMs now = state.now();
  if (state.library().empty()) {
    if (state.libraryLoading) drawLoading();
    else drawWelcome(state);
    return;
  }

  // Header: title and count on the left, creation on the right.
  pushFont(fonts().title);
  ImGui::TextUnformatted("Post-mortems");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8 * scale);
  ImGui::TextDisabled("%d in this library", static_cast<int>(state.library().size()));
  ImGui::SameLine();
  float buttonsWidth = ImGui::CalcTextSize("New post-mortem").x + ImGui::CalcTextSize("Open file\xE2\x80\xA6").x +
                       ImGui::CalcTextSize("Open example").x + ImGui::GetStyle().FramePadding.x * 6 +
                       ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::SetCursorPosX(contentRegionMaxX() - buttonsWidth);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2 * scale);
  if (ImGui::Button("Open example")) ImGui::OpenPopup(kExamplesPopup);
  drawExamplesPopup(state);
  ImGui::SameLine();
  if (ImGui::Button("Open file\xE2\x80\xA6")) openFilesFromPicker(state);
  ImGui::SameLine();
  if (primaryButton("New post-mortem")) createAndOpenNewDocument(state);
  ImGui::Spacing();

  // Filters.
  TimeMs updatedSum = 0;
  for (const auto& doc : state.library()) updatedSum += doc.updated;
  if (view.optionsEdit != state.editCounter() || view.optionsLibrarySize != state.library().size() ||
      view.optionsUpdatedSum != updatedSum) {
    std::vector<std::string> allTags, allServices;
    for (const auto& doc : state.library()) {
      allTags.insert(allTags.end(), doc.tags.begin(), doc.tags.end());
      allServices.insert(allServices.end(), doc.services.begin(), doc.services.end());
    }
    // One entry per tag or service as the filter matches them ("Платежи" and "ПЛАТЕЖИ" are one).
    view.tagOptions = distinctIgnoringCase(allTags);
    view.serviceOptions = distinctIgnoringCase(allServices);
    view.optionsEdit = state.editCounter();
    view.optionsLibrarySize = state.library().size();
    view.optionsUpdatedSum = updatedSum;
  }
  const std::vector<std::string>& tags = view.tagOptions;
  const std::vector<std::string>& services = view.serviceOptions;
  float comboWidth = 150 * scale;
  if (view.focusSearch && view.searchId != 0) {
    // Activated directly: SetKeyboardFocusHere does not reach it while the table
    // (a child window) holds the keyboard focus.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::FocusWindow(ImGui::GetCurrentWindow());
    g.NavNextActivateId = view.searchId;
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
    view.focusSearch = false;
  }
  ImGui::SetNextItemWidth(std::max(200 * scale, ImGui::GetContentRegionAvail().x - 4 * (comboWidth + ImGui::GetStyle().ItemSpacing.x) - 120 * scale));
  ImGui::InputTextWithHint("##library-search", "Search all text: timeline, whys, actions, people\xE2\x80\xA6  (Ctrl+F)",
                           &view.filter.text);
  view.searchId = ImGui::GetItemID();
  nameLastItem("Search");
  sameLineIfFits(comboWidth);
  enumFilter<Severity>("##severity-filter", "All severities", view.filter.severity,
                       {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}, comboWidth);
  nameLastItem("Severity filter");
  sameLineIfFits(comboWidth);
  enumFilter<DocStatus>("##status-filter", "All statuses", view.filter.status,
                        {DocStatus::Draft, DocStatus::Reviewed, DocStatus::Closed}, comboWidth);
  nameLastItem("Status filter");
  sameLineIfFits(comboWidth);
  textFilter("##tag-filter", "All tags", view.filter.tag, tags, comboWidth);
  nameLastItem("Tag filter");
  sameLineIfFits(comboWidth);
  textFilter("##service-filter", "All services", view.filter.service, services, comboWidth);
  nameLastItem("Service filter");
  bool filtered = !view.filter.text.empty() || view.filter.severity || view.filter.status ||
                  !view.filter.tag.empty() || !view.filter.service.empty();
  sameLineIfFits(buttonWidth("Clear"));
  ImGui::BeginDisabled(!filtered);
  if (ImGui::Button("Clear")) view.filter = {};
  ImGui::EndDisabled();

  const LibrarySummaries& summaries = librarySummaries(state);
  const TimeMs day = startOfDayUtc(now);
  if (!view.rowsValid || view.rowsGeneration != summaries.generation() || view.rowsDay != day ||
      view.rowsSort != view.sort || view.rowsFilter != view.filter) {
    view.rows = queryLibrary(summaries.summaries(), summaries.search(), view.filter, view.sort, now);
    view.rowsGeneration = summaries.generation();
    view.rowsFilter = view.filter;
    view.rowsSort = view.sort;
    view.rowsDay = day;
    view.rowsValid = true;
    view.snippets.clear();
  }
  const std::vector<LibraryRow>& rows = view.rows;

  // Selection actions.
  const PostMortem* selected = state.findDocument(view.selected);
  ImGui::BeginDisabled(!selected);
  if (ImGui::Button("Open")) state.open(view.selected);
  ImGui::SameLine();
  if (ImGui::Button("Duplicate"))
    if (PostMortem* copy = duplicateDocument(state, view.selected)) {
      view.selected = copy->id;
      view.scrollToSelected = true;
      state.statusMessage = "Duplicated as \"" + copy->title + "\"";
    }
  ImGui::SameLine();
  if (ImGui::Button("Delete\xE2\x80\xA6")) view.pendingDelete = view.selected;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (filtered)
    ImGui::TextDisabled("%d of %d shown", static_cast<int>(rows.size()), static_cast<int>(state.library().size()));
  else
    ImGui::TextDisabled("Double-click or Enter opens \xC2\xB7 right-click for more");

  handleKeys(state, rows);
  drawTable(state, rows, summaries.search(), now);
  drawDeletePopup(state);
}

}  // namespace hs::ui
