// Files and saving with real input: download JSON/Markdown, open through the file
// picker and by a drop, broken files, same-id imports, IndexedDB failures, two tabs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, waitForFrames, closeApps } from './harness.mjs';
import {
  exampleText, schemaErrors, messages, waitForMessage, saveState, storedRecords, dropFiles, downloadText,
  largeTimelineFile, storedPieces, reloadAndOpen,
} from './library_support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const checkoutTitle = 'Checkout outage: 5xx errors after config push';
const walTitle = 'Near miss: WAL archive backlog on replica caught at 78% disk';

// A teammate's post-mortem: the WAL example under another id and title.
function teammateFile() {
  const doc = JSON.parse(exampleText('wal-archive-near-miss'));
  doc.id = 'pm-0123456789abcdef';
  doc.title = 'Replica lag during failover drill';
  return JSON.stringify(doc, null, 2) + '\n';
}

async function openExample(app, title) {
  await app.click('Open example');
  await app.click(title);
  assert.equal((await app.document())?.title, title);
}

test('download JSON (Ctrl+S) equals the state and passes the schema; Markdown from the menu', async () => {
  const app = await openApp(browser, server.url);
  await openExample(app, checkoutTitle);
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.press('Control+s')]);
  assert.equal(download.suggestedFilename(), 'checkout-outage-5xx-errors-after-config-push.postmortem.json');
  const text = await downloadText(download);
  assert.equal(text, await app.documentText(), 'the file is the canonical JSON of the open post-mortem');
  assert.deepEqual(schemaErrors(JSON.parse(text)), []);
  assert.equal(text, exampleText('checkout-outage'), 'an unedited example downloads byte for byte');

  await app.click('File');
  const [md] = await Promise.all([app.page.waitForEvent('download'), app.click('Download Markdown')]);
  assert.equal(md.suggestedFilename(), 'checkout-outage-5xx-errors-after-config-push.md');
  assert.match(await downloadText(md), /^# Checkout outage: 5xx errors after config push/m);
  app.assertNoErrors();
});

test("a teammate's file through the file picker, several through a drop", async () => {
  const app = await openApp(browser, server.url);
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click('Open file…')]);
  assert.ok(chooser.isMultiple(), 'the picker takes several files');
  await chooser.setFiles([{ name: 'replica-lag.postmortem.json', mimeType: 'application/json', buffer: Buffer.from(teammateFile()) }]);
  await app.settle(4);
  const opened = await app.document();
  assert.equal(opened?.id, 'pm-0123456789abcdef');
  assert.equal(opened.title, 'Replica lag during failover drill');
  await app.click('< Library');

  await dropFiles(app.page, [
    { name: 'checkout-outage.postmortem.json', text: exampleText('checkout-outage') },
    { name: 'database-disk-full.postmortem.json', text: exampleText('database-disk-full') },
  ]);
  await app.settle(4);
  const titles = (await app.library()).map((d) => d.title).sort();
  assert.deepEqual(titles, [checkoutTitle, 'Primary database disk full: writes rejected', 'Replica lag during failover drill']);
  await waitForMessage(app, 'status: ', /Imported 2 post-mortems/);
  app.assertNoErrors();
});

test('broken files show what is wrong and change nothing', async () => {
  const app = await openApp(browser, server.url);
  await openExample(app, checkoutTitle);
  await app.click('< Library');
  const before = await app.library();

  const dangling = JSON.parse(exampleText('wal-archive-near-miss'));
  dangling.id = 'pm-00000000000000aa';
  dangling.factors[0].why_node_ids = ['wn-00000000deadbeef'];
  assert.deepEqual(schemaErrors(dangling), [], 'the dangling file is schema-valid');
  await dropFiles(app.page, [
    { name: 'truncated.postmortem.json', text: exampleText('checkout-outage').slice(0, 300) },
    { name: 'dangling.postmortem.json', text: JSON.stringify(dangling) },
  ]);
  await app.settle(4);
  const errors = await messages(app, 'import error: ');
  assert.ok(errors.includes('2 files could not be opened'), JSON.stringify(errors));
  assert.ok(errors.some((e) => /^truncated\.postmortem\.json/.test(e)), 'names the first file');
  assert.ok(errors.some((e) => /^dangling\.postmortem\.json/.test(e)), 'names the second file');
  assert.ok(errors.some((e) => /^\/factors\/0\/why_node_ids\/0 .*wn-00000000deadbeef/.test(e)),
    `names the pointer and the dangling id: ${JSON.stringify(errors)}`);
  await app.screenshot('import-error');
  assert.deepEqual(await app.library(), before, 'the library is unchanged');
  await app.press('Escape');
  assert.deepEqual(await messages(app, 'import error: '), [], 'Esc closes the dialog');
  assert.deepEqual(await app.library(), before);
  app.assertNoErrors();
});

test('a hand-edited copy of a post-mortem in the library: cancel, keep both (named apart), update', async () => {
  const app = await openApp(browser, server.url);
  await openExample(app, walTitle);
  const original = await app.document();
  await app.click('< Library');

  const edited = JSON.parse(exampleText('wal-archive-near-miss'));
  edited.title = 'WAL archive backlog (teammate edit)';
  const file = { name: 'wal.postmortem.json', text: JSON.stringify(edited) };

  // Its revision is the library's own, its content newer: an edit made from it.
  await dropFiles(app.page, [file]);
  await waitForMessage(app, 'incoming: ', /is a newer copy of "WAL archive backlog \(teammate edit\)"/);
  await app.press('Escape');  // = Cancel
  assert.equal((await app.library()).length, 1);

  await dropFiles(app.page, [file]);
  await app.click('Keep both');
  const both = await app.library();
  assert.equal(both.length, 2);
  const kept = await app.document();
  assert.notEqual(kept.id, original.id);
  assert.equal(kept.title, 'WAL archive backlog (teammate edit) (copy from wal.postmortem.json)');
  const keptIds = new Set([...kept.events, ...kept.why_nodes, ...kept.factors, ...kept.actions].map((e) => e.id));
  for (const e of [...original.events, ...original.why_nodes, ...original.factors, ...original.actions])
    assert.ok(!keptIds.has(e.id), 'keep both gives every element a new id');
  assert.deepEqual(schemaErrors(kept), []);
  await app.click('< Library');

  await dropFiles(app.page, [file]);
  await app.click('Update to the newer copy');
  const replaced = await app.document();
  assert.equal(replaced.id, original.id);
  assert.equal(replaced.title, 'WAL archive backlog (teammate edit)');
  assert.equal((await app.library()).length, 2);
  await app.press('Control+z');
  assert.equal((await app.document()).title, walTitle, 'Ctrl+Z undoes the update');
  app.assertNoErrors();
});

// Makes IndexedDB writes of records abort as a full disk does, while window.__failPuts is set.
function failingPuts() {
  window.__failPuts = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const request = put.call(this, value, key);
    if (window.__failPuts && String(key).startsWith('pm:')) {
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      tx.abort();
    }
    return request;
  };
}

test('IndexedDB full: a banner, nothing lost, a copy to download, saved once it works again', async () => {
  const app = await openApp(browser, server.url, { init: failingPuts });
  await app.click('New post-mortem');
  // The first autosave fails about a second after the document is created; the
  // banner then moves the form down, so wait for it before clicking into a field.
  const banner = await waitForMessage(app, 'banner: ', /not being saved: the browser storage is full/);
  await app.click('Title');
  await app.type('Edge cache purge storm');
  await app.press('Tab');
  assert.match(banner, /download a copy/);
  assert.match(await saveState(app), /^Not saved: the browser storage is full/);
  await app.screenshot('storage-failure');

  const doc = await app.document();
  assert.equal(doc.title, 'Edge cache purge storm', 'the edit is still in memory');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click('Download a copy')]);
  assert.equal(download.suggestedFilename(), 'edge-cache-purge-storm.postmortem.json');
  assert.equal(await downloadText(download), await app.documentText());
  assert.deepEqual((await storedRecords(app.page)).ids, []);

  await app.page.evaluate(() => { window.__failPuts = false; });
  await app.click('Retry now');
  await waitForMessage(app, 'save state: ', /^Saved/);
  assert.deepEqual((await storedRecords(app.page)).ids, [doc.id]);
  assert.deepEqual(await messages(app, 'banner: '), []);
});

// Polls until the stored pieces differ from `before` (an autosave has landed).
async function piecesAfterChange(app, id, before, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await storedPieces(app.page, id);
    if (JSON.stringify(now) !== JSON.stringify(before) || Date.now() > deadline) return now;
    await app.settle(5);
  }
}

test('a large post-mortem autosaves in pieces: an edit rewrites one piece, a reload brings all back, a replace stores it all', async () => {
  const app = await openApp(browser, server.url);
  const big = largeTimelineFile('pm-3000events00000', 'Three thousand events', 3000);
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click('Open file\u2026')]);
  await chooser.setFiles([{ name: 'three-thousand.postmortem.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) }]);
  await app.click('Timeline', { timeout: 20000 });
  const first = await piecesAfterChange(app, big.id, {});
  const keys = Object.keys(first).sort();
  assert.ok(keys.every((k) => /^(ev|wn|fa|ac)\.[0-9a-f]{16}$/.test(k)), `piece keys: ${keys.slice(0, 3)}`);
  // Events in pieces of about 128 (content-defined, so the count varies a little).
  const eventPieces = keys.filter((k) => k.startsWith('ev.')).length;
  assert.ok(eventPieces >= 12 && eventPieces <= 60, `3,000 events in ${eventPieces} pieces`);

  // Edit the first event's text with the keyboard, in the editor beside the canvas.
  const firstRow = await app.find(/^01-15 08:00$/);
  await app.click(/^01-15 08:00$/, { dx: 30 - firstRow.w / 2, hold: true });  // the time cell, not the kind picker
  await app.fill('Event text', 'alert #0 (checked)');
  assert.equal((await app.document()).events[0].text, 'alert #0 (checked)');
  const second = await piecesAfterChange(app, big.id, first);
  const rewritten = keys.filter((k) => second[k] !== first[k]);
  assert.deepEqual(Object.keys(second).sort(), keys, 'same pieces');
  assert.equal(rewritten.length, 1, `one piece rewritten, not ${rewritten.length}`);
  await waitForMessage(app, 'save state: ', /^Saved/);

  const doc = await reloadAndOpen(app, 'Three thousand events', 20000);
  assert.equal(doc.events.length, 3000);
  assert.equal(doc.events[0].text, 'alert #0 (checked)');
  assert.equal(doc.events[2999].text, big.events[2999].text);
  assert.deepEqual(await messages(app, 'banner: '), [], 'no banner after the reload');
  await app.click('Timeline');
  await app.screenshot('large-autosave-after-reload');

  // A teammate's hand-edited copy keeps the stamps: replacing with it must still store it all.
  const edited = JSON.parse(JSON.stringify(big));
  edited.events[1500].text = 'edited by hand, stamp untouched';
  edited.events.splice(2500);
  await app.click('< Library');
  const beforeReplace = await storedPieces(app.page, big.id);
  await dropFiles(app.page, [{ name: 'three-thousand.postmortem.json', text: JSON.stringify(edited) }]);
  await app.click('Replace');
  await piecesAfterChange(app, big.id, beforeReplace);
  await waitForMessage(app, 'save state: ', /^Saved/);
  const replaced = await reloadAndOpen(app, 'Three thousand events', 20000);
  assert.equal(replaced.events.length, 2500);
  assert.equal(replaced.events[1500].text, 'edited by hand, stamp untouched');
  app.assertNoErrors();
});

test('IndexedDB refused: a banner, and the app still works in memory', async () => {
  const app = await openApp(browser, server.url, {
    init: () => { IDBFactory.prototype.open = function () { throw new DOMException('Access denied', 'SecurityError'); }; },
  });
  await waitForMessage(app, 'banner: ', /could not be read \(IndexedDB is not available in this browser/);
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type('Still editable');
  assert.equal((await app.document()).title, 'Still editable');
  await waitForMessage(app, 'save state: ', /^Not saved: IndexedDB is not available/);
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click('Download a copy')]);
  assert.equal(JSON.parse(await downloadText(download)).title, 'Still editable');
});

test('a record changed by another tab behind our back is not overwritten', async () => {
  const app = await openApp(browser, server.url);
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type('Stamp check');
  await app.press('Tab');
  await waitForMessage(app, 'save state: ', /^Saved/);
  const id = (await app.document()).id;
  // Another writer (an old build, a second browser profile on the same origin) saves it.
  await app.page.evaluate((docId) => new Promise((resolve) => {
    indexedDB.open('hindsight', 1).onsuccess = (e) => {
      const db = e.target.result;
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      const key = `ix:${docId}`;
      store.get(key).onsuccess = (r) => { const entry = r.target.result; entry.stamp = 'elsewhere-1'; store.put(entry, key); };
      tx.oncomplete = () => { db.close(); resolve(); };
    };
  }), id);
  await app.click('Title');
  await app.type(' again');
  await app.press('Tab');
  await waitForMessage(app, 'save state: ', /^Not saved: another tab saved a newer copy/);
  assert.equal((await storedRecords(app.page)).index[id].stamp, 'elsewhere-1', 'the other copy is untouched');
});

test('two tabs: only the first writes, the second says so, and takes over after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const first = await openApp(browser, server.url, { context });
  await first.click('New post-mortem');
  await first.click('Title');
  await first.type('Written in tab one');
  await first.press('Tab');
  await waitForMessage(first, 'save state: ', /^Saved/);

  const second = await openApp(browser, server.url, { context });
  await waitForMessage(second, 'banner: ', /open in another tab; changes made in this tab are not saved/);
  await second.page.waitForFunction(() => window.hindsight.library().length === 1);
  assert.deepEqual((await second.library()).map((d) => d.title), ['Written in tab one'], 'the second tab reads the library');
  await second.click('New post-mortem');
  await second.click('Title');
  await second.type('Typed in tab two');
  await second.press('Tab');
  await second.settle(40);
  assert.match(await saveState(second), /^Not saved: open in another tab/);
  await second.screenshot('two-tabs-read-only');
  const stored = await storedRecords(first.page);
  assert.deepEqual(Object.values(stored.index).map((e) => e.title), ['Written in tab one'], 'tab two wrote nothing');

  // Tab one keeps saving (a hidden tab draws no frames: bring it to the front).
  await first.page.bringToFront();
  await first.click('Title');
  await first.type(' (edited)');
  await first.press('Tab');
  await waitForMessage(first, 'save state: ', /^Saved/);

  await first.page.close();
  await second.page.bringToFront();
  await waitForMessage(second, 'banner: ', /other Hindsight tab was closed/, 10000);
  const reload = second.center(await second.find('Reload'));
  await Promise.all([second.page.waitForEvent('load'), second.page.mouse.click(reload.x, reload.y)]);
  await waitForFrames(second.page, 3);
  await waitForMessage(second, 'save state: ', /No changes|Saved/);
  assert.deepEqual((await second.library()).map((d) => d.title), ['Written in tab one (edited)']);
  assert.deepEqual(await messages(second, 'banner: '), []);
  await context.close();
});
