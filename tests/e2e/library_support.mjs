// Helpers shared by library.test.mjs and files.test.mjs: messages the app shows
// (registered as "banner: ...", "save state: ...", "import error: ..." items),
// IndexedDB as the page sees it, files handed to the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoRoot } from './harness.mjs';

export const exampleNames = ['checkout-outage', 'database-disk-full', 'wal-archive-near-miss'];

export function exampleText(name) {
  return readFileSync(path.join(repoRoot, 'assets', 'examples', `${name}.postmortem.json`), 'utf8');
}

let validator;
export function schemaErrors(doc) {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'assets', 'schema', 'postmortem.schema.json'), 'utf8')));
  }
  return validator(doc) ? [] : validator.errors.map((e) => `${e.instancePath}: ${e.message}`);
}

// Labels of the visible items starting with `prefix`, without the prefix.
export async function messages(app, prefix) {
  const items = await app.items();
  return items.filter((it) => it.label.startsWith(prefix)).map((it) => it.label.slice(prefix.length));
}

export async function waitForMessage(app, prefix, pattern, timeout = 8000) {
  const deadline = Date.now() + timeout;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await messages(app, prefix);
    const hit = seen.find((text) => pattern.test(text));
    if (hit) return hit;
    await app.settle(2);
  }
  throw new Error(`no "${prefix}" matching ${pattern}; seen: ${JSON.stringify(seen)}`);
}

export async function saveState(app) {
  return (await messages(app, 'save state: '))[0] || '';
}

// The records the page's IndexedDB holds: {index, ids}. The index is made of the
// per-record entries ("ix:<id>") over the single object earlier versions kept ("index").
export async function storedRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('hindsight', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('records');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('records', 'readonly');
      const store = tx.objectStore('records');
      const out = { index: {}, ids: [] };
      store.get('index').onsuccess = (e) => { Object.assign(out.index, e.target.result || {}); };
      store.openCursor(IDBKeyRange.bound('ix:', 'ix:\uffff')).onsuccess = (e) => {
        const cursor = e.target.result;
        if (!cursor) return;
        out.index[String(cursor.key).slice(3)] = cursor.value;
        cursor.continue();
      };
      store.getAllKeys().onsuccess = (e) => {
        out.ids = e.target.result.map(String).filter((k) => k.startsWith('pm:')).map((k) => k.slice(3)).sort();
      };
      tx.oncomplete = () => { db.close(); resolve(out); };
    };
  }));
}

// Drops files on the canvas with a real DataTransfer built in the page.
export async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    const r = canvas.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, dataTransfer: dt, clientX: r.width / 2, clientY: r.height / 2 };
    for (const type of ['dragenter', 'dragover', 'drop']) canvas.dispatchEvent(new DragEvent(type, at));
  }, files);
}

export async function downloadText(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// Reloads the page, opens post-mortem `title` from the library and returns its document.
export async function reloadAndOpen(app, title, timeout = 5000) {
  await app.page.reload();
  await app.settle(3);
  // A reload returns to the view the URL names (the post-mortem, if one was open): go to the library.
  await app.page.evaluate(() => { window.location.hash = '#/'; });
  await app.settle(3);
  await app.doubleClick(title, { timeout });
  return app.document();
}

// The checkout example as a teammate's large file: `count` events, one every 26 s.
export function largeTimelineFile(id, title, count) {
  const start = Date.UTC(2026, 0, 15, 8, 0, 0);
  const kinds = ['alert', 'investigating', 'communication', 'fix_deployed', 'decision'];
  const doc = JSON.parse(exampleText('checkout-outage'));
  doc.id = id;
  doc.title = title;
  doc.events = Array.from({ length: count }, (_, i) => ({
    id: `ev-${String(i).padStart(16, '0')}`,
    time: new Date(start + i * 26000).toISOString().replace('.000Z', 'Z'),
    kind: kinds[i % kinds.length],
    text: `${kinds[i % kinds.length].replace('_', ' ')} #${i}`,
    updated: doc.updated,
  }));
  return doc;
}

// The autosave pieces of post-mortem `id` in the page's IndexedDB: {key: SHA-256 hex}.
export async function storedPieces(page, id) {
  return page.evaluate((docId) => new Promise((resolve, reject) => {
    const req = indexedDB.open('hindsight', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('records', 'readonly');
      const range = IDBKeyRange.bound(`pmc:${docId}:`, `pmc:${docId}:\uffff`);
      const keys = [];
      const values = [];
      tx.objectStore('records').openCursor(range).onsuccess = (e) => {
        const cursor = e.target.result;
        if (!cursor) return;
        keys.push(String(cursor.key).slice(`pmc:${docId}:`.length));
        values.push(cursor.value);
        cursor.continue();
      };
      tx.oncomplete = async () => {
        db.close();
        const out = {};
        for (let i = 0; i < keys.length; i++) {
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', values[i]));
          out[keys[i]] = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
        }
        resolve(out);
      };
    };
  }), id);
}
