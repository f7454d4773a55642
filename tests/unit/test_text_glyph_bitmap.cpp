#include <doctest/doctest.h>

#include "core/text/glyph_bitmap.h"

using hs::text::GlyphBitmap;

namespace {

GlyphBitmap blank(int w, int h, int left, int top) {
  GlyphBitmap g;
  g.width = w;
  g.height = h;
  g.left = left;
  g.top = top;
  g.rgba.assign(static_cast<std::size_t>(w) * h * 4, 0);
  return g;
}

void paint(GlyphBitmap& g, int x, int y, int r, int gr, int b, int a) {
  auto* p = &g.rgba[(static_cast<std::size_t>(y) * g.width + x) * 4];
  p[0] = static_cast<std::uint8_t>(r);
  p[1] = static_cast<std::uint8_t>(gr);
  p[2] = static_cast<std::uint8_t>(b);
  p[3] = static_cast<std::uint8_t>(a);
}

}  // namespace

TEST_CASE("glyph bitmap: crop keeps only the inked box and moves the origin with it") {
  GlyphBitmap g = blank(6, 5, 2, 4);  // baseline 4 rows below the top
  paint(g, 1, 1, 255, 255, 255, 10);
  paint(g, 3, 2, 255, 255, 255, 200);
  hs::text::cropToInk(g);
  CHECK(g.width == 3);
  CHECK(g.height == 2);
  CHECK(g.left == 3);  // 2 + first inked column 1
  CHECK(g.top == 3);   // 4 - first inked row 1
  REQUIRE(g.rgba.size() == 24u);
  CHECK(g.rgba[3] == 10);                  // (0,0) was (1,1)
  CHECK(g.rgba[(1 * 3 + 2) * 4 + 3] == 200);  // (2,1) was (3,2)
}

TEST_CASE("glyph bitmap: a glyph without ink crops to nothing") {
  GlyphBitmap g = blank(4, 4, 0, 3);
  hs::text::cropToInk(g);
  CHECK(g.width == 0);
  CHECK(g.height == 0);
  CHECK(g.rgba.empty());
}

TEST_CASE("glyph bitmap: white anti-aliased ink is plain, an emoji's colours are its own") {
  GlyphBitmap plain = blank(2, 1, 0, 1);
  paint(plain, 0, 0, 255, 255, 255, 255);
  paint(plain, 1, 0, 250, 240, 255, 20);  // off-white at low alpha: rounding, not colour
  CHECK_FALSE(hs::text::hasOwnColours(plain));
  GlyphBitmap emoji = blank(2, 1, 0, 1);
  paint(emoji, 0, 0, 255, 255, 255, 255);
  paint(emoji, 1, 0, 240, 120, 20, 255);  // flame orange
  CHECK(hs::text::hasOwnColours(emoji));
  GlyphBitmap grey = blank(1, 1, 0, 1);
  paint(grey, 0, 0, 90, 90, 90, 255);  // a dark grey emoji part (e.g. a black heart) is colour too
  CHECK(hs::text::hasOwnColours(grey));
}

TEST_CASE("glyph bitmap: alpha channel is one byte per pixel in order") {
  GlyphBitmap g = blank(3, 1, 0, 1);
  paint(g, 0, 0, 255, 255, 255, 7);
  paint(g, 2, 0, 255, 255, 255, 99);
  CHECK(hs::text::alphaChannel(g) == std::vector<std::uint8_t>{7, 0, 99});
}

TEST_CASE("glyph bitmap: halving averages 2x2 blocks on premultiplied colour") {
  GlyphBitmap g = blank(4, 2, 8, 6);
  paint(g, 0, 0, 255, 0, 0, 255);  // block 1: one opaque red pixel, three clear
  paint(g, 2, 0, 0, 0, 255, 255);  // block 2: all four opaque blue
  paint(g, 3, 0, 0, 0, 255, 255);
  paint(g, 2, 1, 0, 0, 255, 255);
  paint(g, 3, 1, 0, 0, 255, 255);
  GlyphBitmap half = hs::text::scaledBitmap(g, 0.5f);
  CHECK(half.width == 2);
  CHECK(half.height == 1);
  CHECK(half.left == 4);
  CHECK(half.top == 3);
  REQUIRE(half.rgba.size() == 8u);
  // Red keeps full red (premultiplied average / alpha), alpha is 255 / 4 = 64.
  CHECK(half.rgba[0] == 255);
  CHECK(half.rgba[1] == 0);
  CHECK(half.rgba[3] == 64);
  CHECK(half.rgba[4 + 2] == 255);
  CHECK(half.rgba[4 + 3] == 255);
}
