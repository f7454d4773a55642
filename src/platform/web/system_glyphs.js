// Glyphs Inter lacks (CJK, Hangul, Thai, Devanagari, Arabic, Hebrew, emoji ...)
// drawn by the browser from the system's own fonts on a canvas, read back as
// pixels for Dear ImGui's atlas (see src/platform/web/system_glyphs_web.cpp).
mergeInto(LibraryManager.library, {
  $HSGlyphs: {
    ctx: null,
    context: function (width, height) {
      if (!HSGlyphs.ctx) {
        const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
        HSGlyphs.ctx = canvas.getContext('2d', { willReadFrequently: true });
      }
      const canvas = HSGlyphs.ctx.canvas;
      if (width && (canvas.width < width || canvas.height < height)) {
        canvas.width = Math.max(canvas.width, width);
        canvas.height = Math.max(canvas.height, height);
      }
      return HSGlyphs.ctx;
    },
    font: function (pixelSize, bold) {
      return (bold ? '600 ' : '400 ') + pixelSize + 'px sans-serif';
    },
  },
  hs_js_glyph_advance__deps: ['$HSGlyphs'],
  hs_js_glyph_advance: function (codepoint, pixelSize, bold) {
    const ctx = HSGlyphs.context(0, 0);
    ctx.font = HSGlyphs.font(pixelSize, bold);
    return ctx.measureText(String.fromCodePoint(codepoint)).width;
  },
  hs_js_glyph_draw__deps: ['$HSGlyphs'],
  hs_js_glyph_draw: function (codepoint, pixelSize, bold, width, height, penX, baselineY, pixels) {
    const ctx = HSGlyphs.context(width, height);
    ctx.clearRect(0, 0, width, height);
    ctx.font = HSGlyphs.font(pixelSize, bold);
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = '#fff';
    ctx.fillText(String.fromCodePoint(codepoint), penX, baselineY);
    HEAPU8.set(ctx.getImageData(0, 0, width, height).data, pixels);
  },
});
