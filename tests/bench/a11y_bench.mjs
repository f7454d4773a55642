// Browser figure for scripts/bench: what the accessibility mirror (platform/web/a11y_mirror)
// costs per frame, its DOM updates included, next to the 4 ms frame budget of DESIGN.md §4.
// Measured on the busiest views: the library, and the timeline and why tree of a document
// with 10,000 events and 5,000 why nodes, still and while the wheel zooms (every rect moves).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, repoRoot } from '../e2e/harness.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const report = (name, value, unit, budget) => {
  const verdict = budget === undefined ? '' : ` (budget: ${budget} ${unit}, ${value <= budget ? 'within' : 'OVER'})`;
  console.log(`${name} (browser): ${Number(value).toFixed(3)} ${unit}${verdict}`);
};

// Mirror milliseconds of `n` frames, and how many nodes the layer held.
async function mirrorTimes(page, n = 80, wheel = false) {
  return page.evaluate(({ n, wheel }) => new Promise((resolve) => {
    const samples = [];
    const canvas = document.getElementById('canvas');
    const step = () => {
      samples.push(Module._hs_a11y_last_mirror_ms());
      if (wheel) canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: samples.length % 20 < 10 ? -40 : 40, clientX: 640, clientY: 500, bubbles: true, cancelable: true }));
      if (samples.length >= n) resolve({ samples: samples.slice(5), nodes: document.querySelectorAll('#hindsight-a11y [data-key]').length });
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }), { n, wheel });
}

async function figure(page, what, wheel) {
  const { samples, nodes } = await mirrorTimes(page, 80, wheel);
  report(`a11y mirror per frame, ${what}, ${nodes} nodes (median)`, median(samples), 'ms', 4);
  report(`a11y mirror per frame, ${what} (p95)`, p95(samples), 'ms');
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.hindsight && window.hindsight.frames() >= 5);
  await figure(page, 'library', false);
  const largePath = path.join(repoRoot, 'build', 'bench', 'large.postmortem.json');
  if (existsSync(largePath)) {
    const b64 = readFileSync(largePath).toString('base64');
    for (const [tab, name] of [[1, 'timeline tab, 10,000 events'], [2, 'why tree tab, 5,000 nodes']]) {
      await page.evaluate(({ b64, tab }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const ptr = Module._malloc(data.length);
        Module.HEAPU8.set(data, ptr);
        Module._hs_bench_load_json(ptr, data.length, tab);
        Module._free(ptr);
      }, { b64, tab });
      await figure(page, name, false);
      await figure(page, `${name}, zooming`, true);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
