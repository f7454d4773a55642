#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <unordered_map>

namespace hs::ui {
namespace {

struct Registry {
  std::vector<RegisteredItem> building;
  std::vector<RegisteredItem> last;
  std::unordered_map<ImGuiID, std::size_t> indexById;  // into `building`
  // Labels announced before their item is added (tab items do this).
  std::unordered_map<ImGuiID, std::string> earlyLabels;
  bool enabled = false;
};
Registry g_registry;

std::string visibleLabel(const char* label) {
  if (!label) return {};
  std::string text(label);
  auto hashes = text.find("##");
  if (hashes != std::string::npos) text.resize(hashes);
  return text;
}

}  // namespace

void enableItemRegistry() {
  if (g_registry.enabled || !ImGui::GetCurrentContext()) return;
  g_registry.enabled = true;
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
#endif
}

bool itemRegistryActive() { return g_registry.enabled; }

void finishItemFrame() {
  g_registry.last.swap(g_registry.building);
  g_registry.building.clear();
  g_registry.indexById.clear();
  g_registry.earlyLabels.clear();
}

const std::vector<RegisteredItem>& lastFrameItems() { return g_registry.last; }

void registerCustomItem(std::string_view label, const ImVec2& min, const ImVec2& max) {
  registerCustomItem(label, std::string_view(), min, max);
}

void registerCustomItem(std::string_view prefix, std::string_view text, const ImVec2& min, const ImVec2& max) {
  if (!g_registry.enabled) return;
  RegisteredItem item;
  item.label.reserve(prefix.size() + text.size());
  item.label.append(prefix).append(text);
  item.id = ImGui::GetID(item.label.c_str());
  item.x = min.x;
  item.y = min.y;
  item.w = max.x - min.x;
  item.h = max.y - min.y;
  g_registry.building.push_back(std::move(item));
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
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  using hs::ui::g_registry;
  if (!g_registry.enabled || id == 0) return;
  hs::ui::RegisteredItem item;
  item.id = id;
  item.x = bb.Min.x;
  item.y = bb.Min.y;
  item.w = bb.GetWidth();
  item.h = bb.GetHeight();
  auto early = g_registry.earlyLabels.find(id);
  if (early != g_registry.earlyLabels.end()) item.label = early->second;
  g_registry.indexById[id] = g_registry.building.size();
  g_registry.building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  using hs::ui::g_registry;
  auto it = g_registry.indexById.find(id);
  if (it != g_registry.indexById.end())
    g_registry.building[it->second].label = hs::ui::visibleLabel(label);
  else if (g_registry.enabled && id != 0)
    g_registry.earlyLabels[id] = hs::ui::visibleLabel(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
#endif
