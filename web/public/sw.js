// The service worker: keeps the app's files (every file the build lists in asset-manifest.json) and the last answers of the
// reads a workout needs offline (today's workout, the live workout, the exercises' details), and serves them when the
// network does not answer. Writes are never cached: the app's outbox holds sets until they are sent.
const appCache = "califlow-app";
const apiCache = "califlow-api";
const scope = "/app/";
// Reads worth keeping for offline use. Network first: a fresh answer always wins when there is one.
const keptReads = [/^\/v1\/workouts\/today$/, /^\/v1\/live\/current$/, /^\/v1\/live\/[0-9a-f-]+$/, /^\/v1\/sessions\/[0-9a-f-]+$/, /^\/v1\/exercises\/[^/]+$/];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(appCache);
    const manifest = await (await fetch(`${scope}asset-manifest.json`, { cache: "no-store" })).json();
    const files = new Set([scope, `${scope}manifest.webmanifest`, `${scope}icon.svg`]);
    for (const entry of Object.values(manifest)) {
      files.add(scope + entry.file);
      for (const css of entry.css ?? []) files.add(scope + css);
    }
    await cache.addAll([...files]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

async function cacheFirst(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(appCache)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.startsWith(scope)) {
    // The page itself: the newest when online, the kept one offline (hash routes all share it).
    event.respondWith(networkFirst(new Request(scope), appCache));
  } else if (url.pathname.startsWith(`${scope}assets/`)) {
    event.respondWith(cacheFirst(request)); // named by their content's hash: never change
  } else if (keptReads.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request, apiCache));
  }
});
