// Glyphs the UI font (Inter) lacks, drawn by the system's own fonts: in the
// browser through a canvas, natively through fontconfig + FreeType (Noto).
#pragma once

#include "core/text/glyph_bitmap.h"

namespace hs::platform {

struct SystemGlyphRequest {
  char32_t codepoint = 0;
  float pixelSize = 0;  // em size in device pixels
  bool bold = false;
  bool metricsOnly = false;  // only `advance` is wanted
};

// Fills `bitmap` (white ink, or the glyph's own colours for emoji) and
// `advance` (pixels); false when no system font has the codepoint.
bool rasterizeSystemGlyph(const SystemGlyphRequest& request, text::GlyphBitmap& bitmap, float& advance);

}  // namespace hs::platform
