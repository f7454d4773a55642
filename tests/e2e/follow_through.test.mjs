// Follow-through: actions hub, metrics dashboard (same numbers as `hindsight stats`),
// meeting mode and blameless hints, driven with the real mouse and keyboard.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, repoRoot, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const examplesDir = path.join(repoRoot, 'assets', 'examples');
const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.postmortem.json')).sort()
  .map((f) => path.join(examplesDir, f));
const tag = process.env.HINDSIGHT_BUILD_TAG ? '-' + process.env.HINDSIGHT_BUILD_TAG : '';
const cli = path.join(repoRoot, 'build', 'native' + tag, 'hindsight');

// `hindsight stats` on the same files, as [key, value] pairs in printed order.
function statsLines() {
  const out = execFileSync(cli, ['stats', ...exampleFiles], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const i = line.indexOf(': ');
    return [line.slice(0, i), line.slice(i + 2)];
  });
}

async function menu(app, top, item) {
  await app.click(top);
  await app.click(item);
}

// Imports the shipped examples through File > Open file… (the browser's file chooser).
async function loadExamples(app) {
  await app.click('File');
  const chooser = app.page.waitForEvent('filechooser');
  await app.click('Open file\u2026');
  await (await chooser).setFiles(exampleFiles);
  const deadline = Date.now() + 10000;
  let library = [];
  while (Date.now() < deadline) {
    library = await app.library();
    if (library.length >= exampleFiles.length) break;
    await app.settle(2);
  }
  assert.equal(library.length, exampleFiles.length, 'every example was imported');
  return library;
}

// The text input registered under `name` (the tallest item of that label, not its caption).
async function clickField(app, name) {
  await app.find(name);
  const items = (await app.items()).filter((it) => it.label === name && it.w > 0);
  const input = items.reduce((a, b) => (b.h > a.h ? b : a));
  await app.page.mouse.click(input.x + input.w / 2, input.y + input.h / 2);
  await app.settle(2);
  return input;
}

async function labels(app, pattern) {
  return (await app.items()).map((it) => it.label).filter((l) => pattern.test(l));
}

test('dashboard shows the numbers of `hindsight stats`, each with its post-mortems', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
  await loadExamples(app);
  await menu(app, 'View', 'Metrics dashboard');
  await app.find(/^figure: completion_rate /);

  const figureLabels = new Set(await labels(app, /^figure: /));
  const expected = statsLines();
  assert.ok(expected.length > 20, 'stats printed its lines');
  const missing = expected.map(([k, v]) => `figure: ${k} ${v}`).filter((l) => !figureLabels.has(l));
  assert.deepEqual(missing, [], `dashboard figures equal the CLI; shown: ${JSON.stringify([...figureLabels])}`);
  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('dashboard');

  // Click-through: the overdue figure lists the post-mortems it counts; one click opens one.
  const overdue = expected.find(([k]) => k === 'overdue_actions')[1];
  await app.click(`figure: overdue_actions ${overdue}`);
  const entry = await app.find(/^open post-mortem: /);
  const title = entry.label.replace('open post-mortem: ', '');
  await app.click(entry.label);
  assert.equal((await app.document()).title, title);
  app.assertNoErrors();
});

test('actions hub: filters, bulk status change (undoable), weekly review', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
  await loadExamples(app);
  await menu(app, 'View', 'Actions hub');
  const stats = Object.fromEntries(statsLines());
  const all = await labels(app, /^select: /);
  assert.equal(all.length, Number(stats.actions_total), 'one row per action of every post-mortem');

  await app.click('Overdue');
  const overdue = await labels(app, /^select: /);
  assert.equal(overdue.length, Number(stats.actions_overdue), 'the overdue filter agrees with stats');
  await app.click('Overdue');
  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('actions-hub');

  // Bulk: tick two open actions of the checkout post-mortem and mark them Done.
  const canary = 'select: Add a canary stage (5% of traffic, 10 minutes) to config rollouts';
  const schema = /^select: Fail config loading on unknown or missing required/;
  await app.click(canary);
  await app.click(schema);
  await app.click('Mark Done');
  await app.click(/^open: Add a canary stage/);
  let doc = await app.document();
  assert.equal(doc.title.includes('Checkout'), true, 'jumped to the checkout post-mortem');
  const byTitle = (d, start) => d.actions.find((a) => a.title.startsWith(start));
  assert.equal(byTitle(doc, 'Add a canary stage').status, 'done');
  assert.equal(byTitle(doc, 'Fail config loading').status, 'done');
  await app.press('Control+z');
  doc = await app.document();
  assert.equal(byTitle(doc, 'Add a canary stage').status, 'in_progress', 'one undo reverts the bulk change');
  assert.equal(byTitle(doc, 'Fail config loading').status, 'not_started');

  // Weekly review: every open action once, overdue ones flagged; a note is saved.
  await menu(app, 'View', 'Actions hub');
  await app.click('Weekly review');
  await app.click('Start weekly review');
  await app.find(/^review action: /);
  assert.ok(await app.has('escalate'), 'an overdue action is flagged to escalate');
  await app.screenshot('actions-weekly-review');
  const first = (await app.find(/^review action: /)).label.replace('review action: ', '');
  await app.click('Review note');
  await app.type('vendor fix lands Friday');
  await app.click('Save and next');
  const open = Number(stats.actions_open);
  for (let i = 1; i < open; ++i) await app.click('Skip');
  await app.find('Review finished');
  // The note went into the first action's post-mortem.
  await menu(app, 'View', 'Actions hub');
  await app.click('All actions');
  await app.click(`open: ${first}`);
  doc = await app.document();
  assert.match(byTitle(doc, first).notes, /review: vendor fix lands Friday$/);
  app.assertNoErrors();
});

test('meeting mode runs the agenda: timer, steps, editor follows, closing checklist', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
  await loadExamples(app);
  await menu(app, 'View', 'Actions hub');
  await app.click(/^open: Add a canary stage/);  // the SEV-2 checkout outage: a 75-minute meeting
  await menu(app, 'View', 'Meeting mode');
  await app.find('meeting step: Set the stage');
  assert.ok(await app.has('blameless reminder'), 'the first step shows the blameless reminder');
  assert.ok(await app.has('agenda: Timeline review'));
  assert.ok(await app.has('Summary'), 'the editor shows the overview at "Set the stage"');

  await app.click('Start/pause timer');
  const started = Date.now();
  await app.page.waitForFunction(() => window.hindsight.items()
    .some((it) => /^meeting timer: 04:5\d$/.test(it.label)), null, { timeout: 15000, polling: 100 });
  assert.ok(Date.now() - started < 15000);
  await app.page.mouse.move(5, 5);
  await app.settle(2);
  await app.screenshot('meeting-mode');

  const steps = ['Timeline review', 'Contributing factors (5 whys)', 'What went well', 'Action items', 'Close'];
  for (const step of steps) {
    await app.click('Next step');
    await app.find(`meeting step: ${step}`);
    if (step === 'Timeline review') {
      assert.equal(await app.has('Summary'), false, 'the editor left the overview for the timeline');
      assert.match((await app.find(/^meeting timer: /)).label, /^meeting timer: 1[45]:\d\d$/, '15 minutes for the timeline');
    }
  }
  const checks = await labels(app, /^check: /);
  assert.ok(checks.length >= 3, `closing checklist shown: ${JSON.stringify(checks)}`);
  assert.ok(checks.some((l) => /owner/i.test(l)));
  assert.ok(checks.some((l) => /due date/i.test(l)));
  await app.click('Finish meeting');
  await app.find('Meeting finished');
  await app.screenshot('meeting-mode-close');
  app.assertNoErrors();
});

test('blameless hints: inline under the summary, dismissable and undoable', async () => {
  // Tall enough that the write-up fields are in view without scrolling.
  const app = await openApp(browser, server.url, { viewport: { width: 1280, height: 1200 } });
  await app.click('New post-mortem');
  const summary = await clickField(app, 'Summary');
  await app.type('Bob should have tested this');
  const hint = await app.find(/^hint: Bob should have/);
  assert.ok(hint.y >= summary.y, 'the hint sits under the field');

  await app.press('Control+a');
  await app.press('Backspace');
  await app.type('the test should have caught this');
  assert.deepEqual(await labels(app, /^hint: /), [], 'no hint on a system as the subject');

  await app.press('Control+a');
  await app.press('Backspace');
  await app.type('Bob should have tested this');
  await app.find(/^hint: Bob should have/);
  await app.screenshot('blameless-hint');
  // Leave the field first (a click on the hint's text), then press Dismiss where it now is.
  await app.click(/^hint: Bob should have/, { dx: -200 });
  await app.click(/^Dismiss hint: Bob should have/);
  assert.deepEqual(await labels(app, /^hint: /), [], 'dismissed');
  assert.deepEqual((await app.document()).dismissed_hints, ['person-should-have:bob should have']);
  await app.press('Control+z');
  await app.find(/^hint: Bob should have/);
  assert.deepEqual((await app.document()).dismissed_hints ?? [], []);
  app.assertNoErrors();
});
