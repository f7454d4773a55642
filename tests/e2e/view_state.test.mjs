// View state lives per post-mortem: switching documents keeps each one's tab and
// zoom, a new post-mortem opens on its overview, and meeting mode's "The editor
// shows: …" names the tab that is shown.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

async function label(app, prefix) {
  const item = await app.find(new RegExp('^' + prefix));
  return item.label.slice(prefix.length);
}

async function newPostMortem(app, title) {
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type(title);
  await app.click('Overview');
}

async function openFromLibrary(app, title) {
  await app.click('< Library');
  await app.doubleClick(title);
}

test('view state: each post-mortem keeps its tab and zoom; a new one opens on its overview; meeting mode names what is shown', async () => {
  const app = await openApp(browser, server.url);
  await newPostMortem(app, 'Alpha');
  await app.click('5 Whys');
  assert.equal(await label(app, 'tab shown: '), '5 Whys');
  const zoomBefore = Number((await label(app, 'why zoom: ')).replace('%', ''));
  await app.click('Zoom in');
  await app.click('Zoom in');
  const zoomA = await label(app, 'why zoom: ');
  assert.equal(zoomA, `${Math.round(zoomBefore * 1.25 * 1.25)}%`, 'two steps of 1.25');

  // A new post-mortem opens on its own overview, not on the tab Alpha was showing.
  await app.click('< Library');
  await newPostMortem(app, 'Bravo');
  assert.equal(await label(app, 'tab shown: '), 'Overview');
  await app.click('Timeline');
  assert.equal(await label(app, 'tab shown: '), 'Timeline');

  // Back to Alpha: its tab and its zoom, as they were.
  await openFromLibrary(app, 'Alpha');
  assert.equal(await label(app, 'tab shown: '), '5 Whys');
  assert.equal(await label(app, 'why zoom: '), zoomA);

  // And Bravo is still on its timeline.
  await openFromLibrary(app, 'Bravo');
  assert.equal(await label(app, 'tab shown: '), 'Timeline');

  // Meeting mode starts at "Set the stage": the editor shows the summary, and says so.
  await app.click('View');
  await app.click('Meeting mode');
  await app.find('meeting step: Set the stage');
  assert.equal(await label(app, 'editor shows: '), 'Summary');
  assert.equal(await label(app, 'tab shown: '), 'Overview');
  await app.click('Next step');
  await app.find('meeting step: Timeline review');
  assert.equal(await label(app, 'editor shows: '), 'Timeline');
  assert.equal(await label(app, 'tab shown: '), 'Timeline');
  await app.screenshot('view-state-meeting');
  app.assertNoErrors();
});
