#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <unordered_map>

namespace hs::ui {
namespace {

struct EarlyInfo {
  std::string label;
  ItemRole role = ItemRole::Generic;
  std::uint8_t state = 0;
};

// The registry belongs to the ImGui context's frame like ImGui's own item data (it is
// filled by ImGui's hooks), not to any view: one per process, as ImGui's context is.
struct Registry {
  // Slots are reused from frame to frame (their strings keep their capacity), so a
  // steady frame allocates nothing here; `count` is how many are filled.
  std::vector<RegisteredItem> building;
  std::size_t count = 0;
  std::vector<RegisteredItem> last;
  std::unordered_map<ImGuiID, std::size_t> indexById;  // into `building`
  // Labels announced before their item is added (tab items do this).
  std::unordered_map<ImGuiID, EarlyInfo> early;
  bool enabled = false;
};
Registry g_registry;

RegisteredItem& nextSlot() {
  Registry& r = g_registry;
  if (r.count == r.building.size()) r.building.emplace_back();
  RegisteredItem& item = r.building[r.count++];
  item.id = 0;
  item.label.clear();
  item.x = item.y = item.w = item.h = 0;
  item.role = ItemRole::Generic;
  item.state = 0;
  item.custom = false;
  item.namesItem = false;
  item.nameIndex = -1;
  item.value.clear();
  return item;
}

void assignVisibleLabel(std::string& out, const char* label) {
  out.clear();
  if (!label) return;
  const char* hashes = std::strstr(label, "##");
  out.assign(label, hashes ? static_cast<std::size_t>(hashes - label) : std::strlen(label));
}

RegisteredItem* lastImGuiItem() {
  ImGuiContext* g = ImGui::GetCurrentContext();
  if (!g || g->LastItemData.ID == 0) return nullptr;
  auto it = g_registry.indexById.find(g->LastItemData.ID);
  return it == g_registry.indexById.end() ? nullptr : &g_registry.building[it->second];
}

bool sameRect(const ImRect& a, const ImVec2& min, const ImVec2& max) {
  return std::fabs(a.Min.x - min.x) < 0.5f && std::fabs(a.Min.y - min.y) < 0.5f &&
         std::fabs(a.Max.x - max.x) < 0.5f && std::fabs(a.Max.y - max.y) < 0.5f;
}

// A combo has no label hook; its open popup carries an id derived from the combo's.
bool comboOpen(ImGuiID id) { return ImGui::IsPopupOpen(ImHashStr("##ComboPopup", 0, id), ImGuiPopupFlags_None); }

}  // namespace

void enableItemRegistry() {
  if (g_registry.enabled || !ImGui::GetCurrentContext()) return;
  g_registry.enabled = true;
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
#endif
}

void finishItemFrame() {
  Registry& r = g_registry;
  r.building.resize(r.count);
  r.last.swap(r.building);
  r.count = 0;
  r.indexById.clear();
  r.early.clear();
}

bool itemRegistryActive() { return g_registry.enabled; }

const std::vector<RegisteredItem>& lastFrameItems() { return g_registry.last; }

const std::string& accessibleName(const RegisteredItem& item) {
  const auto& items = g_registry.last;
  if (item.role == ItemRole::Tab && !item.label.empty()) return item.label;  // a tab's own title
  if (item.nameIndex >= 0 && static_cast<std::size_t>(item.nameIndex) < items.size())
    return items[static_cast<std::size_t>(item.nameIndex)].label;
  return item.label;
}

void registerCustomItem(std::string_view label, const ImVec2& min, const ImVec2& max, ItemRole role) {
  registerCustomItem(label, std::string_view(), min, max, role);
}

void registerCustomItem(std::string_view prefix, std::string_view text, const ImVec2& min,
                        const ImVec2& max, ItemRole role) {
  if (!g_registry.enabled) return;
  RegisteredItem* named = lastImGuiItem();
  if (named && !sameRect(ImGui::GetCurrentContext()->LastItemData.Rect, min, max)) named = nullptr;
  std::size_t namedIndex = named ? static_cast<std::size_t>(named - g_registry.building.data()) : 0;
  RegisteredItem& item = nextSlot();  // may move `building`: `named` is used by index below
  item.label.append(prefix.data(), prefix.size()).append(text.data(), text.size());
  item.id = ImGui::GetID(item.label.c_str());
  item.x = min.x;
  item.y = min.y;
  item.w = max.x - min.x;
  item.h = max.y - min.y;
  item.role = role;
  item.custom = true;
  if (named) {
    RegisteredItem& target = g_registry.building[namedIndex];
    item.namesItem = true;
    item.role = target.role;
    target.nameIndex = static_cast<int>(g_registry.count - 1);
    // Only combos reach here visible and without a label hook (nameLastItem after
    // BeginCombo); a clipped widget has no label hook either and stays unmirrored.
    const bool visible = ImGui::GetCurrentContext()->LastItemData.StatusFlags & ImGuiItemStatusFlags_Visible;
    if (target.role == ItemRole::Generic && visible) {
      target.role = ItemRole::ComboBox;
      target.state |= kItemExpandable | (comboOpen(target.id) ? kItemExpanded : 0);
    }
  }
}

void setLastItemRole(ItemRole role) {
  if (RegisteredItem* item = lastImGuiItem()) item->role = role;
}

void setLastItemValue(std::string_view value) {
  if (RegisteredItem* item = lastImGuiItem()) item->value.assign(value.data(), value.size());
}

std::string lastFrameItemsJson(float scale) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : g_registry.last) {
    out.push_back({{"id", item.id},
                   {"label", item.label},
                   {"x", item.x / scale},
                   {"y", item.y / scale},
                   {"w", item.w / scale},
                   {"h", item.h / scale}});
  }
  // A label cut inside a UTF-8 sequence must not make dump() throw (no exceptions on the web).
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace hs::ui

#ifdef IMGUI_ENABLE_TEST_ENGINE
// The four hooks imgui_internal.h declares when IMGUI_ENABLE_TEST_ENGINE is set.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  using hs::ui::g_registry;
  if (!g_registry.enabled || id == 0) return;
  hs::ui::RegisteredItem& item = hs::ui::nextSlot();
  item.id = id;
  item.x = bb.Min.x;
  item.y = bb.Min.y;
  item.w = bb.GetWidth();
  item.h = bb.GetHeight();
  if (ctx->WindowsById.GetVoidPtr(id)) item.role = hs::ui::ItemRole::Window;
  if (ctx->LastItemData.ItemFlags & ImGuiItemFlags_Disabled) item.state |= hs::ui::kItemDisabled;
  auto early = g_registry.early.find(id);
  if (early != g_registry.early.end()) {
    item.label = early->second.label;
    item.role = early->second.role;
    item.state |= early->second.state;
  }
  g_registry.indexById[id] = g_registry.count - 1;
}

namespace {

// The role the status flags (and where the item sits) tell, and its states.
void describe(ImGuiContext& g, ImGuiID id, ImGuiItemStatusFlags flags, hs::ui::ItemRole& role,
              std::uint8_t& state) {
  using hs::ui::ItemRole;
  const bool inMenu = g.CurrentWindow && ((g.CurrentWindow->Flags & ImGuiWindowFlags_ChildMenu) ||
                                          g.CurrentWindow->DC.NavLayerCurrent == ImGuiNavLayer_Menu);
  if (g.CurrentTabBar && ImGui::TabBarFindTabByID(g.CurrentTabBar, id)) {
    role = ItemRole::Tab;
    if (g.CurrentTabBar->SelectedTabId == id) state |= hs::ui::kItemSelected;
  } else if (flags & ImGuiItemStatusFlags_Inputable) {
    role = ItemRole::TextBox;
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    role = inMenu ? ItemRole::MenuItem : ItemRole::CheckBox;
    if (!inMenu && (flags & ImGuiItemStatusFlags_Checked)) state |= hs::ui::kItemChecked;
  } else if (flags & ImGuiItemStatusFlags_Openable) {
    role = inMenu ? ItemRole::MenuItem : ItemRole::Button;
    state |= hs::ui::kItemExpandable;
    if (flags & ImGuiItemStatusFlags_Opened) state |= hs::ui::kItemExpanded;
  } else if (role != ItemRole::Window) {
    role = inMenu ? ItemRole::MenuItem : ItemRole::Button;
  }
}

}  // namespace

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  using hs::ui::g_registry;
  if (!g_registry.enabled || id == 0) return;
  auto it = g_registry.indexById.find(id);
  if (it != g_registry.indexById.end()) {
    hs::ui::RegisteredItem& item = g_registry.building[it->second];
    hs::ui::assignVisibleLabel(item.label, label);
    describe(*ctx, id, flags, item.role, item.state);
  } else {
    hs::ui::EarlyInfo& early = g_registry.early[id];
    hs::ui::assignVisibleLabel(early.label, label);
    describe(*ctx, id, flags, early.role, early.state);
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
#endif
