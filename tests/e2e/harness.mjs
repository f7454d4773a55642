// Shared helpers for Hindsight's browser tests: Debian's Chromium driven by
// playwright-core, widgets found through window.hindsight.items(), real mouse
// and keyboard input at their rectangles.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');
const buildTag = process.env.HINDSIGHT_BUILD_TAG ? '-' + process.env.HINDSIGHT_BUILD_TAG : '';
export const webDir = path.join(repoRoot, 'build', 'web' + buildTag);

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// Serves build/web on a free port unless HINDSIGHT_URL points at a running server.
export async function startServer() {
  if (process.env.HINDSIGHT_URL) return { url: process.env.HINDSIGHT_URL, stop: async () => {} };
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn('python3', [path.join(repoRoot, 'scripts', 'serve.py'), webDir, String(port), '-q'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { if (String(d).includes('running at')) resolve(); });
    proc.on('exit', (code) => reject(new Error('server exited with ' + code)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: async () => { proc.kill(); } };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// Contexts opened by tests; a page left open keeps drawing 60 frames a second in
// software GL and slows every later test, so each file closes them after each test.
const openContexts = new Set();

export async function closeApps() {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => c.close().catch(() => {})));
}

// A page with the app loaded and its first frame drawn.
export async function openApp(browser, url, { context, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, init } = {}) {
  const ctx = context || await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true });
  openContexts.add(ctx);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    // Software GL (SwiftShader) reports its own stalls as warnings: the test machine's, not the page's.
    if (m.type() === 'warning' && !/^\[\.WebGL-[^\]]*\]GL Driver Message/.test(m.text())) warnings.push(m.text());
  });
  const app = new App(page, ctx, errors, warnings);
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await waitForFrames(page, 3);
  return app;
}

// Waits for `count` more frames, then until every input event the page received
// has been handled by the UI (ImGui handles a key's press and release on
// separate frames, so fast typing takes several frames to arrive), plus one frame.
export async function waitForFrames(page, count = 2, timeout = 20000) {
  const start = await page.evaluate(() => (window.hindsight ? window.hindsight.frames() : 0));
  await page.waitForFunction((target) => window.hindsight && window.hindsight.frames() >= target,
    start + count, { timeout, polling: 16 });
  await page.waitForFunction(() => !window.hindsight.pendingInput || window.hindsight.pendingInput() === 0,
    null, { timeout, polling: 16 });
  const drained = await page.evaluate(() => window.hindsight.frames());
  await page.waitForFunction((target) => window.hindsight.frames() >= target, drained + 1, { timeout, polling: 16 });
}

export class App {
  constructor(page, context, errors, warnings = []) {
    this.page = page;
    this.context = context;
    this.errors = errors;      // console errors and uncaught exceptions
    this.warnings = warnings;  // console warnings (assertNoConsoleMessages)
  }

  async settle(frames = 3) { await waitForFrames(this.page, frames); }

  async items() { return this.page.evaluate(() => window.hindsight.items()); }

  // The first widget whose label matches (string: exact; RegExp: test), visible on screen.
  async find(label, { timeout = 5000, index = 0 } = {}) {
    const deadline = Date.now() + timeout;
    let items = [];
    while (Date.now() < deadline) {
      items = await this.items();
      const matches = items.filter((it) => (label instanceof RegExp ? label.test(it.label) : it.label === label) && it.w > 0 && it.h > 0);
      if (matches.length > index) return matches[index];
      await this.settle(1);
    }
    const labels = [...new Set(items.map((it) => it.label).filter(Boolean))].slice(0, 80);
    throw new Error(`widget "${label}" not found; visible labels: ${JSON.stringify(labels)}`);
  }

  async has(label) {
    const items = await this.items();
    return items.some((it) => (label instanceof RegExp ? label.test(it.label) : it.label === label));
  }

  center(item) { return { x: item.x + item.w / 2, y: item.y + item.h / 2 }; }

  async click(label, options = {}) {
    const item = await this.find(label, options);
    const { x, y } = this.center(item);
    await this.page.mouse.move(x, y);
    await this.settle(1);
    if (options.hold) {
      // Press and release in different frames, as a person does (a list row's
      // Selectable that lets other widgets overlap it needs the press seen first).
      await this.page.mouse.move(x + (options.dx || 0), y + (options.dy || 0));
      await this.settle(1);
      await this.page.mouse.down();
      await this.settle(2);
      await this.page.mouse.up();
    } else {
      await this.page.mouse.click(x + (options.dx || 0), y + (options.dy || 0), { clickCount: options.clickCount || 1 });
    }
    await this.settle(2);
    return item;
  }

  async doubleClick(label, options = {}) { return this.click(label, { ...options, clickCount: 2 }); }

  async type(text) {
    await this.page.keyboard.type(text, { delay: 10 });
    await this.settle(2);
  }

  async press(keys) {
    await this.page.keyboard.press(keys);
    await this.settle(2);
  }

  // Clicks a text field and replaces its content with `text`.
  async fill(label, text, options = {}) {
    await this.click(label, options);
    await this.press('Control+A');
    await this.press('Backspace');
    await this.type(text);
    await this.press('Tab');
  }

  async document() {
    const text = await this.page.evaluate(() => window.hindsight.document());
    return text ? JSON.parse(text) : null;
  }

  async documentText() { return this.page.evaluate(() => window.hindsight.document()); }

  async library() { return this.page.evaluate(() => window.hindsight.library()); }

  // Saves build/e2e-artifacts/<name>.png and checks the page is not blank.
  async screenshot(name) {
    mkdirSync(artifactsDir, { recursive: true });
    const buffer = await this.page.screenshot();
    writeFileSync(path.join(artifactsDir, `${name}.png`), buffer);
    const stats = await this.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      const colors = new Set();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        colors.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i] + data[i + 1] + data[i + 2] < 200) dark++;
      }
      return { colors: colors.size, dark };
    }, buffer.toString('base64'));
    assert.ok(stats.colors > 20, `screenshot ${name} looks blank (${stats.colors} colours)`);
    assert.ok(stats.dark > 50, `screenshot ${name} shows no text (${stats.dark} dark samples)`);
    return stats;
  }

  assertNoErrors() {
    assert.deepEqual(this.errors, [], 'the page logged errors');
  }

  assertNoConsoleMessages() {
    assert.deepEqual([...this.errors, ...this.warnings], [], 'the page logged errors or warnings');
  }
}

export function writeArtifact(name, content) {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, name), content);
}
