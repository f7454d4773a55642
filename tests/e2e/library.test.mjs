// The library screen with real mouse and keyboard: welcome, examples, search,
// filters, sorting, duplicate, delete, and a post-mortem that survives a reload.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';
import { messages, waitForMessage, storedRecords, reloadAndOpen } from './library_support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const titles = {
  checkout: 'Checkout outage: 5xx errors after config push',
  disk: 'Primary database disk full: writes rejected',
  wal: 'Near miss: WAL archive backlog on replica caught at 78% disk',
};

// Visible rows of the table, top to bottom (the Selectable of each row carries its title).
async function rowTitles(app) {
  const known = new Set((await app.library()).map((d) => d.title || 'Untitled post-mortem'));
  const items = await app.items();
  return items.filter((it) => known.has(it.label) && it.w > 300).sort((a, b) => a.y - b.y).map((it) => it.label);
}

async function openExample(app, title) {
  await app.click('Open example');
  await app.click(title);
  const doc = await app.document();
  assert.equal(doc?.title, title, 'the example opened');
  await app.click('< Library');
}

test('empty library: welcome, examples, search, filter, sort, duplicate, delete', async () => {
  const app = await openApp(browser, server.url);
  await waitForMessage(app, 'save state: ', /No changes/);
  assert.deepEqual(await app.library(), []);
  await app.find('New post-mortem');
  await app.find('Open file…');
  await app.screenshot('library-welcome');

  for (const title of [titles.checkout, titles.disk, titles.wal]) await openExample(app, title);
  assert.equal((await app.library()).length, 3);
  await app.click(titles.checkout);  // a click selects, it does not open
  assert.equal(await app.document(), null);
  await app.screenshot('library');

  // Default order: incident date, newest first. Click "Severity": SEV-1 first.
  const byDate = await rowTitles(app);
  assert.equal(byDate.length, 3);
  await app.click('column: Severity');
  assert.deepEqual(await rowTitles(app), [titles.disk, titles.checkout, titles.wal]);
  await app.click('column: Severity');
  assert.deepEqual(await rowTitles(app), [titles.wal, titles.checkout, titles.disk]);
  await app.click('column: Title');
  assert.deepEqual(await rowTitles(app), [titles.checkout, titles.wal, titles.disk]);

  // Ctrl+F focuses the search box; typing narrows the list.
  await app.press('Control+f');
  await app.settle(4);
  await app.type('writes rejected');
  assert.deepEqual(await rowTitles(app), [titles.disk]);
  await app.press('Enter');  // the only match opens
  assert.equal((await app.document())?.title, titles.disk);
  await app.click('< Library');
  await app.click('Clear');
  assert.equal((await rowTitles(app)).length, 3);

  // Severity filter.
  await app.click('Severity filter');
  await app.click('SEV-4 Low', { timeout: 3000 }).catch(async () => app.click(/^SEV-4/));
  assert.deepEqual(await rowTitles(app), [titles.wal]);
  await app.click('Clear');

  // Duplicate: new ids everywhere, "(copy)" title, references kept consistent.
  const original = (await app.library()).find((d) => d.title === titles.checkout);
  await app.click(titles.checkout);
  await app.click('Duplicate');
  const copyRow = (await app.library()).find((d) => d.title === `${titles.checkout} (copy)`);
  assert.ok(copyRow, 'the copy is in the library');
  assert.notEqual(copyRow.id, original.id);
  await app.doubleClick(`${titles.checkout} (copy)`);
  const copy = await app.document();
  assert.equal(copy.id, copyRow.id);
  await app.click('< Library');
  await app.doubleClick(titles.checkout);
  const source = await app.document();
  await app.click('< Library');
  const sourceIds = new Set([...source.events, ...source.why_nodes, ...source.factors, ...source.actions].map((e) => e.id));
  const copyElements = [...copy.events, ...copy.why_nodes, ...copy.factors, ...copy.actions];
  assert.equal(copyElements.length, sourceIds.size);
  for (const e of copyElements) assert.ok(!sourceIds.has(e.id), `element ${e.id} got a new id`);

  // Delete asks first; Esc cancels, the button deletes.
  await app.click(`${titles.checkout} (copy)`);
  await app.click('Delete…');
  await app.find('Cancel');
  await app.press('Escape');
  assert.equal((await app.library()).length, 4);
  await app.press('Delete');
  await app.click('Delete');
  assert.equal((await app.library()).length, 3);
  assert.ok(!(await app.library()).some((d) => d.id === copyRow.id));
  await waitForMessage(app, 'save state: ', /^Saved/);
  const stored = await storedRecords(app.page);
  assert.equal(stored.ids.length, 3, 'the deleted record left IndexedDB');
  app.assertNoErrors();
});

test('a new post-mortem is autosaved and found again after a reload', async () => {
  const app = await openApp(browser, server.url);
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type('Payment queue stalled');
  await app.press('Tab');
  const id = (await app.document()).id;
  const saved = await waitForMessage(app, 'save state: ', /^Saved/, 5000);
  assert.match(saved, /^Saved/);
  const stored = await storedRecords(app.page);
  assert.equal(stored.index[id]?.title, 'Payment queue stalled');

  const doc = await reloadAndOpen(app, 'Payment queue stalled');
  assert.equal(doc.id, id);
  assert.equal(doc.title, 'Payment queue stalled');
  assert.deepEqual(await messages(app, 'banner: '), [], 'no banner after a normal reload');
  app.assertNoErrors();
});
