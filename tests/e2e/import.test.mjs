// Issue 15: Markdown post-mortems dropped on the page are imported by their
// content (three styles at once, one summary report), and the paste preview
// highlights what was read as the time and says in full why a line was not read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';
import { dropFiles, messages, waitForMessage } from './library_support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name) => readFileSync(path.join(here, '..', 'fixtures', 'markdown', name), 'utf8');

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await closeApps(); await browser?.close(); await server?.stop(); });

// Selects a library row and presses Open (a double-click can be missed on a busy machine).
async function openFromLibrary(app, title) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await app.click(title);
    await app.click('Open');
    for (let i = 0; i < 10; i++) {
      const doc = await app.document();
      if (doc && doc.title === title) return doc;
      await app.settle(2);
    }
  }
  await app.page.screenshot({ path: 'build/e2e-artifacts/import-debug.png' });
  throw new Error(`${title} did not open`);
}

const PASTE = [
  '| Time (UTC) | Event |',
  '|---|---|',
  '| 2021-06-22 08:21 | VPC CNI replaced |',
  '- **08:27** \u2014 Alert fired for search latency _(Alert)_',
  'Jun 22 10:40 CEST on-call acknowledged',
  '~09:00 engineers notice packet drops',
  '02/03/2021 11:00 a date that reads both ways',
  'we restarted the nodes',
].join('\n');

test('import: three Markdown post-mortems dropped at once, then the paste preview', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
  await dropFiles(app.page, [
    { name: 'shakespeare.md', text: fixture('google_sre_shakespeare.md') },
    { name: 'search-latency.txt', text: fixture('confluence_export.md') },  // Markdown by content, not name
    { name: 'checkout.markdown', text: fixture('checklist_template.md') },
  ]);
  const heading = await waitForMessage(app, 'import report: ', /^3 files: 3 imported, 0 merged, 0 refused$/, 15000);
  assert.ok(heading);
  const lines = await messages(app, 'import report: Imported ');
  assert.equal(lines.length, 3, JSON.stringify(lines));
  assert.ok(lines.some((l) => l.startsWith('search-latency.txt \u2014 Markdown: "Incident Report: Search latency in eu-west", 6 events, 3 factors, 3 actions')), JSON.stringify(lines));
  const notes = await messages(app, 'import report note: ');
  assert.ok(notes.some((n) => /Kept section "Supporting information"/.test(n)), JSON.stringify(notes));
  assert.ok(notes.some((n) => /Time to detection: stated 8 minutes, the timeline gives 12 min/.test(n)), JSON.stringify(notes));
  await app.screenshot('import-report');
  await app.press('Escape');

  const expected = {
    'Shakespeare Sonnet++ Postmortem (incident #465)': { events: 16, factors: 0, actions: 5, whys: 0 },
    'Incident Report: Search latency in eu-west': { events: 6, factors: 3, actions: 3, whys: 0 },
    'Checkout returned 502 for EU customers': { events: 7, factors: 0, actions: 3, whys: 5 },
  };
  const titles = (await app.library()).map((d) => d.title).sort();
  assert.deepEqual(titles, Object.keys(expected).sort());
  for (const [title, counts] of Object.entries(expected)) {
    const doc = await openFromLibrary(app, title);
    assert.equal(doc.title, title);
    const n = (list) => (list || []).length;  // empty lists are left out of the file
    assert.deepEqual({ events: n(doc.events), factors: n(doc.factors), actions: n(doc.actions),
      whys: n(doc.why_nodes) }, counts, title);
    if (title.startsWith('Incident Report')) {
      assert.equal(doc.events[0].time, '2021-06-22T08:21:00Z', '10:21 CEST is 08:21 UTC');
      assert.equal(doc.actions[0].link, 'https://jira.example/browse/SRCH-101');
      await app.click('Timeline');
      await app.screenshot('imported-timeline');
    }
    await app.click('< Library');
  }

  // The paste preview: what was read as the time is highlighted; reasons are whole.
  await openFromLibrary(app, 'Incident Report: Search latency in eu-west');
  await app.click('Timeline');
  await app.click('Paste timeline...');
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), PASTE);
  await app.click('Pasted lines');
  await app.press('Control+V');
  await waitForMessage(app, 'time read: ', /^2021-06-22 08:21$/, 10000);
  const spans = await messages(app, 'time read: ');
  for (const span of ['2021-06-22 08:21', '08:27', 'Jun 22 10:40 CEST', '~09:00', '02/03/2021 11:00'])
    assert.ok(spans.includes(span), `${span} highlighted: ${JSON.stringify(spans)}`);
  const reasons = await messages(app, 'paste reason: ');
  assert.deepEqual(reasons, ['no time at the start of the line (expected e.g. 14:32, 2:32 PM, 2017-01-31 23:10, Jan 31 23:10 or a table row | 14:32 | text |)']);
  assert.ok(await app.has('Paste date order'), 'the ambiguous date offers a choice of order');
  assert.ok(await app.has('Paste zone'), 'a zone can be chosen for times without one');
  await app.screenshot('paste-preview');
  await app.click('Import 5 events');
  const doc = await app.document();
  const texts = doc.events.map((e) => e.text);
  assert.ok(texts.includes('(approx.) engineers notice packet drops'), JSON.stringify(texts));
  assert.ok(doc.events.some((e) => e.time === '2021-06-22T08:40:00Z' && e.text === 'on-call acknowledged'), 'CEST converted');
  app.assertNoErrors();
});
