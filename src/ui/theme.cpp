#include "ui/theme.h"

#include <cstddef>

#include "ui/fonts/system_glyph_loader.h"

extern const unsigned char kFontInterRegular[];
extern const std::size_t kFontInterRegular_size;
extern const unsigned char kFontInterSemiBold[];
extern const std::size_t kFontInterSemiBold_size;

namespace hs::ui {
namespace {

Fonts g_fonts;
float g_scale = 1.0f;

// Inter for Latin, Greek and Cyrillic, then the system's fonts for every other
// script and emoji. Dear ImGui 1.92 bakes glyphs on demand at the size drawn,
// so nothing is rasterised before a frame needs it.
ImFont* addFont(const unsigned char* data, std::size_t size, float pixels, bool bold) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), pixels,
                                            &config);
  mergeSystemGlyphs(atlas, bold);
  return font;
}

void applyColors(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  ImVec4* c = style.Colors;
  auto rgb = [](int r, int g, int b, float a = 1.0f) {
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
  };
  c[ImGuiCol_Text] = rgb(33, 37, 41);
  c[ImGuiCol_TextDisabled] = rgb(134, 142, 150);
  c[ImGuiCol_WindowBg] = rgb(244, 245, 247);
  c[ImGuiCol_ChildBg] = rgb(255, 255, 255, 0.0f);
  c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
  c[ImGuiCol_Border] = rgb(206, 212, 218);
  c[ImGuiCol_FrameBg] = rgb(255, 255, 255);
  c[ImGuiCol_FrameBgHovered] = rgb(237, 242, 255);
  c[ImGuiCol_FrameBgActive] = rgb(225, 233, 255);
  c[ImGuiCol_TitleBg] = rgb(233, 236, 239);
  c[ImGuiCol_TitleBgActive] = rgb(222, 226, 230);
  c[ImGuiCol_MenuBarBg] = rgb(255, 255, 255);
  c[ImGuiCol_Button] = rgb(233, 236, 239);
  c[ImGuiCol_ButtonHovered] = rgb(214, 224, 250);
  c[ImGuiCol_ButtonActive] = rgb(190, 207, 247);
  c[ImGuiCol_Header] = rgb(225, 233, 255);
  c[ImGuiCol_HeaderHovered] = rgb(214, 224, 250);
  c[ImGuiCol_HeaderActive] = rgb(190, 207, 247);
  c[ImGuiCol_Tab] = rgb(233, 236, 239);
  c[ImGuiCol_TabHovered] = rgb(214, 224, 250);
  c[ImGuiCol_TabSelected] = rgb(255, 255, 255);
  c[ImGuiCol_TableHeaderBg] = rgb(241, 243, 245);
  c[ImGuiCol_TableRowBgAlt] = rgb(248, 249, 250);
  c[ImGuiCol_CheckMark] = rgb(51, 102, 214);
  c[ImGuiCol_SliderGrab] = rgb(51, 102, 214);
  c[ImGuiCol_SliderGrabActive] = rgb(40, 82, 180);
  c[ImGuiCol_Separator] = rgb(222, 226, 230);
  c[ImGuiCol_NavCursor] = rgb(51, 102, 214);
  c[ImGuiCol_ModalWindowDimBg] = rgb(33, 37, 41, 0.35f);
}

}  // namespace

void applyTheme(float scale) {
  g_scale = scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts.body = addFont(kFontInterRegular, kFontInterRegular_size, 15.0f * scale, false);
  g_fonts.bold = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 15.0f * scale, true);
  g_fonts.heading = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 19.0f * scale, true);
  g_fonts.title = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 26.0f * scale, true);
  io.FontDefault = g_fonts.body;

  ImGuiStyle style;
  applyColors(style);
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(6, 6);
  style.CellPadding = ImVec2(8, 5);
  style.ScrollbarSize = 12;
  style.GrabMinSize = 10;
  style.WindowRounding = 6;
  style.ChildRounding = 6;
  style.FrameRounding = 5;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 4;
  style.TabRounding = 5;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  style.PopupBorderSize = 1;
  style.ScaleAllSizes(scale);
  style.FontSizeBase = g_fonts.body->LegacySize;
  ImGui::GetStyle() = style;
}

const Fonts& fonts() { return g_fonts; }
void pushFont(ImFont* font) { ImGui::PushFont(font, font->LegacySize); }
float uiScale() { return g_scale; }

ImVec4 toVec4(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

}  // namespace hs::ui
