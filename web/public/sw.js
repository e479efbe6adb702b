// The service worker: keeps the app's files (every file the build lists in asset-manifest.json) and the last answers of the
// reads a workout needs offline (today's workout, the live workout, the exercises' details), and serves them when the
// network does not answer. Writes are never cached: the app's outbox holds sets until they are sent.
// The page registers this worker under its build's name (sw.js?build=index-<hash>.js), so each build installs anew, keeps
// its own files and drops the last build's.
const build = new URL(self.location.href).searchParams.get("build") ?? "dev";
const appCache = `califlow-app-${build}`;
const apiCache = "califlow-api";
const scope = "/app/";
// Reads worth keeping for offline use, network first: a fresh answer always wins when there is one. The live workout is
// not among them: the app keeps its own record of it, which an old copy of the API's answer would only contradict.
const keptReads = [/^\/v1\/workouts\/today$/, /^\/v1\/exercises\/[^/]+$/];
// On a weak connection the page itself waits this long for the network before the kept copy is shown.
const pageTimeoutMs = 3000;

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

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith("califlow-app") && name !== appCache) await caches.delete(name);
  }
  await self.clients.claim();
})()));

async function networkFirst(request, cacheName, { timeoutMs = 0, keep = true } = {}) {
  const cache = await caches.open(cacheName);
  const fromNetwork = fetch(request).then(async (response) => {
    if (keep && response.ok) await cache.put(request, response.clone());
    return response;
  });
  fromNetwork.catch(() => undefined); // its failure is handled below; never an unhandled rejection
  try {
    if (!timeoutMs) return await fromNetwork;
    const slow = new Promise((_, reject) => setTimeout(() => reject(new Error("slow network")), timeoutMs));
    return await Promise.race([fromNetwork, slow]);
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    return fromNetwork; // nothing kept: wait for the network after all
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
    // The page itself: the newest when online, the one this build installed offline (hash routes all share it). A page
    // fetched now is not kept: it may be a newer build's, whose files this build's cache does not have.
    event.respondWith(networkFirst(new Request(scope), appCache, { timeoutMs: pageTimeoutMs, keep: false }));
  } else if (url.pathname.startsWith(`${scope}assets/`)) {
    event.respondWith(cacheFirst(request)); // named by their content's hash: never change
  } else if (keptReads.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request, apiCache));
  }
});
