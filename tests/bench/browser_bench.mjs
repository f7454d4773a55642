// Browser figures for scripts/bench: download size, first frame, opening a
// 15,000-element file in wasm, frame CPU time with it in view, autosave cost,
// wasm heap. Prints figures next to the budgets of DESIGN.md §4; never fails on them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { startServer, launchBrowser, webDir, repoRoot } from '../e2e/harness.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const fmt = (x, d = 1) => Number(x).toFixed(d);
// One figure per line, as the native bench prints them: "name (browser): value unit (budget: …)".
const report = (name, value, unit, budget) => {
  const verdict = budget === undefined ? '' : ` (budget: ${budget} ${unit}, ${value <= budget ? 'within' : 'OVER'})`;
  console.log(`${name} (browser): ${fmt(value)} ${unit}${verdict}`);
};

function downloadSize() {
  let raw = 0, gz = 0;
  for (const name of readdirSync(webDir)) {
    const file = path.join(webDir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz };
}

async function firstFrameMs(browser, url) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const poll = () => {
        if (window.hindsight && window.hindsight.frames() >= 1) { window.__firstFrameAt = performance.now(); return; }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstFrameAt !== undefined, null, { timeout: 30000 });
    samples.push(await page.evaluate(() => window.__firstFrameAt));
    await page.close();
  }
  return median(samples);
}

async function loadLarge(page, bytes, tab) {
  return page.evaluate(async ({ b64, tab }) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const ptr = Module._malloc(data.length);
    Module.HEAPU8.set(data, ptr);
    const ms = Module._hs_bench_load_json(ptr, data.length, tab);
    Module._free(ptr);
    return ms;
  }, { b64: bytes.toString('base64'), tab });
}

async function frameTimes(page, frames = 90) {
  return page.evaluate((n) => new Promise((resolve) => {
    const samples = [];
    const step = () => {
      samples.push(Module._hs_bench_last_frame_cpu_ms());
      if (samples.length >= n) resolve(samples.slice(10)); else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }), frames);
}

async function idbPutMs(page, size) {
  return page.evaluate(async (n) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('hindsight-bench', 1); r.onupgradeneeded = () => r.result.createObjectStore('r'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const samples = [];
    for (let i = 0; i < 5; i++) {
      const buf = new Uint8Array(n).buffer;
      const t0 = performance.now();
      await new Promise((res, rej) => { const tx = db.transaction('r', 'readwrite'); tx.objectStore('r').put(buf, 'k'); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[2];
  }, size);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const { raw, gz } = downloadSize();
  report('download, all files (raw)', raw / 1024, 'KB');
  report('download, all files (gzip -9)', gz / 1024, 'KB', 450);
  report('page open -> first drawn frame (median of 5)', await firstFrameMs(browser, server.url), 'ms', 300);

  const largePath = path.join(repoRoot, 'build', 'bench', 'large.postmortem.json');
  const large = readFileSync(largePath);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.hindsight && window.hindsight.frames() >= 2);
  const loads = [];
  for (let i = 0; i < 3; i++) loads.push(await loadLarge(page, large, 0));
  report(`open ${fmt(large.length / 1e6, 2)} MB file in wasm (parse+validate+model)`, median(loads), 'ms', 150);
  report('wasm heap with 3 such documents open', (await page.evaluate(() => Module._hs_bench_heap_bytes())) / 1048576, 'MB', 64);

  await loadLarge(page, large, 2);
  await page.keyboard.press('f').catch(() => {});
  const tree = await frameTimes(page);
  report('frame CPU, why tree tab, 5,000 nodes (median)', median(tree), 'ms', 4);
  report('frame CPU, why tree tab, 5,000 nodes (p95)', p95(tree), 'ms');
  await loadLarge(page, large, 1);
  const timeline = await frameTimes(page);
  report('frame CPU, timeline tab, 10,000 events (median)', median(timeline), 'ms', 4);
  report('frame CPU, timeline tab, 10,000 events (p95)', p95(timeline), 'ms');

  const encode = [];
  for (let i = 0; i < 5; i++) encode.push(await page.evaluate(() => Module._hs_bench_snapshot_ms()));
  report('snapshot of the whole document (what autosave avoids)', median(encode), 'ms');
  const autosave = [];
  for (let i = 0; i < 5; i++) autosave.push(await page.evaluate(() => Module._hs_bench_autosave_ms()));
  const autosaveMs = median(autosave);
  const autosaveBytes = await page.evaluate(() => Module._hs_bench_autosave_bytes());
  const putMs = await idbPutMs(page, autosaveBytes);
  report('autosave after one edit: find + encode changed pieces (blocks the frame)', autosaveMs, 'ms', 2);
  report(`autosave after one edit: that + IndexedDB put of ${fmt(autosaveBytes / 1024, 0)} KB`, autosaveMs + putMs, 'ms', 30);
} finally {
  await browser.close();
  await server.stop();
}
