// Courier app service worker, scope /courier (served from the root so that the scope may include
// /courier itself): keeps the app shell so the route page opens on a weak connection. Pages are
// network-first (the route changes), static build assets cache-first (content-hashed names). API
// calls are never cached; the only ones replayed are the courier's queued stop actions (below).
const CACHE = 'loja-courier-v1';
const SHELL = ['/courier', '/courier/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request).then((hit) => hit || caches.match('/courier'))),
    );
    return;
  }
  if (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/courier/')) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            const copy = response.clone();
            if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
            return response;
          }),
      ),
    );
  }
});

// Background Sync: the courier's stop actions (arrived, delivered, failed) queued on the device
// while offline go out even when no page is open. The page's queue
// (components/courier/action-queue.ts, action-store-idb.ts) is the reference: same IndexedDB
// store, oldest first, the same answers kept ("wait") or refused; keep the two in step. Sending an
// action twice (page and worker at once) is harmless: each carries its id as Idempotency-Key.
const ACTIONS_DB = 'loja-courier';
const ACTIONS_STORE = 'actions';
const ACTIONS_SYNC_TAG = 'loja-courier-actions';
const SYNCED_MESSAGE = 'loja-courier-actions-synced';
const WAIT_STATUSES = [401, 408, 429, 502, 503, 504];

function openActions() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(ACTIONS_DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(ACTIONS_STORE, { keyPath: 'seq', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function inActions(db, mode, make) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(ACTIONS_STORE, mode);
    const request = make(tx.objectStore(ACTIONS_STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function replayActions() {
  const db = await openActions();
  let changed = false;
  try {
    const queued = (await inActions(db, 'readonly', (s) => s.getAll())).filter(
      (action) => action.state === 'queued',
    );
    for (const action of queued) {
      // A network error rejects here: the browser retries the sync later.
      const response = await fetch(`/api/courier/stops/${action.stopId}/${action.step}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'idempotency-key': action.id },
        body: action.body ? JSON.stringify(action.body) : undefined,
      });
      if (WAIT_STATUSES.includes(response.status)) throw new Error(`HTTP ${response.status}`);
      changed = true;
      if (response.ok) {
        await inActions(db, 'readwrite', (s) => s.delete(action.seq));
        continue;
      }
      const payload = await response.json().catch(() => null);
      const { body: _proof, ...kept } = action;
      const error = {
        status: response.status,
        message: (payload && payload.error && payload.error.message) || `HTTP ${response.status}`,
        wrongCode: Boolean(
          payload && payload.error && payload.error.fields && payload.error.fields.code,
        ),
      };
      await inActions(db, 'readwrite', (s) => s.put({ ...kept, state: 'rejected', error }));
    }
  } finally {
    db.close();
    if (changed) {
      const pages = await self.clients.matchAll({ type: 'window' });
      for (const page of pages) page.postMessage(SYNCED_MESSAGE);
    }
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag === ACTIONS_SYNC_TAG) event.waitUntil(replayActions());
});
