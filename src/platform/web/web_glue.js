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
    // Stamps other tabs announced for their writes (BroadcastChannel): a save made
    // while the page closes cannot read the store first, so it checks these instead.
    foreignStamps: {},
    channel: null,
    // Set while the page is hiding or closing: writes then need no prior read.
    closing: false,
    // Longest wait for IndexedDB to open before the library is declared unreadable.
    openTimeoutMs: 4000,
    // Files larger than this are refused before they are read (the reader's limit, from C++).
    maxFileBytes: 0,
    // navigator.storage: persistent -1 unknown, 0 no, 1 yes, -2 no API; used bytes or -1.
    storage: { persistent: -1, used: -1, refreshing: false, again: false },
    // The store's keys, spelled here only (C++ knows the piece prefix from
    // core/library/library_store.h): a post-mortem's record, its pieces, its index entry.
    keys: { record: 'pm:', piece: 'pmc:', index: 'ix:' },
    recordKey: function(id) { return HS.keys.record + id; },
    piecePrefix: function(id) { return HS.keys.piece + id + ':'; },
    indexKey: function(id) { return HS.keys.index + id; },
    heapString: function(text) {
      const len = lengthBytesUTF8(text) + 1;
      const ptr = _malloc(len);
      if (!ptr) throw new Error('not enough memory');
      stringToUTF8(text, ptr, len);
      return ptr;
    },
    heapBytes: function(bytes) {
      const ptr = _malloc(bytes.length || 1);
      if (!ptr) throw new Error('not enough memory');
      HEAPU8.set(bytes, ptr);
      return ptr;
    },
    deliverRecord: function(request, id, value) {
      const bytes = HS.recordBytes(value);
      const idPtr = HS.heapString(id);
      let dataPtr = 0;
      try {
        dataPtr = HS.heapBytes(bytes);
        Module['_hs_store_record'](request, idPtr, dataPtr, bytes.length);
      } finally {
        _free(idPtr);
        if (dataPtr) _free(dataPtr);
      }
    },
    // Answers request `request` of C++ through `fn` (hs_request_done, hs_records_done): fn(request, ok, errorText).
    answer: function(fn, request, ok, error) {
      const err = HS.heapString(error || '');
      try { Module[fn](request, ok ? 1 : 0, err); } finally { _free(err); }
    },
    done: function(request, ok, error) { HS.answer('_hs_request_done', request, ok, error); },
    recordsDone: function(request, ok, error) { HS.answer('_hs_records_done', request, ok, error); },
    // Reads the index entry of `id` in `tx`; when another tab wrote `id` after we last
    // read or wrote it, aborts the transaction with `message`, else runs `then`.
    checkStamp: function(store, tx, id, message, then) {
      const entryReq = store.get(HS.indexKey(id));
      entryReq.onsuccess = HS.guard(tx, function() {
        const current = entryReq.result && entryReq.result.stamp;
        if (current && current !== HS.stamps[id]) {
          HS.foreignStamps[id] = current;
          tx.hsError = HS.newerCopyError(message);
          tx.abort();
          return;
        }
        then();
      });
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
        // An IndexedDB that never answers must not keep the app "opening" forever;
        // a late answer still serves the next attempt (HS.db is set then).
        const timer = setTimeout(function() {
          reject(new Error('IndexedDB did not answer within ' + HS.openTimeoutMs / 1000 + ' s'));
        }, HS.openTimeoutMs);
        req.onupgradeneeded = function() {
          const db = req.result;
          if (!db.objectStoreNames.contains('records')) db.createObjectStore('records');
        };
        req.onsuccess = function() {
          clearTimeout(timer);
          const db = req.result;
          // Another tab upgrading the schema, or the browser clearing storage:
          // let go so the next write opens afresh.
          db.onversionchange = function() { db.close(); HS.db = null; };
          db.onclose = function() { HS.db = null; };
          HS.db = db;
          resolve(db);
        };
        req.onerror = function() {
          clearTimeout(timer);
          reject(new Error('IndexedDB refused to open (' + (req.error ? req.error.name + ': ' + req.error.message : 'unknown error') + ')'));
        };
        req.onblocked = function() { clearTimeout(timer); reject(new Error('IndexedDB is blocked by another tab holding an older version')); };
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
      const run = function(db) {
        let finished = false;
        const finish = function(ok, error) {
          if (finished) return;
          finished = true;
          HS.done(request, ok, error);
          if (ok) HS.refreshStorage();
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
          // Already aborted (a put refused): its abort event reports the first cause.
          tx.hsError = tx.hsError || e;
          try { tx.abort(); } catch (ignored) {}
        }
      };
      // An open database is used at once, so a page being closed issues its writes
      // before it goes (a promise callback might come too late).
      if (HS.db) {
        try { run(HS.db); } catch (e) { HS.db = null; HS.done(request, false, HS.describeError(e)); }
        return;
      }
      HS.openDb().then(run).catch(function(e) { HS.done(request, false, HS.describeError(e)); });
    },
    // A closing page's IndexedDB write may be dropped with the page, so the same
    // write also goes to a journal in localStorage (written at once); the next
    // load replays it into IndexedDB and clears it.
    journalPrefix: 'hindsight-unsaved:',
    base64: function(bytes) {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    unbase64: function(text) {
      const raw = atob(text);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; ++i) bytes[i] = raw.charCodeAt(i);
      return bytes.buffer;
    },
    journal: function(id, write) {
      try {
        localStorage.setItem(HS.journalPrefix + id, JSON.stringify({
          base: HS.stamps[id] || null, stamp: write.entry.stamp, entry: write.entry, head: HS.base64(write.bytes),
          pieces: write.pieces.map(function(p) { return [p[0], HS.base64(p[1])]; }), stale: write.stale,
        }));
      } catch (e) {
        console.warn('Hindsight: the closing save could not be journalled: ' + HS.describeError(e));
      }
    },
    forgetJournal: function(id, stamp) {
      try {
        const text = localStorage.getItem(HS.journalPrefix + id);
        if (text && JSON.parse(text).stamp === stamp) localStorage.removeItem(HS.journalPrefix + id);
      } catch (ignored) {}
    },
    // Writes journalled saves whose record nobody changed since; then calls next().
    replayJournal: function(db, next) {
      let keys = [];
      try {
        for (let i = 0; i < localStorage.length; ++i) {
          const key = localStorage.key(i);
          if (key && key.startsWith(HS.journalPrefix)) keys.push(key);
        }
      } catch (ignored) {}
      if (keys.length === 0) { next(); return; }
      let tx;
      try { tx = db.transaction('records', 'readwrite'); } catch (e) { next(); return; }
      const store = tx.objectStore('records');
      keys.forEach(function(key) {
        let j;
        try { j = JSON.parse(localStorage.getItem(key)); } catch (ignored) { return; }
        if (!j || !j.entry || typeof j.head !== 'string') return;
        const id = key.substring(HS.journalPrefix.length);
        const entryReq = store.get(HS.indexKey(id));
        entryReq.onsuccess = HS.guard(tx, function() {
          const current = entryReq.result && entryReq.result.stamp;
          if (current && current !== j.base && current !== j.stamp) return;  // written again since
          HS.putRecord(store, id, HS.unbase64(j.head),
                       (j.pieces || []).map(function(p) { return [p[0], HS.unbase64(p[1])]; }), j.stale || [], j.entry);
        });
      });
      tx.oncomplete = function() {
        keys.forEach(function(key) { try { localStorage.removeItem(key); } catch (ignored) {} });
        next();
      };
      tx.onabort = function() { next(); };
    },
    // One post-mortem's write: its record ("pm:<id>"), the pieces of a large one
    // ("pmc:<id>:<key>", [key, ArrayBuffer]) and its index entry ("ix:<id>": title,
    // last edit, write stamp), so no single object is read and rewritten.
    putRecord: function(store, id, head, pieces, stale, entry) {
      store.put(head, HS.recordKey(id));
      pieces.forEach(function(p) { store.put(p[1], HS.piecePrefix(id) + p[0]); });
      stale.forEach(function(k) { store.delete(HS.piecePrefix(id) + k); });
      store.put(entry, HS.indexKey(id));
    },
    newerCopyError: function(message) {
      const e = new Error(message);
      e.name = 'HsNewerCopy';
      return e;
    },
    // Our write of `id` landed with `stamp` (null: removed); other tabs learn of it.
    wrote: function(id, stamp) {
      if (stamp) HS.stamps[id] = stamp; else delete HS.stamps[id];
      delete HS.foreignStamps[id];
      if (HS.channel) try { HS.channel.postMessage({ id: id, stamp: stamp }); } catch (ignored) {}
    },
    // True when another tab wrote `id` after we last read or wrote it, as far as we know.
    newerElsewhere: function(id) {
      return Object.prototype.hasOwnProperty.call(HS.foreignStamps, id) && HS.foreignStamps[id] !== HS.stamps[id];
    },
    // Bytes of a stored value: records are ArrayBuffers; anything else (written by
    // another program, a damaged store) is passed on as text so it can be named and downloaded.
    recordBytes: function(value) {
      if (value instanceof ArrayBuffer) return new Uint8Array(value);
      if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      let text;
      try { text = typeof value === 'string' ? value : JSON.stringify(value); } catch (ignored) {}
      return new TextEncoder().encode(text === undefined ? String(value) : text);
    },
    refreshStorage: function() {
      const s = navigator.storage;
      if (!s || !s.estimate) return;
      if (HS.storage.refreshing) { HS.storage.again = true; return; }
      HS.storage.refreshing = true;
      s.estimate().then(function(e) {
        if (e && typeof e.usage === 'number') HS.storage.used = e.usage;
      }).catch(function() {}).then(function() {
        HS.storage.refreshing = false;
        if (HS.storage.again) { HS.storage.again = false; HS.refreshStorage(); }
      });
    },
    describeError: function(e) {
      if (!e) return 'unknown error';
      if (e.name === 'QuotaExceededError') return 'the browser storage is full (QuotaExceededError)';
      if (e.name === 'HsNewerCopy') return e.message;
      return (e.name && e.name !== 'Error' ? e.name + ': ' : '') + (e.message || String(e));
    },
  },

  hs_js_store_load_all__deps: ['$HS'],
  // Every record reaches C++, readable or not: one bad record is named there and
  // never stops the rest from loading.
  hs_js_store_load_all: function(request) {
    HS.openDb().then(function(db) {
      return new Promise(function(resolve) { HS.replayJournal(db, function() { resolve(db); }); });
    }).then(function(db) {
      let finished = false;
      const finish = function(ok, error) {
        if (finished) return;
        finished = true;
        HS.recordsDone(request, ok, error);
      };
      // C++ gets a record under its post-mortem id, a piece under its whole key.
      const recordId = function(key) { return key.startsWith(HS.keys.record) ? key.substring(HS.keys.record.length) : key; };
      const tx = db.transaction('records', 'readonly');
      tx.onabort = function() { finish(false, HS.describeError(tx.error)); };
      const cursorReq = tx.objectStore('records').openCursor();
      cursorReq.onsuccess = function() {
        const cursor = cursorReq.result;
        if (!cursor) { finish(true, ''); return; }
        const key = String(cursor.key);
        const value = cursor.value;
        try {
          // Write stamps: the per-record entries ("ix:<id>") come after the single
          // index object of earlier versions ("index") in key order and win.
          if (key === 'index' && value && typeof value === 'object') {
            Object.keys(value).forEach(function(id) { HS.stamps[id] = value[id] && value[id].stamp; });
          } else if (key.startsWith(HS.keys.index)) {
            HS.stamps[key.substring(HS.keys.index.length)] = value && value.stamp;
          } else if (key.startsWith(HS.keys.record) || key.startsWith(HS.keys.piece)) {
            HS.deliverRecord(request, recordId(key), value);
          }
        } catch (e) {
          console.warn('Hindsight: stored record ' + key + ' was passed on empty: ' + HS.describeError(e));
          try { HS.deliverRecord(request, recordId(key), new ArrayBuffer(0)); } catch (ignored) {}
        }
        cursor.continue();
      };
      cursorReq.onerror = function() { finish(false, HS.describeError(cursorReq.error)); };
    }).catch(function(e) { HS.recordsDone(request, false, HS.describeError(e)); });
  },

  // Merge bases: recent revisions of each post-mortem, in a database of their own
  // ("hindsight-revisions", keys "<id>\n<revision>") so the library's never changes
  // shape for them. Best effort: a lost revision only makes a later merge two-way.
  $HSRevisions: {
    db: null,
    open: function() {
      if (HSRevisions.db) return Promise.resolve(HSRevisions.db);
      return new Promise(function(resolve, reject) {
        const req = indexedDB.open('hindsight-revisions', 1);
        req.onupgradeneeded = function() { req.result.createObjectStore('revisions'); };
        req.onsuccess = function() {
          HSRevisions.db = req.result;
          HSRevisions.db.onversionchange = function() { HSRevisions.db.close(); HSRevisions.db = null; };
          resolve(HSRevisions.db);
        };
        req.onerror = function() { reject(req.error); };
        req.onblocked = function() { reject(new Error('blocked')); };
      });
    },
    range: function(id) { return IDBKeyRange.bound(id + '\n', id + '\n\uffff'); },
  },
  hs_js_revision_put__deps: ['$HSRevisions'],
  hs_js_revision_put: function(idPtr, revisionPtr, dataPtr, length, keep) {
    const id = UTF8ToString(idPtr);
    const revision = UTF8ToString(revisionPtr);
    const bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    HSRevisions.open().then(function(db) {
      const tx = db.transaction('revisions', 'readwrite');
      const store = tx.objectStore('revisions');
      store.put({ at: Date.now(), bytes: bytes }, id + '\n' + revision);
      const all = store.getAll(HSRevisions.range(id));
      const keys = store.getAllKeys(HSRevisions.range(id));
      keys.onsuccess = function() {
        const rows = keys.result.map(function(k, i) { return { key: k, at: (all.result[i] || {}).at || 0 }; });
        rows.sort(function(a, b) { return a.at - b.at; });
        for (let i = 0; i + keep < rows.length; i++) store.delete(rows[i].key);
      };
    }).catch(function(e) { console.warn('Hindsight: a merge base was not kept: ' + (e && e.message)); });
  },
  hs_js_revision_load__deps: ['$HS', '$HSRevisions'],
  hs_js_revision_load: function(request, idPtr) {
    const id = UTF8ToString(idPtr);
    HSRevisions.open().then(function(db) {
      return new Promise(function(resolve, reject) {
        const tx = db.transaction('revisions', 'readonly');
        const store = tx.objectStore('revisions');
        const values = store.getAll(HSRevisions.range(id));
        const keys = store.getAllKeys(HSRevisions.range(id));
        tx.oncomplete = function() {
          keys.result.forEach(function(k, i) {
            HS.deliverRecord(request, String(k).substring(id.length + 1), values.result[i].bytes);
          });
          resolve();
        };
        tx.onabort = function() { reject(tx.error); };
      });
    }).then(function() { HS.recordsDone(request, true, ''); })
      .catch(function() { HS.recordsDone(request, true, ''); });
  },

  hs_js_store_put__deps: ['$HS'],
  // One post-mortem's write in one transaction: its record, and for a large one the
  // pieces that changed (their bytes one after another at piecesPtr; piecesJson
  // {"pieces": [[key, offset, length], ...], "stale": [key, ...]}).
  hs_js_store_put: function(request, idPtr, dataPtr, length, indexJsonPtr, piecesPtr, piecesLength, piecesJsonPtr) {
    const id = UTF8ToString(idPtr);
    const bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    const layout = JSON.parse(UTF8ToString(piecesJsonPtr));
    const staged = {
      pieces: layout.pieces.map(function(p) { return [p[0], HEAPU8.slice(piecesPtr + p[1], piecesPtr + p[1] + p[2])]; }),
      stale: layout.stale,
    };
    const entry = JSON.parse(UTF8ToString(indexJsonPtr));
    const stamp = HS.tabId + '-' + (++HS.writes);
    const closing = HS.closing;
    const newerCopy = 'another tab saved a newer copy of this post-mortem; reload to see it';
    entry.stamp = stamp;
    if (closing && !HS.newerElsewhere(id)) HS.journal(id, { entry: entry, bytes: bytes, pieces: staged.pieces, stale: staged.stale });
    HS.write(request, function(store, tx) {
      tx.addEventListener('complete', function() { HS.wrote(id, stamp); });
      const writeAll = function() {
        HS.putRecord(store, id, bytes.buffer, staged.pieces.map(function(p) { return [p[0], p[1].buffer]; }),
                     staged.stale, entry);
      };
      if (closing) {
        // A closing page never gets the answer to a read: write blindly and commit at
        // once. Only the writer tab (Web Locks) saves; stamps other tabs announced still refuse.
        if (HS.newerElsewhere(id)) throw HS.newerCopyError(newerCopy);
        writeAll();
        if (tx.commit) tx.commit();
        tx.addEventListener('complete', function() { HS.forgetJournal(id, stamp); });
        return;
      }
      HS.checkStamp(store, tx, id, newerCopy, writeAll);
    });
  },

  hs_js_store_remove__deps: ['$HS'],
  hs_js_store_remove: function(request, idPtr) {
    const id = UTF8ToString(idPtr);
    HS.write(request, function(store, tx) {
      HS.checkStamp(store, tx, id, 'another tab changed this post-mortem; reload to see it', function() {
        store.delete(HS.recordKey(id));
        store.delete(IDBKeyRange.bound(HS.piecePrefix(id), HS.piecePrefix(id) + '\uffff'));
        store.delete(HS.indexKey(id));
      });
      tx.addEventListener('complete', function() { HS.wrote(id, null); });
    });
  },

  // One writing tab: the Web Locks API grants the lock to the first tab; a tab
  // that cannot get it within a moment (the lock of a tab being reloaded takes a
  // little while to go) stays read-only and watches for the writer to leave.
  hs_js_claim_writer__deps: ['$HS'],
  hs_js_claim_writer: function(request) {
    if (!(navigator.locks && navigator.locks.request)) { HS.done(request, true, ''); return; }
    const name = 'hindsight-library-writer';
    const claimed = function() {
      HS.done(request, true, '');
      return new Promise(function() {});  // held for the life of the page
    };
    // A free lock is taken at once (a timer alone also fired on a page too busy
    // starting up to see the grant in time, and made the only tab read-only).
    navigator.locks.request(name, { ifAvailable: true }, function(lock) {
      if (lock) return claimed();
      const controller = new AbortController();
      const timer = setTimeout(function() { controller.abort(); }, 1500);
      navigator.locks.request(name, { signal: controller.signal }, function() {
        clearTimeout(timer);
        return claimed();
      }).catch(function() {
        clearTimeout(timer);
        HS.done(request, false, 'Hindsight is open in another tab; changes made in this tab are not saved');
        setInterval(function() {
          navigator.locks.query().then(function(state) {
            HS.writerGone = !(state.held || []).some(function(l) { return l.name === name; });
          }).catch(function() {});
        }, 1000);
      });
    }).catch(function() { HS.done(request, true, ''); });
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

  hs_js_install_page_hooks__deps: ['$HS', '$Browser'],
  hs_js_install_page_hooks: function(maxFileBytes) {
    HS.maxFileBytes = maxFileBytes;
    // A file over the limit is refused by its size before any byte of it is read:
    // copying a 1 GB file into the wasm heap aborts the app or leaves the heap huge.
    const readFile = function(file) {
      if (file.size > HS.maxFileBytes) return Promise.resolve({ name: file.name, size: file.size, error: '' });
      return file.arrayBuffer().then(function(buffer) {
        return { name: file.name, bytes: new Uint8Array(buffer) };
      }, function(e) {
        return { name: file.name, size: file.size, error: HS.describeError(e) };
      });
    };
    const deliver = function(request, files) {
      Promise.all(files.map(readFile)).then(function(results) {
        results.forEach(function(r) {
          const namePtr = HS.heapString(r.name);
          try {
            if (r.bytes) {
              let dataPtr = 0;
              try {
                dataPtr = HS.heapBytes(r.bytes);
              } catch (e) {
                r.size = r.bytes.length;
                r.error = HS.describeError(e);
              }
              if (dataPtr) {
                Module['_hs_file_arrived'](request, namePtr, dataPtr, r.bytes.length);
                _free(dataPtr);
                return;
              }
            }
            const errorPtr = HS.heapString(r.error);
            Module['_hs_file_refused'](request, namePtr, r.size, errorPtr);
            _free(errorPtr);
          } finally {
            _free(namePtr);
          }
        });
        Module['_hs_files_done'](request);
      });
    };
    HS.deliverFiles = deliver;

    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.json,application/json,.md,.markdown,text/markdown,text/plain';
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
      deliver(Module['_hs_begin_drop'](), files);
    });
    if (typeof BroadcastChannel === 'function') {
      HS.channel = new BroadcastChannel('hindsight-writes');
      HS.channel.onmessage = function(e) {
        if (e.data && typeof e.data.id === 'string') HS.foreignStamps[e.data.id] = e.data.stamp;
      };
    }
    const flush = function() {
      // Keys typed just before the page hides may still wait in the UI's input
      // queue (it takes them over several frames, and a hidden page draws none):
      // run frames until it has taken them. Every save from here on (one those
      // frames start included) writes without reading first.
      HS.closing = true;
      try {
        const pending = Module['_hs_bridge_pending_input'];
        for (let i = 0; i < 120 && pending && pending() > 0 && Browser.mainLoop.func; ++i)
          Browser.mainLoop.runIter(Browser.mainLoop.func);
      } catch (e) {
        console.warn('Hindsight: input before closing was not taken: ' + HS.describeError(e));
      }
      try { Module['_hs_flush'](); } finally { HS.closing = false; }
    };
    document.addEventListener('visibilitychange', function() {
      if (document.visibilityState === 'hidden') flush();
    });
    window.addEventListener('pagehide', flush);
    // Back, Forward or an edited URL: the app shows where the fragment points.
    window.addEventListener('popstate', function() { HS.locationChanged = true; });
    window.addEventListener('hashchange', function() { HS.locationChanged = true; });
    // Unsaved edits or a save in flight: the browser asks before closing or leaving.
    window.addEventListener('beforeunload', function(e) {
      const unsaved = Module['_hs_has_unsaved_work'];
      if (unsaved && unsaved()) {
        e.preventDefault();
        e.returnValue = '';
      }
    });

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

  hs_js_location: function() {
    const fragment = window.location.hash || '';
    const size = lengthBytesUTF8(fragment) + 1;
    const out = _malloc(size);
    if (out) stringToUTF8(fragment, out, size);
    return out;
  },

  hs_js_set_location: function(fragmentPtr, newEntry) {
    const fragment = UTF8ToString(fragmentPtr);
    if (window.location.hash === fragment) return;
    if (newEntry) history.pushState(null, '', fragment);
    else history.replaceState(null, '', fragment);
  },

  hs_js_take_location_change__deps: ['$HS'],
  hs_js_take_location_change: function() {
    const changed = HS.locationChanged === true;
    HS.locationChanged = false;
    return changed ? 1 : 0;
  },

  hs_js_open_url: function(urlPtr) {
    const url = UTF8ToString(urlPtr);
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener');
  },

  hs_js_now_ms: function() { return Date.now(); },

  // Asks the browser not to evict our storage, then remembers its answer and the
  // space used (shown in the status bar; the usage is refreshed after each write).
  hs_js_persist_storage__deps: ['$HS'],
  hs_js_persist_storage: function() {
    const s = navigator.storage;
    if (!s || !s.persist) { HS.storage.persistent = -2; return; }
    s.persist().catch(function() { return false; }).then(function(granted) {
      return s.persisted ? s.persisted().catch(function() { return granted; }) : granted;
    }).then(function(persistent) { HS.storage.persistent = persistent ? 1 : 0; });
    HS.refreshStorage();
    setInterval(HS.refreshStorage, 30000);
  },

  hs_js_storage_persistent__deps: ['$HS'],
  hs_js_storage_persistent: function() { return HS.storage.persistent; },

  hs_js_storage_used__deps: ['$HS'],
  hs_js_storage_used: function() { return HS.storage.used; },

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
