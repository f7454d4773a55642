// The document editor with real mouse and keyboard: the overview form, undo and
// redo, factors, action items and the close rule.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

// Ends editing by clicking the open tab's own label (a click outside any input).
async function blur(app, tab) {
  await app.click(tab);
}

// The exchange format leaves out empty fields.
const summary = (doc) => doc.sections?.summary ?? '';
const list = (doc, key) => doc[key] ?? [];

// Clicks something that opens a text editor for typing; the caret arrives a frame or two later.
async function clickToType(app, label) {
  await app.click(label);
  await app.settle(3);
}

async function newPostMortem(app) {
  await app.click('New post-mortem');
  assert.ok(await app.document(), 'a post-mortem is open');
}

test('editor: fill the form, then undo and redo each edit with the keyboard', async () => {
  const app = await openApp(browser, server.url);
  await newPostMortem(app);

  await app.click('Title');
  await app.type('Checkout outage');
  await blur(app, 'Overview');
  assert.equal((await app.document()).title, 'Checkout outage');

  await clickToType(app, 'Summary');
  await app.type('Payment provider timeouts made checkout fail for 42 minutes.');
  await blur(app, 'Overview');
  assert.equal(summary(await app.document()),
    'Payment provider timeouts made checkout fail for 42 minutes.');

  await app.click('Severity');
  await app.click('SEV-1 Critical');
  assert.equal((await app.document()).severity, 'sev1');

  await app.click('Add author');
  await app.type('Priya Natarajan');
  await app.press('Enter');
  await blur(app, 'Overview');
  assert.deepEqual(list(await app.document(), 'authors'), ['Priya Natarajan']);

  await app.click('Add tag');
  await app.type('payments');
  await app.press('Enter');
  await blur(app, 'Overview');
  assert.deepEqual(list(await app.document(), 'tags'), ['payments']);

  // An invalid date shows why and changes nothing.
  const dateBefore = (await app.document()).incident_date;
  await app.fill('Incident start', 'yesterday-ish');
  await blur(app, 'Overview');
  assert.equal((await app.document()).incident_date, dateBefore);
  assert.ok(await app.has(/not a date and time/), 'the date field explains the error');
  await app.fill('Incident start', '2026-01-15 14:27');
  await blur(app, 'Overview');
  assert.equal((await app.document()).incident_date, '2026-01-15T14:27:00Z');
  assert.equal(await app.has(/not a date and time/), false);

  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('editor-form');

  // Undo, one edit at a time (a typing run is one step).
  const undo = async () => app.press('Control+z');
  const redo = async () => app.press('Control+Shift+Z');
  await undo();
  assert.equal((await app.document()).incident_date, dateBefore);
  await undo();
  assert.deepEqual(list(await app.document(), 'tags'), []);
  await undo();
  assert.deepEqual(list(await app.document(), 'authors'), []);
  await undo();
  assert.equal((await app.document()).severity, 'sev3');
  await undo();
  assert.equal(summary(await app.document()), '');
  await undo();
  assert.equal((await app.document()).title, '');

  await redo();
  assert.equal((await app.document()).title, 'Checkout outage');
  await redo();
  assert.equal(summary(await app.document()),
    'Payment provider timeouts made checkout fail for 42 minutes.');
  await redo();
  assert.equal((await app.document()).severity, 'sev1');
  await redo();
  assert.deepEqual(list(await app.document(), 'authors'), ['Priya Natarajan']);
  const doc = await app.document();
  assert.deepEqual(list(doc, 'tags'), [], 'one redo per step');
  app.assertNoErrors();
});

test('editor: factors in two categories, actions, close refused then allowed', async () => {
  const app = await openApp(browser, server.url);
  await newPostMortem(app);
  await app.click('Title');
  await app.type('Database disk full');
  await blur(app, 'Overview');

  await app.click('Factors');
  await clickToType(app, '+ Add technical factor');
  await app.type('Disk alert threshold was set at 99%, too late to act');
  await blur(app, 'Factors');
  await clickToType(app, '+ Add process factor');
  await app.type('No runbook for cleaning up WAL files');
  await blur(app, 'Factors');
  let doc = await app.document();
  assert.deepEqual(doc.factors.map((f) => [f.category, f.text]), [
    ['technical', 'Disk alert threshold was set at 99%, too late to act'],
    ['process', 'No runbook for cleaning up WAL files'],
  ]);
  assert.ok(await app.has(/^hole: Disk alert threshold was set at 99%/));
  assert.ok(await app.has('hole: No runbook for cleaning up WAL files'));
  await clickToType(app, '+ Add environmental factor');
  await app.type('Traffic peak from a marketing campaign');
  await blur(app, 'Factors');
  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('editor-factors');

  await app.click('Actions');
  await clickToType(app, '+ Add action');
  await app.type('Alert at 80% disk usage');  // the new row's title has the caret
  await app.fill('Action owner 1', 'Sam Okafor');
  await app.fill('Action due 1', '2030-01-15');
  await blur(app, 'Actions');
  await clickToType(app, '+ Add action');
  await app.type('Write the WAL cleanup runbook');
  await app.fill('Action owner 2', 'Lena Fischer');
  await app.fill('Action due 2', '2020-03-01');
  await blur(app, 'Actions');
  doc = await app.document();
  assert.equal(doc.actions.length, 2);
  assert.equal(doc.actions[0].title, 'Alert at 80% disk usage');
  assert.equal(doc.actions[0].owner, 'Sam Okafor');
  assert.equal(doc.actions[0].due, '2030-01-15T00:00:00Z');
  assert.equal(doc.actions[1].due, '2020-03-01T00:00:00Z');
  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('editor-actions');

  // Closing is refused while actions are open, and the refusal names them.
  await app.click('Overview');
  await app.click('Reviewed');
  assert.equal((await app.document()).status, 'reviewed');
  await app.click('Closed');
  assert.equal((await app.document()).status, 'reviewed', 'closing was refused');
  const refusal = await app.find(/^Can't close yet/);
  assert.match(refusal.label, /2 actions are still open: 'Alert at 80% disk usage' \(Not started\), 'Write the WAL cleanup runbook' \(Not started\)/);

  await app.click('Actions');
  await app.click('Action status 1');
  await app.click('Done');
  await app.click('Action status 2');
  await app.click('Done');
  doc = await app.document();
  assert.deepEqual(doc.actions.map((a) => a.status), ['done', 'done']);
  assert.ok(doc.actions.every((a) => typeof a.completed === 'string'), 'Done stamps completed');

  await app.click('Overview');
  await app.click('Closed');
  assert.equal((await app.document()).status, 'closed');
  assert.equal(await app.has(/^Can't close yet/), false);

  // Reopening an action clears its completion time; undo brings it back.
  await app.click('Actions');
  await app.click('Action status 1');
  await app.click('In progress');
  doc = await app.document();
  assert.equal(doc.actions[0].status, 'in_progress');
  assert.ok(doc.actions[0].completed == null, 'reopening clears completed');
  await app.press('Control+z');
  assert.equal((await app.document()).actions[0].status, 'done');
  app.assertNoErrors();
});
