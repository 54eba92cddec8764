import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { ActionOutbox } from './action-outbox';
import { sendToCourierApi, type QueuedAction } from './action-queue';
import { ACTIONS_SYNC_TAG, IdbActionStore } from './action-store-idb';

/** What public/courier-sw.js posts to open pages after it replayed the queue. */
export const SYNCED_MESSAGE = 'loja-courier-actions-synced';
const RETRY_MS = 30_000;

type SyncRegistration = ServiceWorkerRegistration & {
  sync?: { register: (tag: string) => Promise<void> };
};

/** Background Sync (Chromium) replays the queue even after the page is closed. */
function requestBackgroundSync() {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => (registration as SyncRegistration).sync?.register(ACTIONS_SYNC_TAG))
    .catch(() => {
      // No Background Sync: the page retries on `online`, on load and every half minute.
    });
}

let shared: ActionOutbox | null = null;

/** One outbox per page (browser only). */
export function courierOutbox() {
  shared ??= new ActionOutbox(new IdbActionStore(), sendToCourierApi, requestBackgroundSync);
  return shared;
}

const none: readonly QueuedAction[] = [];
const subscribe = (listener: () => void) => courierOutbox().subscribe(listener);
const snapshot = () => courierOutbox().getSnapshot();

/** Queued and refused actions, for the counter and each stop's "pending sync". */
export function useQueuedActions(): readonly QueuedAction[] {
  return useSyncExternalStore(subscribe, snapshot, () => none);
}

/**
 * Drives the queue from the page: sends on load, when the browser is back online, every half
 * minute while something waits, and re-renders the route from the server after anything went out.
 */
export function useOutboxSync() {
  const router = useRouter();
  const entries = useQueuedActions();
  const waiting = entries.some((entry) => entry.state === 'queued');
  const flush = useCallback(
    () =>
      void courierOutbox()
        .flush()
        .then(
          (report) => {
            if (report.done.length > 0 || report.rejected.length > 0) router.refresh();
          },
          () => {
            // The device's storage failed: the queue stays as it was; the next trigger retries.
          },
        ),
    [router],
  );

  useEffect(() => {
    const outbox = courierOutbox();
    const synced = (event: MessageEvent) => {
      if (event.data !== SYNCED_MESSAGE) return;
      void outbox.reload();
      router.refresh();
    };
    void outbox.reload().then(flush);
    window.addEventListener('online', flush);
    navigator.serviceWorker?.addEventListener('message', synced);
    return () => {
      window.removeEventListener('online', flush);
      navigator.serviceWorker?.removeEventListener('message', synced);
    };
  }, [router, flush]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(flush, RETRY_MS);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  return { entries, flush };
}
