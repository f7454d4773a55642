// Small and large windows: at 800×600 every toolbar action stays on screen (the
// toolbars wrap), the status bar's texts do not overlap, a truncated title shows
// whole on hover, read-only text offers Copy on right-click; Ctrl+F finds text
// in the open post-mortem and goes to it.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const CHECKOUT = 'Checkout outage: 5xx errors after config push';

// Buttons each view must show, wholly inside the window.
const TOOLBARS = {
  Timeline: ['Paste timeline...', 'Add event', 'Fit to incident', 'Zoom to selection', 'Zoom in', 'Zoom out', 'UTC', 'Local'],
  '5 Whys': ['Add why', 'Add branch', 'Edit text', 'Delete', 'Mark root cause', 'Category', 'Create action',
    'Link event', 'Link factor', 'Move up', 'Move down', 'Collapse', 'Zoom out', 'Zoom in', 'Fit', 'Layout: top-down'],
  Actions: ['Status filter', '+ Add action'],
};

async function assertInside(app, labels, viewport, where) {
  const items = await app.items();
  for (const label of labels) {
    const rects = items.filter((it) => (label instanceof RegExp ? label.test(it.label) : it.label === label) && it.w > 0);
    assert.ok(rects.length > 0, `${where}: "${label}" is not drawn`);
    const r = rects[0];
    assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= viewport.width + 0.5 && r.y + r.h <= viewport.height + 0.5,
      `${where}: "${label}" is cut off at ${JSON.stringify(r)} in ${viewport.width}×${viewport.height}`);
  }
}

async function openCheckout(app) {
  await app.click('Open example');
  await app.click(CHECKOUT);
  await app.settle(2);
}

for (const viewport of [{ width: 800, height: 600 }, { width: 1920, height: 1080 }]) {
  test(`window ${viewport.width}×${viewport.height}: every toolbar action is reachable`, async () => {
    const app = await openApp(browser, server.url, { viewport });
    await app.settle(2);
    await openCheckout(app);
    await app.screenshot(`window-${viewport.width}-overview`);
    // The header's badges stay inside the window.
    await assertInside(app, ['< Library', 'Overview', 'Actions'], viewport, 'header');
    for (const [tab, labels] of Object.entries(TOOLBARS)) {
      await app.click(tab);
      await app.settle(3);
      const wanted = labels.map((l) => (l === 'Move up' || l === 'Move down'
        ? new RegExp(`^${l === 'Move up' ? 'Move (up|left)' : 'Move (down|right)'}$`) : l));
      if (tab === '5 Whys') wanted[wanted.indexOf('Layout: top-down')] = /^Layout: /;
      await assertInside(app, wanted, viewport, tab);
      await app.screenshot(`window-${viewport.width}-${tab.replace(/\W/g, '')}`);
    }
    await app.click('< Library');
    await app.screenshot(`window-${viewport.width}-library`);
    await assertInside(app, ['Open', 'Duplicate', 'Search'], viewport, 'library');
    // The status bar's texts do not overlap one another.
    const items = await app.items();
    const status = items.filter((it) => /^(save state|status): /.test(it.label) || /^Storage: /.test(it.label))
      .sort((a, b) => a.x - b.x);
    for (let i = 1; i < status.length; ++i)
      assert.ok(status[i].x >= status[i - 1].x + status[i - 1].w,
        `status bar texts overlap: ${JSON.stringify(status.map((s) => [s.label, s.x, s.w]))}`);
    app.assertNoErrors();
  });
}

test('window 800×600: a truncated action title shows whole on hover; right-click copies read-only text', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 800, height: 600 } });
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await app.settle(2);
  await openCheckout(app);
  await app.click('Actions');
  const doc = await app.document();
  const title = doc.actions[0].title;
  const cell = await app.find('Action title 1');
  await app.page.mouse.move(cell.x + cell.w / 2, cell.y + cell.h / 2);
  await app.settle(40);  // the tooltip's delay
  assert.ok(await app.has(`tooltip: ${title}`), `no tooltip with the whole title "${title}"`);
  await app.screenshot('window-800-truncated-tooltip');

  // The document's title (read-only text in the header): right-click, Copy.
  const heading = await app.find('document title');
  await app.page.mouse.click(heading.x + 10, heading.y + heading.h / 2, { button: 'right' });
  await app.settle(3);
  await app.click('Copy');
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), CHECKOUT);
  await app.page.evaluate(() => navigator.clipboard.writeText(''));

  // A library row: its menu has Copy title.
  await app.click('< Library');
  const row = await app.find(CHECKOUT);
  await app.page.mouse.click(row.x + 20, row.y + row.h / 2, { button: 'right' });
  await app.settle(3);
  await app.click('Copy title');
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), CHECKOUT);
  app.assertNoErrors();
});

test('Ctrl+F finds text anywhere in the post-mortem and goes to each match', async () => {
  const app = await openApp(browser, server.url);
  await app.settle(2);
  await openCheckout(app);
  const doc = await app.document();
  await app.press('Control+f');
  await app.find('Find in post-mortem');
  await app.type('canary');
  const expected = JSON.stringify(doc).match(/canary/gi).length;
  const count = await app.find(/^find: 1 of \d+$/);
  const total = Number(count.label.match(/of (\d+)/)[1]);
  assert.equal(total, expected, `find counted ${total}, the file has ${expected} "canary"`);
  // Enter goes from match to match; one of them is a why node, shown selected on the 5 Whys tab.
  let sawWhy = false;
  for (let i = 0; i < total; ++i) {
    const hit = await app.find(/^find hit: /);
    if (/^find hit: 5 Whys, why/.test(hit.label)) {
      assert.ok(await app.has('tab shown: 5 Whys'), 'a why match shows the 5 Whys tab');
      sawWhy = true;
      await app.screenshot('find-why');
      break;
    }
    await app.press('Enter');
  }
  assert.ok(sawWhy, 'no match in a why node');
  await app.press('Escape');
  assert.equal(await app.has('Find in post-mortem'), false, 'Escape closes the find bar');
  app.assertNoErrors();
});
