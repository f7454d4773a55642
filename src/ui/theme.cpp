#include "ui/theme.h"

#include <cstddef>

extern const unsigned char kFontInterRegular[];
extern const std::size_t kFontInterRegular_size;
extern const unsigned char kFontInterSemiBold[];
extern const std::size_t kFontInterSemiBold_size;

namespace hs::ui {
namespace {

Fonts g_fonts;
float g_scale = 1.0f;

ImFont* addFont(const unsigned char* data, std::size_t size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  config.OversampleH = 2;
  config.OversampleV = 1;
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2010, 0x203A,
                                    0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2715,
                                    0x25B2, 0x25CF, 0};
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    kRanges);
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
  c[ImGuiCol_TabActive] = rgb(255, 255, 255);
  c[ImGuiCol_TableHeaderBg] = rgb(241, 243, 245);
  c[ImGuiCol_TableRowBgAlt] = rgb(248, 249, 250);
  c[ImGuiCol_CheckMark] = rgb(51, 102, 214);
  c[ImGuiCol_SliderGrab] = rgb(51, 102, 214);
  c[ImGuiCol_SliderGrabActive] = rgb(40, 82, 180);
  c[ImGuiCol_Separator] = rgb(222, 226, 230);
  c[ImGuiCol_NavHighlight] = rgb(51, 102, 214);
  c[ImGuiCol_ModalWindowDimBg] = rgb(33, 37, 41, 0.35f);
}

}  // namespace

void applyTheme(float scale) {
  g_scale = scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts.body = addFont(kFontInterRegular, kFontInterRegular_size, 15.0f * scale);
  g_fonts.bold = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 15.0f * scale);
  g_fonts.heading = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 19.0f * scale);
  g_fonts.title = addFont(kFontInterSemiBold, kFontInterSemiBold_size, 26.0f * scale);
  io.FontDefault = g_fonts.body;
  io.Fonts->Build();

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
  ImGui::GetStyle() = style;
}

const Fonts& fonts() { return g_fonts; }
float uiScale() { return g_scale; }

ImVec4 toVec4(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

}  // namespace hs::ui
