// The page behaves like a web app: the tab's title names the open post-mortem,
// a loading state (not the empty welcome) while the library is read, a guard
// before closing with unsaved work, and offline after the first visit.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps, waitForFrames } from './harness.mjs';
import { waitForMessage, messages } from './library_support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const CHECKOUT = 'Checkout outage: 5xx errors after config push';
const HOME_TITLE = 'Hindsight — blameless post-mortems';

test('web app: the tab title follows the open post-mortem and its edits', async () => {
  const app = await openApp(browser, server.url);
  await app.settle(2);
  assert.equal(await app.page.title(), HOME_TITLE);
  await app.click('Open example');
  await app.click(CHECKOUT);
  await app.settle(2);
  assert.equal(await app.page.title(), `${CHECKOUT} — Hindsight`);
  await app.click('Title');
  await app.press('End');
  await app.type(' (v2)');
  await app.press('Enter');
  await app.settle(2);
  assert.equal(await app.page.title(), `${CHECKOUT} (v2) — Hindsight`);
  await app.click('< Library');
  await app.settle(2);
  assert.equal(await app.page.title(), HOME_TITLE);
  app.assertNoErrors();
});

test('web app: each view has its URL; Back, Forward and reload land where the user was', async () => {
  const app = await openApp(browser, server.url);
  await app.settle(2);
  const hash = () => app.page.evaluate(() => window.location.hash);
  assert.equal(await hash(), '#/');
  await app.click('Open example');
  await app.click(CHECKOUT);
  await app.settle(2);
  const id = (await app.document()).id;
  assert.equal(await hash(), `#/pm/${id}/overview`);
  await app.click('Timeline');
  await app.settle(2);
  assert.equal(await hash(), `#/pm/${id}/timeline`);
  await app.click('< Library');
  await app.settle(2);
  assert.equal(await hash(), '#/');

  await app.page.goBack();
  await app.settle(3);
  assert.equal((await app.document())?.id, id, 'Back reopens the post-mortem');
  assert.equal(await hash(), `#/pm/${id}/timeline`);
  await app.find('Fit to incident');  // the Timeline tab is shown
  await app.page.goBack();
  await app.settle(3);
  assert.equal(await hash(), `#/pm/${id}/overview`);
  await app.page.goBack();
  await app.settle(3);
  assert.equal(await app.document(), null, 'Back again: the library');
  await app.page.goForward();
  await app.settle(3);
  assert.equal((await app.document())?.id, id, 'Forward: the post-mortem again');

  await app.click('Timeline');
  await waitForMessage(app, 'save state: ', /^Saved/, 15000);
  await app.page.reload();
  await waitForFrames(app.page, 3);
  await app.page.waitForFunction((want) => window.hindsight.document() && JSON.parse(window.hindsight.document()).id === want,
    id, { timeout: 15000 });
  assert.equal(await hash(), `#/pm/${id}/timeline`, 'a reload stays on the post-mortem and its tab');
  await app.find('Fit to incident');
  await app.screenshot('web-app-reload-timeline');

  await app.page.goto(`${server.url}#/pm/pm-00000000deadbeef/overview`);
  await waitForFrames(app.page, 3);
  const banner = await waitForMessage(app, 'banner: ', /not in this browser/, 15000);
  assert.match(banner, /pm-00000000deadbeef/);
  assert.match(banner, /Open file/);
  assert.equal(await app.document(), null);
  assert.equal(await hash(), '#/');
  app.assertNoErrors();
});

test('web app: a slow library shows a loading state, not the empty welcome', async () => {
  // IndexedDB answers only when the test lets it, as on a slow disk with a large library
  // (a fixed delay raced the screenshot on a loaded machine).
  const app = await openApp(browser, server.url, {
    init: () => {
      const open = indexedDB.open.bind(indexedDB);
      const held = [];
      let released = false;
      window.__releaseIndexedDB = () => { released = true; for (const release of held.splice(0)) release(); };
      indexedDB.open = (...args) => {
        const request = open(...args);
        const delayed = {};
        for (const type of ['success', 'error']) {  // not upgradeneeded: its transaction must run now
          request.addEventListener(type, (e) => { if (!released && !e.__late) { e.stopImmediatePropagation(); delayed[type] = true; } }, true);
        }
        held.push(() => {
          for (const type of Object.keys(delayed)) {
            const late = new Event(type); late.__late = true; request.dispatchEvent(late);
          }
        });
        return request;
      };
    },
  });
  const labels = (await app.items()).map((it) => it.label);
  assert.ok(labels.includes('Loading your post-mortems…'), `loading shown: ${labels.slice(0, 12)}`);
  assert.ok(!labels.includes('New post-mortem'), 'no welcome while loading');
  await app.screenshot('web-app-loading');
  await app.page.evaluate(() => window.__releaseIndexedDB());
  await app.find('New post-mortem', { timeout: 15000 });
  await app.screenshot('web-app-loaded-welcome');
  app.assertNoErrors();
});

test('web app: closing with unsaved work asks first; once saved it closes at once', async () => {
  const app = await openApp(browser, server.url);
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type('Edge cache purge storm');
  const dialogs = [];
  app.page.on('dialog', async (dialog) => { dialogs.push(dialog.type()); await dialog.dismiss(); });
  await app.page.close({ runBeforeUnload: true });
  await app.page.waitForTimeout(300);
  assert.deepEqual(dialogs, ['beforeunload'], 'the browser asked before closing with unsaved edits');
  assert.equal(app.page.isClosed(), false, 'dismissing the question keeps the page');

  await app.press('Enter');
  await waitForMessage(app, 'save state: ', /^Saved/, 15000);
  await app.page.close({ runBeforeUnload: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.deepEqual(dialogs, ['beforeunload'], 'no question once everything is saved');
  assert.equal(app.page.isClosed(), true);
});

test('web app: after one visit the app and its library open offline', async () => {
  const app = await openApp(browser, server.url);
  await app.click('Open example');
  await app.click(CHECKOUT);
  await app.click('< Library');
  await waitForMessage(app, 'save state: ', /^Saved/, 15000);
  // The service worker installs after start-up and takes this page.
  await app.page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null,
    null, { timeout: 20000 });
  await app.context.setOffline(true);
  await app.page.reload();
  await waitForFrames(app.page, 3);
  await app.find(CHECKOUT, { timeout: 15000 });
  assert.deepEqual((await app.library()).map((d) => d.title), [CHECKOUT]);
  await app.screenshot('web-app-offline-library');
  await app.context.setOffline(false);
  const manifest = await app.page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.short_name, 'Hindsight');
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512']);
});
