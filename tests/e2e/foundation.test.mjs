import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

test('first frame, new post-mortem, title typed with the keyboard', async () => {
  const app = await openApp(browser, server.url);
  assert.equal(await app.document(), null, 'no document is open at start');
  await app.click('New post-mortem');
  const doc = await app.document();
  assert.ok(doc, 'a document opened');
  assert.equal(doc.title, '');
  await app.click('Title');
  await app.type('Checkout outage');
  const typed = await app.document();
  assert.equal(typed.title, 'Checkout outage');
  await app.press('Backspace');
  assert.equal((await app.document()).title, 'Checkout outag');
  await app.screenshot('foundation-new-document');
  app.assertNoErrors();
});

test('canvas follows devicePixelRatio for crisp text', async () => {
  const app = await openApp(browser, server.url, { deviceScaleFactor: 2 });
  const size = await app.page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, size.cw * 2);
  assert.equal(size.h, size.ch * 2);
  const button = await app.find('New post-mortem');
  assert.ok(button.w > 60 && button.w < 400, `button width in CSS pixels: ${button.w}`);
  await app.click('New post-mortem');
  assert.ok(await app.document());
  await app.screenshot('foundation-hidpi');
});

test('canvas follows window resizes', async () => {
  const app = await openApp(browser, server.url);
  await app.page.setViewportSize({ width: 900, height: 600 });
  await app.settle(3);
  const size = await app.page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(size, { w: 900, h: 600 });
});
