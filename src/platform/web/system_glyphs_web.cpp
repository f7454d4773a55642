#include "platform/system_glyphs.h"

#include <cmath>

extern "C" {
double hs_js_glyph_advance(int codepoint, double pixelSize, int bold);
void hs_js_glyph_draw(int codepoint, double pixelSize, int bold, int width, int height, int penX, int baselineY,
                      unsigned char* pixels);
}

namespace hs::platform {

bool rasterizeSystemGlyph(const SystemGlyphRequest& request, text::GlyphBitmap& bitmap, float& advance) {
  const int codepoint = static_cast<int>(request.codepoint);
  advance = static_cast<float>(hs_js_glyph_advance(codepoint, request.pixelSize, request.bold ? 1 : 0));
  if (request.metricsOnly) return true;
  // Room for marks above and below the line and for ink past the advance.
  const float px = request.pixelSize;
  const int pad = 2 + static_cast<int>(std::ceil(px * 0.3f));
  bitmap.left = -pad;
  bitmap.top = pad + static_cast<int>(std::ceil(px * 1.2f));
  bitmap.width = static_cast<int>(std::ceil(advance)) + 2 * pad;
  bitmap.height = bitmap.top + static_cast<int>(std::ceil(px * 0.5f)) + pad;
  bitmap.rgba.assign(static_cast<std::size_t>(bitmap.width) * bitmap.height * 4, 0);
  hs_js_glyph_draw(codepoint, px, request.bold ? 1 : 0, bitmap.width, bitmap.height, pad, bitmap.top,
                   bitmap.rgba.data());
  return true;
}

}  // namespace hs::platform
