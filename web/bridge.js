// window.hindsight: a small read-only bridge for browser tests and scripts.
//   items()    -> [{id, label, x, y, w, h}] widgets of the last frame, CSS pixels
//   document() -> the open post-mortem as exchange-format JSON text, or null
//   library()  -> [{id, title, severity, status, updated}] of stored post-mortems
//   frames()   -> number of frames drawn so far
//   pendingInput() -> input events received but not yet handled by the UI
(function () {
  function ready() { return !!(window.Module && Module.hindsightReady); }
  function call(name) {
    var fn = ready() && Module['_' + name];
    return fn ? Module.UTF8ToString(fn()) : null;
  }
  window.hindsight = {
    items: function () { var t = call('hs_bridge_items'); return t ? JSON.parse(t) : []; },
    document: function () { var t = call('hs_bridge_document'); return t ? t : null; },
    library: function () { var t = call('hs_bridge_library'); return t ? JSON.parse(t) : []; },
    pendingInput: function () {
      var fn = ready() && Module['_hs_bridge_pending_input'];
      return fn ? fn() : 0;
    },
    frames: function () {
      var fn = ready() && Module['_hs_bridge_frames'];
      return fn ? fn() : 0;
    },
  };
})();
