#include "platform/web/a11y_mirror.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>
#include <cstdio>

#include "platform/glfw_host.h"
#include "ui/item_registry.h"

extern "C" {
// a11y_mirror.js: applies a batch of changes (records below) to the DOM layer.
void hs_js_a11y_apply(const char* ops, int length);
}

namespace hs::platform {
namespace {

using ui::ItemRole;
using ui::RegisteredItem;

// More nodes than a person can read on one screen only cost frames.
constexpr int kMaxNodes = 800;

// What the DOM holds for one mirrored widget, to tell what changed.
struct MirroredNode {
  int frame = -1;  // last frame it was seen in
  ImGuiID id = 0;  // the ImGui (or custom) id, for activation
  bool custom = false;
  ItemRole role = ItemRole::Generic;
  std::uint8_t state = 0;
  int x = 0, y = 0, w = 0, h = 0;  // CSS pixels
  float cx = 0, cy = 0;            // centre in framebuffer pixels, for a click
  std::uint64_t nameHash = 0, valueHash = 0;
};

// Platform state of the browser page (like the canvas), not view state of the app.
struct Mirror {
  std::unordered_map<std::uint32_t, MirroredNode> nodes;  // by key
  std::string ops;  // reused batch buffer: no allocation once warm
  std::vector<std::uint32_t> order;  // keys of this frame, in drawing order (reused)
  int frame = 0;
  std::uint64_t orderHash = 0;
  std::uint32_t focusKey = 0;
  bool focusTyping = false;
  bool focusKeyboard = false;
  double lastMs = 0;
};
Mirror g_mirror;

std::uint64_t hashText(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h ^ text.size();
}

bool mirrored(const RegisteredItem& item, const std::string& name) {
  if (item.namesItem || item.w <= 0 || item.h <= 0) return false;
  switch (item.role) {
    case ItemRole::Generic:
    case ItemRole::Window: return false;
    case ItemRole::TextBox:
    case ItemRole::ComboBox: return true;
    default: return !name.empty();
  }
}

// Separators of the batch format must not come from the text itself.
void appendField(std::string& out, const std::string& text) {
  for (char c : text) out.push_back(c == '\x1e' || c == '\x1f' ? ' ' : c);
  out.push_back('\x1f');
}

void appendNumber(std::string& out, long long value) {
  char buffer[24];
  int n = std::snprintf(buffer, sizeof buffer, "%lld", value);
  out.append(buffer, static_cast<std::size_t>(n));
  out.push_back('\x1f');
}

// A widget's key: its id, made unique when two items of a frame share one.
std::uint32_t keyFor(ImGuiID id) {
  std::uint32_t key = id ? id : 1u;
  for (;;) {
    auto it = g_mirror.nodes.find(key);
    if (it == g_mirror.nodes.end() || it->second.frame != g_mirror.frame) return key;
    key = key * 2654435761u + 0x9e37u;
  }
}

// The widget a screen reader should hear about: the field being typed in, or the
// keyboard's focus (ImGui's nav id while its cursor shows).
ImGuiID focusedId(bool& typing, bool& keyboard) {
  ImGuiContext& g = *GImGui;
  typing = ImGui::GetIO().WantTextInput && g.ActiveId != 0;
  keyboard = g.NavCursorVisible && g.NavId != 0;
  if (typing) return g.ActiveId;
  return keyboard ? g.NavId : 0;
}

}  // namespace

void updateA11yMirror() {
  auto t0 = std::chrono::steady_clock::now();
  Mirror& m = g_mirror;
  ++m.frame;
  m.ops.clear();
  m.order.clear();
  const float scale = hostScale();
  const auto& items = ui::lastFrameItems();
  bool typing = false, keyboard = false;
  const ImGuiID focusId = focusedId(typing, keyboard);
  std::uint32_t focusKey = 0;
  std::uint64_t order = 1469598103934665603ull;
  int count = 0;

  for (const RegisteredItem& item : items) {
    const std::string& name = ui::accessibleName(item);
    if (!mirrored(item, name)) continue;
    if (++count > kMaxNodes) break;
    const std::uint32_t key = keyFor(item.id);
    order = (order ^ key) * 1099511628211ull;
    m.order.push_back(key);
    if (focusId && item.id == focusId && !item.custom && !focusKey) focusKey = key;
    MirroredNode fresh;
    fresh.frame = m.frame;
    fresh.id = item.id;
    fresh.custom = item.custom;
    fresh.role = item.role;
    fresh.state = item.state;
    fresh.x = static_cast<int>(std::lround(item.x / scale));
    fresh.y = static_cast<int>(std::lround(item.y / scale));
    fresh.w = static_cast<int>(std::lround((item.x + item.w) / scale)) - fresh.x;
    fresh.h = static_cast<int>(std::lround((item.y + item.h) / scale)) - fresh.y;
    fresh.cx = item.x + item.w * 0.5f;
    fresh.cy = item.y + item.h * 0.5f;
    fresh.nameHash = hashText(name);
    fresh.valueHash = hashText(item.value);

    auto [it, inserted] = m.nodes.try_emplace(key, fresh);
    MirroredNode& node = it->second;
    const bool changed = inserted || node.role != fresh.role || node.state != fresh.state ||
                         node.x != fresh.x || node.y != fresh.y || node.w != fresh.w ||
                         node.h != fresh.h || node.nameHash != fresh.nameHash ||
                         node.valueHash != fresh.valueHash;
    node = fresh;
    if (!changed) continue;
    // U key role state x y w h name value
    m.ops += "U\x1f";
    appendNumber(m.ops, key);
    appendNumber(m.ops, static_cast<int>(fresh.role));
    appendNumber(m.ops, fresh.state);
    appendNumber(m.ops, fresh.x);
    appendNumber(m.ops, fresh.y);
    appendNumber(m.ops, fresh.w);
    appendNumber(m.ops, fresh.h);
    appendField(m.ops, name);
    appendField(m.ops, item.role == ItemRole::TextBox ? item.value : std::string());
    m.ops.push_back('\x1e');
  }

  // Widgets not drawn this frame leave the tree.
  for (auto it = m.nodes.begin(); it != m.nodes.end();) {
    if (it->second.frame == m.frame) {
      ++it;
      continue;
    }
    m.ops += "R\x1f";
    appendNumber(m.ops, it->first);
    m.ops.push_back('\x1e');
    it = m.nodes.erase(it);
  }

  // Reading order follows drawing order; sent only when the set or order changed.
  if (order != m.orderHash) {
    m.orderHash = order;
    m.ops += "O\x1f";
    for (std::uint32_t key : m.order) appendNumber(m.ops, key);
    m.ops.push_back('\x1e');
  }

  if (focusKey != m.focusKey || typing != m.focusTyping || keyboard != m.focusKeyboard) {
    m.focusKey = focusKey;
    m.focusTyping = typing;
    m.focusKeyboard = keyboard;
    m.ops += "F\x1f";
    appendNumber(m.ops, focusKey);
    appendNumber(m.ops, typing ? 1 : 0);
    m.ops.push_back('\x1e');
  }

  if (!m.ops.empty()) hs_js_a11y_apply(m.ops.data(), static_cast<int>(m.ops.size()));
  m.lastMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double lastA11yMirrorMs() { return g_mirror.lastMs; }

}  // namespace hs::platform

extern "C" {

// A screen reader (or element.click()) activated a mirrored element: an ImGui widget
// is activated like a keyboard user would; a custom-drawn one gets a click at its centre.
EMSCRIPTEN_KEEPALIVE void hs_a11y_activate(unsigned int key) {
  auto it = hs::platform::g_mirror.nodes.find(key);
  if (it == hs::platform::g_mirror.nodes.end() || !ImGui::GetCurrentContext()) return;
  const hs::platform::MirroredNode& node = it->second;
  if (!node.custom) {
    ImGui::ActivateItemByID(node.id);
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(node.cx, node.cy);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
}

EMSCRIPTEN_KEEPALIVE double hs_a11y_last_mirror_ms() { return hs::platform::lastA11yMirrorMs(); }

}  // extern "C"
