#include "core/text/glyph_bitmap.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace hs::text {

void cropToInk(GlyphBitmap& glyph) {
  int minX = glyph.width, minY = glyph.height, maxX = -1, maxY = -1;
  for (int y = 0; y < glyph.height; ++y) {
    for (int x = 0; x < glyph.width; ++x) {
      if (glyph.rgba[(static_cast<std::size_t>(y) * glyph.width + x) * 4 + 3] == 0) continue;
      minX = std::min(minX, x);
      maxX = std::max(maxX, x);
      minY = std::min(minY, y);
      maxY = std::max(maxY, y);
    }
  }
  if (maxX < 0) {
    glyph.width = glyph.height = 0;
    glyph.rgba.clear();
    return;
  }
  const int w = maxX - minX + 1, h = maxY - minY + 1;
  std::vector<std::uint8_t> out(static_cast<std::size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y) {
    const auto* from = &glyph.rgba[(static_cast<std::size_t>(y + minY) * glyph.width + minX) * 4];
    std::copy(from, from + static_cast<std::size_t>(w) * 4, &out[static_cast<std::size_t>(y) * w * 4]);
  }
  glyph.left += minX;
  glyph.top -= minY;
  glyph.width = w;
  glyph.height = h;
  glyph.rgba = std::move(out);
}

bool hasOwnColours(const GlyphBitmap& glyph) {
  // Anti-aliased white ink comes back from an unpremultiplied canvas read
  // slightly off-white at low alpha; only clearly opaque, clearly tinted
  // pixels count as colour.
  constexpr int kMinAlpha = 96, kMinSpread = 24;
  for (std::size_t i = 0; i + 3 < glyph.rgba.size(); i += 4) {
    if (glyph.rgba[i + 3] < kMinAlpha) continue;
    const int r = glyph.rgba[i], g = glyph.rgba[i + 1], b = glyph.rgba[i + 2];
    if (std::abs(r - g) > kMinSpread || std::abs(g - b) > kMinSpread || r < 255 - kMinSpread) return true;
  }
  return false;
}

std::vector<std::uint8_t> alphaChannel(const GlyphBitmap& glyph) {
  std::vector<std::uint8_t> alpha(glyph.rgba.size() / 4);
  for (std::size_t i = 0; i < alpha.size(); ++i) alpha[i] = glyph.rgba[i * 4 + 3];
  return alpha;
}

GlyphBitmap scaledBitmap(const GlyphBitmap& glyph, float factor) {
  GlyphBitmap out;
  if (glyph.width == 0 || glyph.height == 0 || !(factor > 0.0f)) return out;
  out.width = std::max(1, static_cast<int>(std::lround(glyph.width * factor)));
  out.height = std::max(1, static_cast<int>(std::lround(glyph.height * factor)));
  out.left = static_cast<int>(std::lround(glyph.left * factor));
  out.top = static_cast<int>(std::lround(glyph.top * factor));
  out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 0);
  const double sx = static_cast<double>(glyph.width) / out.width;
  const double sy = static_cast<double>(glyph.height) / out.height;
  for (int oy = 0; oy < out.height; ++oy) {
    const double y0 = oy * sy, y1 = y0 + sy;
    for (int ox = 0; ox < out.width; ++ox) {
      const double x0 = ox * sx, x1 = x0 + sx;
      double sum[4] = {0, 0, 0, 0}, area = 0;
      for (int y = static_cast<int>(y0); y < std::min(glyph.height, static_cast<int>(std::ceil(y1))); ++y) {
        const double wy = std::min(y1, y + 1.0) - std::max(y0, static_cast<double>(y));
        for (int x = static_cast<int>(x0); x < std::min(glyph.width, static_cast<int>(std::ceil(x1))); ++x) {
          const double wgt = wy * (std::min(x1, x + 1.0) - std::max(x0, static_cast<double>(x)));
          const auto* p = &glyph.rgba[(static_cast<std::size_t>(y) * glyph.width + x) * 4];
          const double a = p[3] / 255.0;
          for (int c = 0; c < 3; ++c) sum[c] += p[c] * a * wgt;
          sum[3] += p[3] * wgt;
          area += wgt;
        }
      }
      auto* q = &out.rgba[(static_cast<std::size_t>(oy) * out.width + ox) * 4];
      const double alpha = area > 0 ? sum[3] / area : 0;
      q[3] = static_cast<std::uint8_t>(std::lround(std::min(255.0, alpha)));
      for (int c = 0; c < 3; ++c)
        q[c] = alpha > 0 ? static_cast<std::uint8_t>(std::lround(std::min(255.0, sum[c] / area / (alpha / 255.0)))) : 0;
    }
  }
  return out;
}

}  // namespace hs::text
