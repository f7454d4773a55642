#include "ui/fonts/system_glyph_loader.h"

#include <imgui_internal.h>

#include <cmath>

#include "platform/system_glyphs.h"

namespace hs::ui {
namespace {

constexpr unsigned kBoldFlag = 1u;

bool loadGlyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
               ImFontGlyph* outGlyph, float* outAdvanceX) {
  // Control characters and unassigned-by-Inter ASCII never come from the system.
  if (codepoint < 0x20 || (codepoint >= 0x7F && codepoint < 0xA0)) return false;
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  platform::SystemGlyphRequest request;
  request.codepoint = static_cast<char32_t>(codepoint);
  request.pixelSize = baked->Size * density;
  request.bold = (src->FontLoaderFlags & kBoldFlag) != 0;
  request.metricsOnly = outAdvanceX != nullptr;
  text::GlyphBitmap bitmap;
  float advance = 0;
  if (!platform::rasterizeSystemGlyph(request, bitmap, advance)) return false;
  if (outAdvanceX) {
    *outAdvanceX = advance / density;
    return true;
  }
  outGlyph->Codepoint = codepoint;
  outGlyph->AdvanceX = advance / density;
  text::cropToInk(bitmap);
  if (bitmap.width == 0) return true;  // a space or a mark with no ink

  ImFontAtlasRectId packId = ImFontAtlasPackAddRect(atlas, bitmap.width, bitmap.height);
  if (packId == ImFontAtlasRectId_Invalid) return false;
  ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, packId);
  const float ascent = IM_ROUND(baked->Ascent);
  outGlyph->X0 = bitmap.left / density;
  outGlyph->Y0 = ascent - bitmap.top / density;
  outGlyph->X1 = outGlyph->X0 + bitmap.width / density;
  outGlyph->Y1 = outGlyph->Y0 + bitmap.height / density;
  outGlyph->Visible = true;
  outGlyph->PackId = packId;
  if (text::hasOwnColours(bitmap)) {
    outGlyph->Colored = true;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, outGlyph, rect, bitmap.rgba.data(),
                                       ImTextureFormat_RGBA32, bitmap.width * 4);
  } else {
    auto alpha = text::alphaChannel(bitmap);
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, outGlyph, rect, alpha.data(), ImTextureFormat_Alpha8,
                                       bitmap.width);
  }
  return true;
}

// Only asked by ImGui's debug tools; the real answer comes when a glyph loads.
bool mayContain(ImFontAtlas*, ImFontConfig*, ImWchar codepoint) { return codepoint >= 0xA0; }

const ImFontLoader& systemGlyphLoader() {
  static ImFontLoader loader = [] {
    ImFontLoader l;
    l.Name = "system glyphs";
    l.FontSrcContainsGlyph = mayContain;
    l.FontBakedLoadGlyph = loadGlyph;
    return l;
  }();
  return loader;
}

}  // namespace

void mergeSystemGlyphs(ImFontAtlas& atlas, bool bold) {
  ImFontConfig config;
  config.MergeMode = true;
  config.FontLoader = &systemGlyphLoader();
  config.FontLoaderFlags = bold ? kBoldFlag : 0u;
  ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "system glyphs%s", bold ? " (bold)" : "");
  atlas.AddFont(&config);
}

}  // namespace hs::ui
