// The DOM side of the accessibility mirror (a11y_mirror.h): one element per widget
// of the last frame inside <main id="hindsight-a11y">, laid over the canvas at the
// widget's place, transparent. Screen readers read roles, names, values and states
// from it; their clicks reach the widget through hs_a11y_activate.
// Pointer events on an operable element are handed on to the canvas unchanged, so
// a mouse (or Playwright's click on a role query) works exactly as on the canvas.
mergeInto(LibraryManager.library, {
  $HS_A11Y: {
    layer: null,
    tablist: null,
    nodes: null,        // Map key -> element (made at install: library objects are copied as JSON)
    lastPointer: 0,     // time of the last mouse press handed to the canvas
    // ItemRole (ui/item_registry.h) -> ARIA role; '' = plain text.
    roles: [null, 'button', 'textbox', 'checkbox', 'combobox', 'tab', 'menuitem', '', 'heading', null],
    operable: [false, true, true, true, true, true, true, false, false, false],
    install: function() {
      const layer = document.getElementById('hindsight-a11y');
      if (!layer) return false;
      HS_A11Y.layer = layer;
      HS_A11Y.nodes = new Map();
      const tablist = document.createElement('div');
      tablist.setAttribute('role', 'tablist');
      tablist.className = 'hs-a11y-group';
      HS_A11Y.tablist = tablist;
      const canvas = Module['canvas'];
      const forward = function(e) {
        if (e.target === layer || e.target === tablist) return;
        if (e.type === 'mousedown') {
          e.preventDefault();  // the element takes no focus and selects no text; the canvas does
          HS_A11Y.lastPointer = performance.now();
          if (document.activeElement !== document.getElementById('hindsight-text-input'))
            canvas.focus({ preventScroll: true });
        }
        if (e.type === 'wheel') {
          e.preventDefault();
          canvas.dispatchEvent(new WheelEvent('wheel', e));
        } else {
          canvas.dispatchEvent(new MouseEvent(e.type, e));
        }
        if (e.type === 'mousemove') layer.style.cursor = canvas.style.cursor;
      };
      ['mousedown', 'mouseup', 'mousemove'].forEach(function(type) { layer.addEventListener(type, forward); });
      layer.addEventListener('wheel', forward, { passive: false });
      layer.addEventListener('contextmenu', function(e) { e.preventDefault(); });
      // A click with no mouse press before it comes from assistive technology (or
      // element.click()): activate the widget. A mouse click already reached the canvas.
      layer.addEventListener('click', function(e) {
        const el = e.target.closest('[data-key]');
        if (!el) return;
        if (performance.now() - HS_A11Y.lastPointer < 1000) return;
        Module['_hs_a11y_activate'](Number(el.dataset.key) >>> 0);
      });
      // Moving from the canvas onto an element over it is not leaving the app.
      const sameApp = function(e) {
        if (e.target === canvas && e.relatedTarget && layer.contains(e.relatedTarget)) e.stopImmediatePropagation();
      };
      window.addEventListener('mouseleave', sameApp, true);
      window.addEventListener('mouseenter', sameApp, true);
      return true;
    },
    element: function(key, roleIndex) {
      let el = HS_A11Y.nodes.get(key);
      const role = HS_A11Y.roles[roleIndex];
      if (el && el.hsRole === roleIndex) return el;
      const fresh = document.createElement('div');
      fresh.dataset.key = String(key);
      fresh.hsRole = roleIndex;
      fresh.className = HS_A11Y.operable[roleIndex] ? 'hs-a11y-node hs-a11y-operable' : 'hs-a11y-node';
      if (role) fresh.setAttribute('role', role);
      if (HS_A11Y.operable[roleIndex]) fresh.tabIndex = -1;
      if (el) el.replaceWith(fresh);
      HS_A11Y.nodes.set(key, fresh);
      return fresh;
    },
    setAttr: function(el, name, value) {
      if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    },
    update: function(f) {
      const key = Number(f[1]) >>> 0, roleIndex = Number(f[2]), state = Number(f[3]);
      const el = HS_A11Y.element(key, roleIndex);
      const role = HS_A11Y.roles[roleIndex];
      const name = f[8], value = f[9];
      const s = el.style;
      s.left = f[4] + 'px'; s.top = f[5] + 'px'; s.width = f[6] + 'px'; s.height = f[7] + 'px';
      const set = HS_A11Y.setAttr;
      // Named by content where the role allows it; a field is named by its label and holds its text.
      if (role === 'textbox' || role === 'combobox') {
        set(el, 'aria-label', name);
        if (el.textContent !== value) el.textContent = value;
        set(el, 'aria-multiline', role === 'textbox' && value.indexOf('\n') >= 0 ? 'true' : null);
      } else if (el.textContent !== name) {
        el.textContent = name;
      }
      set(el, 'aria-checked', role === 'checkbox' ? String((state & 1) !== 0) : null);
      set(el, 'aria-expanded', (state & 4) ? String((state & 2) !== 0) : null);
      set(el, 'aria-selected', role === 'tab' ? String((state & 8) !== 0) : null);
      set(el, 'aria-disabled', (state & 16) ? 'true' : null);
    },
    remove: function(key) {
      const el = HS_A11Y.nodes.get(key);
      if (el) { el.remove(); HS_A11Y.nodes.delete(key); }
    },
    // Drawing order is reading order; tabs gather in one tablist where the first one was.
    order: function(keys) {
      const layer = HS_A11Y.layer, tablist = HS_A11Y.tablist;
      let cursor = null;  // the node after which the next one goes
      let tablistPlaced = false;
      const place = function(el, parent, after) {
        const want = after ? after.nextSibling : parent.firstChild;
        if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
      };
      let lastTab = null;
      for (let i = 0; i < keys.length; i++) {
        const el = HS_A11Y.nodes.get(Number(keys[i]) >>> 0);
        if (!el) continue;
        if (el.hsRole === 5) {
          if (!tablistPlaced) { place(tablist, layer, cursor); cursor = tablist; tablistPlaced = true; }
          place(el, tablist, lastTab);
          lastTab = el;
        } else {
          place(el, layer, cursor);
          cursor = el;
        }
      }
      if (!tablistPlaced && tablist.parentNode) tablist.remove();
    },
    focus: function(key, typing) {
      const input = document.getElementById('hindsight-text-input');
      const el = key ? HS_A11Y.nodes.get(key) : null;
      if (typing) {
        // The browser's focus stays in the text input (IME); it carries the field's name.
        if (input && el) input.setAttribute('aria-label', el.getAttribute('aria-label') || el.textContent || 'Text being edited');
        return;
      }
      if (el && document.activeElement !== el && document.activeElement !== input) el.focus({ preventScroll: true });
    },
  },

  hs_js_a11y_apply__deps: ['$HS_A11Y'],
  hs_js_a11y_apply: function(ptr, length) {
    if (!HS_A11Y.layer && !HS_A11Y.install()) return;
    const records = UTF8ToString(ptr, length).split('\x1e');
    for (let i = 0; i < records.length; i++) {
      const f = records[i].split('\x1f');
      switch (f[0]) {
        case 'U': HS_A11Y.update(f); break;
        case 'R': HS_A11Y.remove(Number(f[1]) >>> 0); break;
        case 'O': HS_A11Y.order(f.slice(1, f.length - 1)); break;
        case 'F': HS_A11Y.focus(Number(f[1]) >>> 0, f[2] === '1'); break;
      }
    }
  },
});
