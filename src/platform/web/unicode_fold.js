// Unicode folding by the browser's own tables for core/text/unicode_fold.h
// (see unicode_fold_browser.cpp). Returns a malloc'd UTF-8 string, or 0.
mergeInto(LibraryManager.library, {
  hs_js_fold_unicode__deps: ['malloc'],
  hs_js_fold_unicode: function (text, length, stripMarks) {
    try {
      let s = UTF8ToString(text, length).normalize('NFD');
      // A RegExp from a string: emscripten 3.1.6's JS optimizer cannot parse \p{...} literals.
      if (stripMarks) s = s.replace(new RegExp('\\p{M}', 'gu'), '');
      // ẞ lowers to ß, which folds to "ss" as ß itself does through "SS".
      s = s.toUpperCase().toLowerCase().replace(new RegExp('\u00DF', 'g'), 'ss').normalize('NFC');
      const size = lengthBytesUTF8(s) + 1;
      const out = _malloc(size);
      if (out) stringToUTF8(s, out, size);
      return out;
    } catch (e) {
      return 0;
    }
  },
});
