// Hindsight's service worker: after the first visit the app opens with no network.
// Each build has its own VERSION (stamped by cmake/StampServiceWorker.cmake), so a new
// build installs in the background and waits: it serves the next load, never a page
// someone is editing in; the page says when one is ready (index.html).
const VERSION = '@HINDSIGHT_BUILD_VERSION@';
const CACHE = 'hindsight-' + VERSION;
const APP_FILES = ['./', 'index.html', 'hindsight.js', 'hindsight.wasm', 'bridge.js', 'manifest.webmanifest',
  'icons/icon-192.png', 'icons/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(APP_FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('hindsight-') && n !== CACHE).map((n) => caches.delete(n)));
    // The first install takes the open page at once (nothing older serves it).
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const page = await cache.match('index.html');
      if (page) return page;
    }
    return fetch(request);
  })());
});
