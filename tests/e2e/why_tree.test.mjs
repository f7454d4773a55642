// The 5-whys tree by real mouse and keyboard: the database-disk-full chain from
// the examples (problem statement + 5 whys, a second branch, root causes, an
// action from a root cause), a refused cyclic drop, a re-parent by dragging and
// its undo; the document is checked after each step.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, closeApps } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const CHAIN = [
  'The primary database rejected writes',
  'The data disk was full',
  'WAL archive was not rotated, so WAL segments piled up on the primary',
  'The archive job had been failing silently for 9 days',
  'There was no alert on archive job failure',
  'Monitoring only checked host liveness, not the jobs running on the host',
];
const BRANCH = [
  'Disk usage alerts were routed to a retired mailing list',
  'Alert routing is not reviewed when teams change',
];

const byText = (doc, text) => doc.why_nodes.find((n) => n.text === text);

async function drag(app, fromLabel, toLabel) {
  const from = app.center(await app.find(fromLabel));
  const to = app.center(await app.find(toLabel));
  const { mouse } = app.page;
  await mouse.move(from.x, from.y);
  await app.settle(1);
  await mouse.down();
  await app.settle(1);
  for (let k = 1; k <= 12; k++) {
    await mouse.move(from.x + ((to.x - from.x) * k) / 12, from.y + ((to.y - from.y) * k) / 12);
    await app.settle(1);
  }
  await app.settle(2);
  await mouse.up();
  await app.settle(3);
}

test('5 whys: build the disk-full chain, branch, root causes, action, drag to re-parent, undo', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1440, height: 900 } });
  await app.click('New post-mortem');
  await app.click('5 Whys');

  // Problem statement from the empty state.
  await app.click('Add problem statement');
  await app.type(CHAIN[0]);
  await app.press('Enter');
  let doc = await app.document();
  assert.equal(doc.why_nodes.length, 1);
  assert.equal(doc.why_nodes[0].text, CHAIN[0]);
  assert.equal(doc.why_nodes[0].parent_id, undefined, 'the problem statement is the root');

  // Five whys, each typed into a child added with Tab.
  for (let k = 1; k < CHAIN.length; k++) {
    await app.press('Tab');
    await app.type(CHAIN[k]);
    await app.press('Enter');
    doc = await app.document();
    assert.equal(doc.why_nodes.length, k + 1, `why ${k} added`);
    const node = byText(doc, CHAIN[k]);
    assert.ok(node, `why ${k} has its text`);
    assert.equal(node.parent_id, byText(doc, CHAIN[k - 1]).id, `why ${k} hangs under why ${k - 1}`);
  }
  // Adding and naming a why is one undo step.
  await app.press('Control+z');
  doc = await app.document();
  assert.equal(doc.why_nodes.length, CHAIN.length - 1, 'one undo removes the last why');
  await app.press('Control+Shift+z');
  doc = await app.document();
  assert.equal(doc.why_nodes.length, CHAIN.length, 'redo brings it back with its text');
  assert.ok(byText(doc, CHAIN[5]));

  // The last why is selected: mark it as root cause with the toolbar.
  await app.click('why: ' + CHAIN[5]);
  await app.click('Mark root cause');
  doc = await app.document();
  assert.equal(byText(doc, CHAIN[5]).root_cause, true);

  // Action item from the root cause, linked both ways.
  await app.click('Create action');
  doc = await app.document();
  assert.equal(doc.actions.length, 1);
  assert.deepEqual(doc.actions[0].why_node_ids, [byText(doc, CHAIN[5]).id]);
  assert.match(doc.actions[0].title, /Monitoring only checked host liveness/);

  // A second branch: Enter on "WAL archive ..." adds a sibling beside it.
  await app.click('Fit');
  await app.click('why: ' + CHAIN[2]);
  await app.press('Enter');
  await app.type(BRANCH[0]);
  await app.press('Enter');
  await app.press('Tab');
  await app.type(BRANCH[1]);
  await app.press('Enter');
  await app.press('r');  // keyboard: root cause
  doc = await app.document();
  const disk = byText(doc, CHAIN[1]);
  const b0 = byText(doc, BRANCH[0]);
  const b1 = byText(doc, BRANCH[1]);
  assert.equal(b0.parent_id, disk.id, 'the branch hangs under "disk full"');
  assert.equal(b0.order, byText(doc, CHAIN[2]).order + 1, 'right after its sibling');
  assert.equal(b1.parent_id, b0.id);
  assert.equal(b1.root_cause, true);
  assert.equal(doc.why_nodes.length, 8);

  // Arrow keys: up to the branch, category by key 2 (Process).
  await app.press('ArrowUp');
  await app.press('2');
  doc = await app.document();
  assert.equal(byText(doc, BRANCH[0]).category, 'process');

  await app.click('Fit');
  await app.page.mouse.move(700, 895);  // no tooltip in the picture
  await app.settle(3);
  await app.screenshot('why-tree');

  // A drop that would make a loop is refused: "disk full" onto its own grandchild.
  const before = await app.documentText();
  await drag(app, 'why: ' + CHAIN[1], 'why: ' + CHAIN[3]);
  assert.equal(await app.documentText(), before, 'a cyclic drop changes nothing');

  // Re-parent by dragging: the routing root cause moves under "no alert on archive job failure".
  await drag(app, 'why: ' + BRANCH[1], 'why: ' + CHAIN[4]);
  doc = await app.document();
  assert.equal(byText(doc, BRANCH[1]).parent_id, byText(doc, CHAIN[4]).id, 'moved by drag');

  await app.press('Control+z');
  doc = await app.document();
  assert.equal(byText(doc, BRANCH[1]).parent_id, byText(doc, BRANCH[0]).id, 'undo puts it back');

  // Low zoom: short labels, level visible.
  await app.click('Zoom out');
  await app.click('Zoom out');
  await app.page.mouse.move(700, 895);
  await app.settle(3);
  await app.screenshot('why-tree-low-zoom');
  app.assertNoErrors();
});
