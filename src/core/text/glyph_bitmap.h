// One glyph rasterised by a system font (browser canvas or FreeType), before it
// goes into the font atlas: straight-alpha RGBA, white ink for plain glyphs.
#pragma once

#include <cstdint>
#include <vector>

namespace hs::text {

struct GlyphBitmap {
  int width = 0;
  int height = 0;
  int left = 0;  // pen position to the bitmap's left column, in pixels
  int top = 0;   // bitmap's top row to the baseline, in pixels (positive above)
  std::vector<std::uint8_t> rgba;  // width * height * 4
};

// Shrinks the bitmap to the columns and rows that have ink; left/top follow so
// the glyph stays where it was. A glyph without ink becomes 0 x 0.
void cropToInk(GlyphBitmap& glyph);

// True for a glyph with colours of its own (colour emoji); false for one drawn
// in a single colour, which the UI then tints like any text.
bool hasOwnColours(const GlyphBitmap& glyph);

// The alpha channel alone (one byte per pixel).
std::vector<std::uint8_t> alphaChannel(const GlyphBitmap& glyph);

// Scaled by `factor` (< 1 shrinks) with an area-weighted box filter on
// premultiplied colour, so edges keep their colour; used for bitmap-only fonts
// such as colour emoji, which come at one fixed size.
GlyphBitmap scaledBitmap(const GlyphBitmap& glyph, float factor);

}  // namespace hs::text
