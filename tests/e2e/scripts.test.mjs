// Every script drawn: a post-mortem whose names and texts are in Latin Extended,
// Vietnamese, Cyrillic, Greek, CJK, Hangul, Thai, Devanagari, Arabic, Hebrew and
// emoji, opened through the file picker. Missing glyphs all look alike (`?` or
// boxes), so crops of different strings must differ; the screenshots are kept
// in build/e2e-artifacts/ for a person to look at.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, closeApps, artifactsDir, writeArtifact } from './harness.mjs';
import { exampleText } from './library_support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
afterEach(closeApps);
after(async () => { await browser?.close(); await server?.stop(); });

const TITLE = 'Łukasz Dvořák, 山田太郎 🔥✅: checkout review';
const AUTHORS = ['Łukasz Dvořák', 'Nguyễn Văn Đức', 'Дмитрий', 'Ελένη', '山田太郎', '김민준', 'สมชาย'];
const OWNERS = ['Nguyễn Văn Đức', 'Дмитрий', 'Ελένη', '김민준', 'สมชาย'];
const EVENTS = ['Łukasz Dvořák paged Дмитрий 🔥', 'Ελένη: देवनागरी', 'مرحبا from the Cairo team', 'שלום, rollback ✅', '山田太郎 confirmed recovery'];
// Why nodes under one problem statement: same depth, same header, only the text differs.
const ROOT_WHY = 'Problem: Łukasz Dvořák and 山田太郎 saw 🔥✅';
const CJK_A = '山田太郎';
const CJK_B = '東京都庁';
const LATIN_EXT = 'Łukasz';
const LATIN_MISSING = '?ukasz';
const OTHER_WHYS = ['김민준 สมชาย', 'देवनागरी مرحبا שלום'];

function scriptsFile() {
  const doc = JSON.parse(exampleText('wal-archive-near-miss'));
  doc.id = 'pm-5c21b75c21b75c21';
  doc.title = TITLE;
  doc.authors = AUTHORS;
  doc.events.forEach((ev, i) => { ev.text = EVENTS[i % EVENTS.length]; delete ev.why_node_id; });
  const rootId = 'wn-5c21b75c21b75c00';
  const kept = doc.actions[0].why_node_ids[0];  // factors and the action point at it: a node not cropped
  const children = [CJK_A, CJK_B, LATIN_EXT, LATIN_MISSING, ...OTHER_WHYS];
  doc.why_nodes = [{ id: rootId, order: 0, text: ROOT_WHY, updated: doc.updated }].concat(children.map((text, i) => ({
    id: i === 4 ? kept : `wn-5c21b75c21b75c${String(i + 1).padStart(2, '0')}`,
    parent_id: rootId, order: i, text, updated: doc.updated,
  })));
  doc.factors.forEach((f) => { f.why_node_ids = [kept]; });
  const action = doc.actions[0];
  doc.actions = OWNERS.map((owner, i) => ({
    ...action, id: `ac-5c21b75c21b75c${String(i).padStart(2, '0')}`, owner, title: `${owner}: follow up ${i + 1}`,
  }));
  return JSON.stringify(doc, null, 2) + '\n';
}

function saveCrop(name, buffer) {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, `${name}.png`), buffer);
}

// The text area of a one-line why node at any zoom: below its "WHY 1" header
// (the upper half), inside its padding.
async function whyTextCrop(app, text, name) {
  const item = await app.find(`why: ${text}`);
  const clip = { x: Math.round(item.x + item.w * 0.04), y: Math.round(item.y + item.h * 0.5),
    width: Math.round(item.w * 0.92), height: Math.round(item.h * 0.38) };
  const buffer = await app.page.screenshot({ clip });
  saveCrop(name, buffer);
  return buffer;
}

// Pixels that differ clearly between two same-sized crops, and dark pixels in each.
async function compareCrops(page, a, b) {
  return page.evaluate(async ([a64, b64]) => {
    const pixels = async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, c.width, c.height);
    };
    const [pa, pb] = [await pixels(a64), await pixels(b64)];
    const ink = (d) => { let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 384) n++; return n; };
    let differing = 0;
    const w = Math.min(pa.width, pb.width), h = Math.min(pa.height, pb.height);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * pa.width + x) * 4, j = (y * pb.width + x) * 4;
        const d = Math.abs(pa.data[i] - pb.data[j]) + Math.abs(pa.data[i + 1] - pb.data[j + 1]) + Math.abs(pa.data[i + 2] - pb.data[j + 2]);
        if (d > 96) differing++;
      }
    }
    return { differing, inkA: ink(pa.data), inkB: ink(pb.data) };
  }, [a.toString('base64'), b.toString('base64')]);
}

test('scripts: names and texts in every script and emoji keep their bytes and are drawn with real glyphs', async () => {
  const app = await openApp(browser, server.url, { viewport: { width: 1440, height: 900 } });
  const file = scriptsFile();
  writeArtifact('scripts.postmortem.json', file);  // the desktop screenshot opens it too (tests/desktop/scripts_screenshot.sh)
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click('Open file…')]);
  await chooser.setFiles([{ name: 'scripts.postmortem.json', mimeType: 'application/json', buffer: Buffer.from(file) }]);
  await app.settle(4);
  await app.screenshot('scripts-overview');
  const doc = await app.document();
  assert.equal(doc?.title, TITLE);
  assert.deepEqual(doc.authors, AUTHORS);
  assert.deepEqual(doc.actions.map((a) => a.owner), OWNERS);
  assert.deepEqual(doc.events.map((e) => e.text), EVENTS);
  assert.deepEqual(doc.why_nodes.map((n) => n.text), [ROOT_WHY, CJK_A, CJK_B, LATIN_EXT, LATIN_MISSING, ...OTHER_WHYS]);

  await app.click('5 Whys');
  await app.settle(4);
  await app.screenshot('scripts-why-tree');
  const cjkA = await whyTextCrop(app, CJK_A, 'scripts-crop-cjk-yamada');
  const cjkB = await whyTextCrop(app, CJK_B, 'scripts-crop-cjk-tokyo');
  const cjk = await compareCrops(app.page, cjkA, cjkB);
  assert.ok(cjk.inkA > 10 && cjk.inkB > 10, `the CJK crops show text (${cjk.inkA} and ${cjk.inkB} inked pixels)`);
  assert.ok(cjk.differing > 40, `"${CJK_A}" and "${CJK_B}" are drawn differently (${cjk.differing} pixels differ)`);

  const latin = await compareCrops(app.page, await whyTextCrop(app, LATIN_EXT, 'scripts-crop-lukasz'),
    await whyTextCrop(app, LATIN_MISSING, 'scripts-crop-question-ukasz'));
  assert.ok(latin.inkA > 10, `"${LATIN_EXT}" shows text (${latin.inkA} inked pixels)`);
  assert.ok(latin.differing > 10, `"${LATIN_EXT}" is not drawn as "${LATIN_MISSING}" (${latin.differing} pixels differ)`);

  await app.click('Timeline');
  await app.settle(4);
  await app.screenshot('scripts-timeline');
  await app.click('Actions');
  await app.settle(4);
  await app.screenshot('scripts-actions');

  // Library search folds case beyond ASCII with the browser's Unicode tables
  // (src/platform/web/unicode_fold_browser.cpp); accents stay significant.
  await app.click('< Library');
  const found = async (query) => {
    await app.click('Search');
    await app.press('Control+a');
    await app.type(query);
    await app.settle(2);
    const titles = new Set((await app.library()).map((d) => d.title));
    return (await app.items()).filter((it) => titles.has(it.label) && it.w > 300).map((it) => it.label);
  };
  for (const query of ['łukasz', 'DVOŘÁK', 'dvor\u030Cák', 'дмитрий', 'ΕΛΈΝΗ', '山田']) {
    assert.deepEqual(await found(query), [TITLE], `"${query}" finds the post-mortem`);
  }
  assert.deepEqual(await found('dvorak'), [], 'accents stay significant');
  await app.screenshot('scripts-search-folded');
  app.assertNoErrors();
});
