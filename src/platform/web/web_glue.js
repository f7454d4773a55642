// JavaScript side of the web platform (linked with --js-library).
// IndexedDB store, file download/upload, drag and drop, clipboard, page lifecycle.
// Results come back to C++ through exported functions (hs_*), keyed by request id.
mergeInto(LibraryManager.library, {
  $HS: {
    db: null,
    dbOpening: null,
    // Write stamps of the records as this tab last read or wrote them. A put whose
    // record carries another stamp was written by another tab meanwhile: refused,
    // so a tab never silently overwrites newer data (second line behind the lock).
    stamps: {},
    tabId: Math.random().toString(36).slice(2, 10),
    writes: 0,
    writerGone: false,
    // Pieces of a large document staged for the next put, written in its transaction.
    staged: { pieces: [], stale: [] },
    heapString: function(text) {
      const len = lengthBytesUTF8(text) + 1;
      const ptr = _malloc(len);
      stringToUTF8(text, ptr, len);
      return ptr;
    },
    heapBytes: function(bytes) {
      const ptr = _malloc(bytes.length || 1);
      HEAPU8.set(bytes, ptr);
      return ptr;
    },
    // Calls hs_store_done(request, ok, errorText)
    done: function(request, ok, error) {
      const err = HS.heapString(error || '');
      Module['_hs_store_done'](request, ok ? 1 : 0, err);
      _free(err);
    },
    openDb: function() {
      if (HS.db) return Promise.resolve(HS.db);
      if (HS.dbOpening) return HS.dbOpening;
      HS.dbOpening = new Promise(function(resolve, reject) {
        let req;
        try {
          if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('indexedDB is missing');
          req = indexedDB.open('hindsight', 1);
        } catch (e) {
          reject(new Error('IndexedDB is not available in this browser (' + e.message + ')'));
          return;
        }
        req.onupgradeneeded = function() {
          const db = req.result;
          if (!db.objectStoreNames.contains('records')) db.createObjectStore('records');
        };
        req.onsuccess = function() {
          const db = req.result;
          // Another tab upgrading the schema, or the browser clearing storage:
          // let go so the next write opens afresh.
          db.onversionchange = function() { db.close(); HS.db = null; };
          db.onclose = function() { HS.db = null; };
          HS.db = db;
          resolve(db);
        };
        req.onerror = function() {
          reject(new Error('IndexedDB refused to open (' + (req.error ? req.error.name + ': ' + req.error.message : 'unknown error') + ')'));
        };
        req.onblocked = function() { reject(new Error('IndexedDB is blocked by another tab holding an older version')); };
      }).finally(function() { HS.dbOpening = null; });
      return HS.dbOpening;
    },
    // Wraps a request callback: an exception aborts the transaction with that error.
    guard: function(tx, fn) {
      return function() {
        try { fn(); } catch (e) { tx.hsError = e; try { tx.abort(); } catch (ignored) {} }
      };
    },
    // Runs `body(store, tx)` in a readwrite transaction; done(request, ok, error) once.
    write: function(request, body) {
      HS.openDb().then(function(db) {
        let finished = false;
        const finish = function(ok, error) {
          if (finished) return;
          finished = true;
          HS.done(request, ok, error);
        };
        let tx;
        try {
          tx = db.transaction('records', 'readwrite');
        } catch (e) {
          HS.db = null;
          finish(false, HS.describeError(e));
          return;
        }
        tx.oncomplete = function() { finish(true, ''); };
        tx.onerror = function() { finish(false, HS.describeError(tx.error || tx.hsError)); };
        tx.onabort = function() { finish(false, HS.describeError(tx.error || tx.hsError)); };
        try {
          body(tx.objectStore('records'), tx);
        } catch (e) {
          tx.hsError = e;
          try { tx.abort(); } catch (ignored) { finish(false, HS.describeError(e)); }
        }
      }).catch(function(e) { HS.done(request, false, HS.describeError(e)); });
    },
    describeError: function(e) {
      if (!e) return 'unknown error';
      if (e.name === 'QuotaExceededError') return 'the browser storage is full (QuotaExceededError)';
      if (e.name === 'HsNewerCopy') return e.message;
      return (e.name && e.name !== 'Error' ? e.name + ': ' : '') + (e.message || String(e));
    },
  },

  hs_js_store_load_all__deps: ['$HS'],
  hs_js_store_load_all: function(request) {
    HS.openDb().then(function(db) {
      const tx = db.transaction('records', 'readonly');
      const store = tx.objectStore('records');
      const indexReq = store.get('index');
      indexReq.onsuccess = function() {
        const index = indexReq.result || {};
        Object.keys(index).forEach(function(id) { HS.stamps[id] = index[id] && index[id].stamp; });
      };
      const cursorReq = store.openCursor();
      cursorReq.onsuccess = function() {
        const cursor = cursorReq.result;
        if (!cursor) { HS.done(request, true, ''); return; }
        const key = String(cursor.key);
        if (key.startsWith('pm:') || key.startsWith('pmc:')) {
          const bytes = new Uint8Array(cursor.value);
          const idPtr = HS.heapString(key.startsWith('pm:') ? key.substring(3) : key);
          const dataPtr = HS.heapBytes(bytes);
          Module['_hs_store_record'](request, idPtr, dataPtr, bytes.length);
          _free(idPtr); _free(dataPtr);
        }
        cursor.continue();
      };
      cursorReq.onerror = function() { HS.done(request, false, HS.describeError(cursorReq.error)); };
    }).catch(function(e) { HS.done(request, false, HS.describeError(e)); });
  },

  hs_js_store_put__deps: ['$HS'],
  // Pieces of a large document, written with the next put (see putPieces).
  hs_js_stage_piece__deps: ['$HS'],
  hs_js_stage_piece: function(keyPtr, dataPtr, length) {
    HS.staged.pieces.push([UTF8ToString(keyPtr), HEAPU8.slice(dataPtr, dataPtr + length)]);
  },
  hs_js_stage_stale__deps: ['$HS'],
  hs_js_stage_stale: function(keyPtr) {
    HS.staged.stale.push(UTF8ToString(keyPtr));
  },

  hs_js_store_put: function(request, idPtr, dataPtr, length, indexJsonPtr) {
    const id = UTF8ToString(idPtr);
    const bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    const staged = HS.staged;
    HS.staged = { pieces: [], stale: [] };
    const indexEntry = JSON.parse(UTF8ToString(indexJsonPtr));
    const stamp = HS.tabId + '-' + (++HS.writes);
    HS.write(request, function(store, tx) {
      // The index lists every post-mortem with its title, last edit and write
      // stamp; record and index change in one transaction.
      const indexReq = store.get('index');
      indexReq.onsuccess = HS.guard(tx, function() {
        const index = indexReq.result || {};
        const current = index[id] && index[id].stamp;
        if (current && current !== HS.stamps[id]) {
          const e = new Error('another tab saved a newer copy of this post-mortem; reload to see it');
          e.name = 'HsNewerCopy';
          tx.hsError = e;
          tx.abort();
          return;
        }
        indexEntry.stamp = stamp;
        index[id] = indexEntry;
        store.put(bytes.buffer, 'pm:' + id);
        staged.pieces.forEach(function(p) { store.put(p[1].buffer, 'pmc:' + id + ':' + p[0]); });
        staged.stale.forEach(function(k) { store.delete('pmc:' + id + ':' + k); });
        store.put(index, 'index');
      });
      tx.addEventListener('complete', function() { HS.stamps[id] = stamp; });
    });
  },

  hs_js_store_remove__deps: ['$HS'],
  hs_js_store_remove: function(request, idPtr) {
    const id = UTF8ToString(idPtr);
    HS.write(request, function(store, tx) {
      const indexReq = store.get('index');
      indexReq.onsuccess = HS.guard(tx, function() {
        const index = indexReq.result || {};
        const current = index[id] && index[id].stamp;
        if (current && current !== HS.stamps[id]) {
          const e = new Error('another tab changed this post-mortem; reload to see it');
          e.name = 'HsNewerCopy';
          tx.hsError = e;
          tx.abort();
          return;
        }
        delete index[id];
        store.delete('pm:' + id);
        store.delete(IDBKeyRange.bound('pmc:' + id + ':', 'pmc:' + id + ':\uffff'));
        store.put(index, 'index');
      });
      tx.addEventListener('complete', function() { delete HS.stamps[id]; });
    });
  },

  // One writing tab: the Web Locks API grants the lock to the first tab; a tab
  // that cannot get it within a moment (the lock of a tab being reloaded takes a
  // little while to go) stays read-only and watches for the writer to leave.
  hs_js_claim_writer__deps: ['$HS'],
  hs_js_claim_writer: function(request) {
    if (!(navigator.locks && navigator.locks.request)) { HS.done(request, true, ''); return; }
    const name = 'hindsight-library-writer';
    const controller = new AbortController();
    const timer = setTimeout(function() { controller.abort(); }, 1500);
    navigator.locks.request(name, { signal: controller.signal }, function() {
      clearTimeout(timer);
      HS.done(request, true, '');
      return new Promise(function() {});  // held for the life of the page
    }).catch(function() {
      clearTimeout(timer);
      HS.done(request, false, 'Hindsight is open in another tab; changes made in this tab are not saved');
      setInterval(function() {
        navigator.locks.query().then(function(state) {
          HS.writerGone = !(state.held || []).some(function(l) { return l.name === name; });
        }).catch(function() {});
      }, 1000);
    });
  },

  hs_js_writer_gone__deps: ['$HS'],
  hs_js_writer_gone: function() { return HS.writerGone ? 1 : 0; },

  hs_js_reload: function() { location.reload(); },

  hs_js_download__deps: ['$HS'],
  hs_js_download: function(namePtr, mimePtr, dataPtr, length) {
    const name = UTF8ToString(namePtr);
    const mime = UTF8ToString(mimePtr);
    const blob = new Blob([HEAPU8.slice(dataPtr, dataPtr + length)], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  },

  hs_js_install_page_hooks__deps: ['$HS'],
  hs_js_install_page_hooks: function() {
    const deliver = function(request, files) {
      let remaining = files.length;
      if (remaining === 0) { HS.done(request, true, ''); return; }
      const results = new Array(files.length);
      files.forEach(function(file, i) {
        file.arrayBuffer().then(function(buffer) {
          results[i] = { name: file.name, bytes: new Uint8Array(buffer) };
        }).catch(function() {
          results[i] = { name: file.name, bytes: new Uint8Array(0) };
        }).finally(function() {
          remaining -= 1;
          if (remaining > 0) return;
          results.forEach(function(r) {
            const namePtr = HS.heapString(r.name);
            const dataPtr = HS.heapBytes(r.bytes);
            Module['_hs_file_arrived'](request, namePtr, dataPtr, r.bytes.length);
            _free(namePtr); _free(dataPtr);
          });
          HS.done(request, true, '');
        });
      });
    };
    HS.deliverFiles = deliver;

    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.json,application/json';
    input.id = 'hindsight-file-input';
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('change', function() {
      const files = Array.from(input.files || []);
      input.value = '';
      deliver(HS.pickerRequest || 0, files);
    });
    HS.fileInput = input;

    // Ctrl+S/O/F/N are the app's (download, open, search, new), not the browser's.
    window.addEventListener('keydown', function(e) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && /^[sofn]$/i.test(e.key)) e.preventDefault();
    }, true);
    window.addEventListener('dragover', function(e) { e.preventDefault(); });
    window.addEventListener('drop', function(e) {
      e.preventDefault();
      const files = Array.from((e.dataTransfer && e.dataTransfer.files) || []);
      deliver(-1, files);
    });
    const flush = function() { Module['_hs_flush'](); };
    document.addEventListener('visibilitychange', function() {
      if (document.visibilityState === 'hidden') flush();
    });
    window.addEventListener('pagehide', flush);

    // The system clipboard: paste events carry the text ImGui reads on Ctrl+V.
    HS.clipboardText = '';
    document.addEventListener('paste', function(e) {
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (text) HS.clipboardText = text;
    });
    document.addEventListener('copy', function(e) {
      if (HS.pendingCopy !== undefined && e.clipboardData) {
        e.clipboardData.setData('text/plain', HS.pendingCopy);
        e.preventDefault();
      }
    });
  },

  hs_js_open_picker__deps: ['$HS'],
  hs_js_open_picker: function(request) {
    HS.pickerRequest = request;
    HS.fileInput.click();
  },

  hs_js_open_url: function(urlPtr) {
    const url = UTF8ToString(urlPtr);
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener');
  },

  hs_js_now_ms: function() { return Date.now(); },

  hs_js_persist_storage: function() {
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function() {});
  },

  hs_js_set_clipboard__deps: ['$HS'],
  hs_js_set_clipboard: function(textPtr) {
    const text = UTF8ToString(textPtr);
    HS.clipboardText = text;
    HS.pendingCopy = text;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function() {});
  },

  hs_js_get_clipboard__deps: ['$HS'],
  hs_js_get_clipboard: function() {
    return HS.heapString(HS.clipboardText || '');
  },
});
