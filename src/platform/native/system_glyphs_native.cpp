// Glyphs Inter lacks, from the system's fonts: fontconfig picks a font that has
// the codepoint (Debian's Noto fonts: core, CJK, colour emoji), FreeType draws it.
#include "platform/system_glyphs.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace hs::platform {
namespace {

struct FaceCache {
  FT_Library library = nullptr;
  bool fontconfigReady = false;
  std::map<std::pair<std::string, int>, FT_Face> faces;         // (file, index)
  std::map<std::pair<char32_t, bool>, FT_Face> faceByCodepoint;  // nullptr: none has it
};

FaceCache& cache() {
  static FaceCache c = [] {
    FaceCache fresh;
    if (FT_Init_FreeType(&fresh.library) != 0) fresh.library = nullptr;
    fresh.fontconfigReady = FcInit() == FcTrue;
    return fresh;
  }();
  return c;
}

FT_Face openFace(const std::string& file, int index) {
  auto& c = cache();
  auto key = std::make_pair(file, index);
  auto found = c.faces.find(key);
  if (found != c.faces.end()) return found->second;
  FT_Face face = nullptr;
  if (FT_New_Face(c.library, file.c_str(), index, &face) != 0) face = nullptr;
  c.faces[key] = face;
  return face;
}

// The font fontconfig prefers for this codepoint in a sans-serif face.
FT_Face faceFor(char32_t codepoint, bool bold) {
  auto& c = cache();
  if (!c.library || !c.fontconfigReady) return nullptr;
  auto key = std::make_pair(codepoint, bold);
  auto found = c.faceByCodepoint.find(key);
  if (found != c.faceByCodepoint.end()) return found->second;

  FT_Face face = nullptr;
  FcPattern* pattern = FcPatternCreate();
  FcCharSet* charset = FcCharSetCreate();
  FcCharSetAddChar(charset, codepoint);
  FcPatternAddCharSet(pattern, FC_CHARSET, charset);
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_SEMIBOLD : FC_WEIGHT_REGULAR);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  if (match) {
    FcChar8* file = nullptr;
    int index = 0;
    if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
      FcPatternGetInteger(match, FC_INDEX, 0, &index);
      FT_Face candidate = openFace(reinterpret_cast<const char*>(file), index);
      if (candidate && FT_Get_Char_Index(candidate, codepoint) != 0) face = candidate;
    }
    FcPatternDestroy(match);
  }
  FcCharSetDestroy(charset);
  FcPatternDestroy(pattern);
  c.faceByCodepoint[key] = face;
  return face;
}

void copyBitmap(const FT_Bitmap& from, text::GlyphBitmap& to) {
  to.width = static_cast<int>(from.width);
  to.height = static_cast<int>(from.rows);
  to.rgba.assign(static_cast<std::size_t>(to.width) * to.height * 4, 0);
  for (int y = 0; y < to.height; ++y) {
    const unsigned char* row = from.buffer + static_cast<std::ptrdiff_t>(y) * from.pitch;
    for (int x = 0; x < to.width; ++x) {
      unsigned char* p = &to.rgba[(static_cast<std::size_t>(y) * to.width + x) * 4];
      if (from.pixel_mode == FT_PIXEL_MODE_BGRA) {
        // Premultiplied BGRA to straight RGBA.
        const unsigned char* q = row + x * 4;
        const int a = q[3];
        p[0] = a ? static_cast<unsigned char>(std::min(255, q[2] * 255 / a)) : 0;
        p[1] = a ? static_cast<unsigned char>(std::min(255, q[1] * 255 / a)) : 0;
        p[2] = a ? static_cast<unsigned char>(std::min(255, q[0] * 255 / a)) : 0;
        p[3] = static_cast<unsigned char>(a);
      } else {
        p[0] = p[1] = p[2] = 255;
        p[3] = row[x];
      }
    }
  }
}

}  // namespace

bool rasterizeSystemGlyph(const SystemGlyphRequest& request, text::GlyphBitmap& bitmap, float& advance) {
  FT_Face face = faceFor(request.codepoint, request.bold);
  if (!face) return false;
  const FT_UInt index = FT_Get_Char_Index(face, request.codepoint);
  float scale = 1.0f;  // bitmap strike size -> requested size
  if (FT_IS_SCALABLE(face)) {
    if (FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(std::max(1.0f, std::round(request.pixelSize)))) != 0)
      return false;
  } else {
    // Colour emoji come as fixed-size bitmaps (e.g. 109 px): take the closest strike, then scale.
    if (face->num_fixed_sizes < 1) return false;
    int best = 0;
    for (int i = 1; i < face->num_fixed_sizes; ++i)
      if (std::abs(face->available_sizes[i].y_ppem / 64.0f - request.pixelSize) <
          std::abs(face->available_sizes[best].y_ppem / 64.0f - request.pixelSize))
        best = i;
    if (FT_Select_Size(face, best) != 0) return false;
    scale = request.pixelSize / (face->available_sizes[best].y_ppem / 64.0f);
  }
  const FT_Int32 flags = FT_LOAD_COLOR | (request.metricsOnly ? FT_LOAD_DEFAULT : FT_LOAD_RENDER);
  if (FT_Load_Glyph(face, index, flags) != 0) return false;
  advance = face->glyph->advance.x / 64.0f * scale;
  if (request.metricsOnly) return true;
  if (face->glyph->format != FT_GLYPH_FORMAT_BITMAP && FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) != 0)
    return false;
  copyBitmap(face->glyph->bitmap, bitmap);
  bitmap.left = face->glyph->bitmap_left;
  bitmap.top = face->glyph->bitmap_top;
  if (scale != 1.0f) bitmap = text::scaledBitmap(bitmap, scale);
  return true;
}

}  // namespace hs::platform
