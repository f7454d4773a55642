// Screen readers and keyboard users: the widgets of each frame are mirrored into
// DOM elements with ARIA roles, names, values, states and focus (web/a11y_mirror),
// Playwright's role queries find and click them, and Tab / Shift+Tab move through
// every field of a post-mortem with the typed text landing in the focused one.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const CHECKOUT = 'Checkout outage: 5xx errors after config push';

// The mirror follows frames: wait until a role query finds its element.
async function roleReady(app, role, name) {
  const locator = app.page.getByRole(role, { name, exact: true });
  await locator.first().waitFor({ state: 'attached', timeout: 10000 });
  return locator.first();
}

test('a11y: the page has a title, a labelled application and landmarks', async () => {
  const app = await openApp(browser, server.url);
  await app.find('New post-mortem');
  assert.equal(await app.page.title(), 'Hindsight — blameless post-mortems');
  const canvas = app.page.locator('#canvas');
  assert.equal(await canvas.getAttribute('role'), 'application');
  assert.match(await canvas.getAttribute('aria-label'), /Hindsight/);
  assert.equal(await app.page.getByRole('main').count(), 1, 'one main landmark');
  app.assertNoConsoleMessages();
});

test('a11y: role queries find and click the main buttons, tabs and fields', async () => {
  const app = await openApp(browser, server.url);
  await app.find('New post-mortem');
  await (await roleReady(app, 'button', 'Open example')).click();
  await (await roleReady(app, 'button', CHECKOUT)).click();
  await app.settle(2);
  assert.equal((await app.document())?.title, CHECKOUT, 'the click on the row opened the post-mortem');

  // A text field exposes its name and value.
  const title = await roleReady(app, 'textbox', 'Title');
  const snapshot = await app.page.locator('#hindsight-a11y').ariaSnapshot();
  assert.match(snapshot, /- textbox "Title"/, snapshot);
  assert.match(snapshot, /- textbox "Summary"/, snapshot);
  assert.equal(await title.textContent(), CHECKOUT, 'the field holds its text');
  assert.match(await (await roleReady(app, 'textbox', 'Summary')).textContent(), /^A configuration push at 14:27 UTC/);
  assert.match(snapshot, /- tab "Overview" \[selected\]/, snapshot);
  assert.match(snapshot, /- tab "Timeline"/, snapshot);
  assert.match(snapshot, /- button "< Library"/, snapshot);
  assert.match(snapshot, /- checkbox "Production outage" \[checked\]/, snapshot);
  assert.match(snapshot, /- checkbox "Data loss or breach"(?! \[checked\])/, snapshot);
  assert.match(snapshot, /- combobox "Severity"/, snapshot);
  assert.ok(await title.isVisible());

  // A tab switches the view.
  // A tab switches when the press follows a frame with the pointer over it (as for a person).
  const timelineTab = await roleReady(app, 'tab', 'Timeline');
  await timelineTab.hover();
  await app.settle(1);
  await timelineTab.click();
  await app.settle(2);
  await app.find('Fit to incident');
  assert.match(await app.page.evaluate(() => location.hash), /\/timeline$/);
  const timelineSnapshot = await app.page.locator('#hindsight-a11y').ariaSnapshot();
  assert.match(timelineSnapshot, /- tab "Timeline" \[selected\]/, timelineSnapshot);
  assert.doesNotMatch(timelineSnapshot, /textbox "Summary"/, 'widgets no longer drawn leave the tree');

  // A checkbox click toggles it in the document.
  const overviewTab = await roleReady(app, 'tab', 'Overview');
  await overviewTab.hover();
  await app.settle(1);
  await overviewTab.click();
  await app.settle(2);
  await (await roleReady(app, 'checkbox', 'Data loss or breach')).click();
  await app.settle(2);
  assert.ok((await app.document()).triggers.includes('data_loss_or_breach'), 'the checkbox click landed');
  await app.screenshot('a11y-role-clicks');

  // Back to the library through the mirrored button; a new post-mortem from it.
  await (await roleReady(app, 'button', '< Library')).click();
  await (await roleReady(app, 'button', 'New post-mortem')).click();
  await app.settle(2);
  const created = await app.document();
  assert.equal(created?.title, '', 'a new, empty post-mortem is open');
  app.assertNoConsoleMessages();
});

test('a11y: a screen reader\'s click (no mouse events) activates the widget', async () => {
  const app = await openApp(browser, server.url);
  await roleReady(app, 'button', 'New post-mortem');
  // Assistive technology dispatches a bare click event on the element.
  await app.page.evaluate(() => {
    const el = [...document.querySelectorAll('#hindsight-a11y [role=button]')].find((e) => e.getAttribute('aria-label') === 'New post-mortem' || e.textContent === 'New post-mortem');
    el.click();
  });
  await app.settle(4);
  assert.equal((await app.document())?.title, '', 'the bare click created a post-mortem');
  app.assertNoConsoleMessages();
});

// Not fixed yet: Tab from Title skips the Summary box (drawn as a button until clicked) and
// lands in Incident start; the case stays here, failing, until it is.
test('a11y: Tab and Shift+Tab move through the fields and typing lands in the focused one', { todo: 'Tab skips the Summary box' }, async () => {
  const app = await openApp(browser, server.url);
  await app.click('New post-mortem');
  await app.click('Title');
  await app.type('Disk full on db-3');
  await app.press('Tab');
  await app.type('The primary ran out of disk.');
  await app.settle(2);
  let doc = await app.document();
  assert.equal(doc.title, 'Disk full on db-3');
  assert.equal(doc.sections?.summary, 'The primary ran out of disk.', 'Tab into Summary: the typed text lands there');
  // The focused field is announced: DOM focus or the active descendant names it.
  const focused = await app.page.evaluate(() => {
    const el = document.activeElement;
    const active = el && el.getAttribute('aria-activedescendant');
    const target = active ? document.getElementById(active) : el;
    return target ? (target.getAttribute('aria-label') || target.textContent) : null;
  });
  assert.equal(focused, 'Summary', 'focus follows the keyboard');

  await app.press('Shift+Tab');
  await app.press('End');
  await app.type(' (db-3)');
  await app.press('Tab');
  await app.press('End');
  await app.type(' Writes failed.');
  await app.settle(2);
  doc = await app.document();
  assert.equal(doc.title, 'Disk full on db-3 (db-3)', 'Shift+Tab back to Title');
  assert.equal(doc.sections?.summary, 'The primary ran out of disk. Writes failed.', 'Tab again into Summary');

  // Further down the form: Tab reaches Impact and the write-up fields too.
  await app.click('Detection');
  await app.type('Disk alert fired late.');
  await app.press('Tab');
  await app.type('Freed space, then grew the volume.');
  await app.press('Shift+Tab');
  await app.type(' Paged at 03:12.');
  await app.settle(2);
  doc = await app.document();
  assert.equal(doc.sections?.detection, 'Disk alert fired late. Paged at 03:12.');
  assert.equal(doc.sections?.response, 'Freed space, then grew the volume.');
  await app.screenshot('a11y-tab-fields');
  app.assertNoConsoleMessages();
});

test('a11y: the wheel over the timeline logs nothing to the console', async () => {
  const app = await openApp(browser, server.url);
  const logged = [];
  app.page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  await app.click('Open example');
  await app.click(CHECKOUT);
  await app.click('Timeline');
  const canvas = await app.find('Timeline canvas');
  await app.page.mouse.move(canvas.x + canvas.w / 2, canvas.y + canvas.h / 2);
  for (let i = 0; i < 4; i++) await app.page.mouse.wheel(0, i % 2 ? 120 : -120);
  await app.settle(3);
  assert.deepEqual(logged.filter((m) => /passive/i.test(m)), []);
  assert.deepEqual(logged.filter((m) => /^(error|warning)/.test(m)), []);
  app.assertNoConsoleMessages();
});
