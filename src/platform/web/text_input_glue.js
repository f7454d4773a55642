// The browser side of text input (see text_input.h): a <textarea> kept at the
// caret of the active ImGui text field. It is invisible but focusable (not
// display:none), so IME composition, dictation, emoji pickers and on-screen
// keyboards target it; what they commit goes to ImGui as UTF-8.
// Keys typed on a keyboard keep reaching ImGui through emscripten's GLFW layer
// (keydown/keypress on window); the textarea only refuses to insert them too.
mergeInto(LibraryManager.library, {
  $HS_TEXT: {
    el: null,
    wanted: false,      // an ImGui text field is active
    composing: false,
    pasteShortcut: false,  // Ctrl/Cmd+V is down: ImGui pastes itself
    send: function(name, text) {
      const fn = Module['_' + name];
      if (!fn) return;
      if (text === undefined) { fn(); return; }
      const len = lengthBytesUTF8(text) + 1;
      const ptr = _malloc(len);
      stringToUTF8(text, ptr, len);
      fn(ptr);
      _free(ptr);
    },
    // A lone UTF-16 surrogate has no UTF-8 form: it becomes U+FFFD, never invalid bytes.
    commit: function(text) {
      if (!text) return;
      text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        function(m, before) { return (before === undefined ? '' : before) + '\uFFFD'; });
      HS_TEXT.send('hs_text_input_commit', text);
    },
    hiddenStyle: 'position:fixed;margin:0;border:0;outline:0;resize:none;overflow:hidden;' +
      'white-space:pre;box-sizing:content-box;z-index:10;pointer-events:none;' +
      'font-family:Inter,system-ui,sans-serif;color:#212529;background:#fff;caret-color:transparent;',
    // While composing, the text being composed shows at the caret, underlined in the accent colour.
    show: function(visible) {
      const el = HS_TEXT.el;
      el.style.opacity = visible ? '1' : '0';
      el.style.padding = visible ? '0 2px' : '0';
      el.style.boxShadow = visible ? '0 1px 4px rgba(0,0,0,0.18)' : 'none';
      el.style.borderBottom = visible ? '2px solid rgb(51,102,214)' : '0';
      el.style.width = '1px';
      if (visible) el.style.width = Math.max(1, el.scrollWidth) + 'px';
    },
    focus: function() {
      const el = HS_TEXT.el;
      if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    },
  },

  hs_js_text_input_install__deps: ['$HS_TEXT'],
  hs_js_text_input_install: function() {
    const el = document.createElement('textarea');
    el.id = 'hindsight-text-input';
    el.setAttribute('aria-label', 'Text being edited');
    el.setAttribute('autocomplete', 'off');
    el.setAttribute('autocorrect', 'off');
    el.setAttribute('autocapitalize', 'off');
    el.setAttribute('spellcheck', 'false');
    el.rows = 1;
    el.style.cssText = HS_TEXT.hiddenStyle + 'left:0;top:0;width:1px;height:16px;font-size:14px;line-height:16px;opacity:0;padding:0;';
    document.body.appendChild(el);
    HS_TEXT.el = el;

    // GLFW delivered this character from keypress already; inserting it here too would double it.
    el.addEventListener('keypress', function(e) {
      if (!e.ctrlKey && !e.metaKey && e.charCode >= 0x20) e.preventDefault();
    });
    el.addEventListener('keydown', function(e) {
      HS_TEXT.pasteShortcut = ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) ||
        (e.shiftKey && e.key === 'Insert');
    });
    el.addEventListener('keyup', function() { HS_TEXT.pasteShortcut = false; });
    // A paste from the context menu (or a touch keyboard's clipboard) has no Ctrl+V for ImGui to see.
    el.addEventListener('paste', function(e) {
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!HS_TEXT.pasteShortcut) HS_TEXT.commit(text);
      HS_TEXT.pasteShortcut = false;
      e.preventDefault();
    });
    // Text inserted without a keypress: dictation, emoji pickers, on-screen keyboards,
    // characters a layout produces without keypress. The textarea itself stays empty.
    el.addEventListener('beforeinput', function(e) {
      if (e.isComposing || HS_TEXT.composing || e.inputType === 'insertCompositionText') return;
      e.preventDefault();
      if (e.inputType === 'insertText' && e.data) HS_TEXT.commit(e.data);
      else if (e.inputType === 'deleteContentBackward') HS_TEXT.send('hs_text_input_backspace');
    });
    el.addEventListener('compositionstart', function() {
      HS_TEXT.composing = true;
      HS_TEXT.show(true);
    });
    el.addEventListener('input', function() {
      if (HS_TEXT.composing) HS_TEXT.show(true);
    });
    el.addEventListener('compositionend', function(e) {
      HS_TEXT.composing = false;
      HS_TEXT.commit(e.data);
      el.value = '';
      HS_TEXT.show(false);
    });
    el.addEventListener('blur', function() {
      if (!HS_TEXT.composing) el.value = '';
    });

    // Focus inside the tap or click itself: a touch keyboard only opens for a focus
    // the user's gesture caused. A tap elsewhere moves the focus to the canvas.
    const canvas = Module['canvas'];
    const onRelease = function() {
      const wanted = Module['_hs_text_input_wanted'];
      if (HS_TEXT.wanted || (wanted && wanted())) HS_TEXT.focus();
    };
    canvas.addEventListener('mouseup', onRelease);
    canvas.addEventListener('touchend', onRelease);
  },

  // ImGui's IME data: the caret's top-left and line height in framebuffer pixels.
  hs_js_text_input_place__deps: ['$HS_TEXT'],
  hs_js_text_input_place: function(active, x, y, lineHeight, scale) {
    const el = HS_TEXT.el;
    if (!el) return;
    HS_TEXT.wanted = !!active;
    if (!active) {
      if (document.activeElement === el) {
        el.blur();
        Module['canvas'].focus({ preventScroll: true });
      }
      return;
    }
    const rect = Module['canvas'].getBoundingClientRect();
    const h = Math.max(8, lineHeight / scale);
    el.style.left = (rect.left + x / scale) + 'px';
    el.style.top = (rect.top + y / scale) + 'px';
    el.style.height = h + 'px';
    el.style.lineHeight = h + 'px';
    el.style.fontSize = (h * 0.95) + 'px';
    HS_TEXT.focus();
  },
});
