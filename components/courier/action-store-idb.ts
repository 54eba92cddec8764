import { MemoryActionStore, type ActionStore, type QueuedAction } from './action-queue';

/** Shared with public/courier-sw.js, which replays the same store on Background Sync. */
export const ACTIONS_DB = 'loja-courier';
export const ACTIONS_STORE = 'actions';
export const ACTIONS_SYNC_TAG = 'loja-courier-actions';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(ACTIONS_DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(ACTIONS_STORE, { keyPath: 'seq', autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request in its own transaction; resolves once the transaction has committed. */
function run<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  make: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(ACTIONS_STORE, mode);
    const request = make(tx.objectStore(ACTIONS_STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Queued actions in IndexedDB: proof images (data URLs of a few hundred KB) are too big for
 * localStorage, and the service worker can read IndexedDB too. Without IndexedDB (some private
 * modes) the queue lives in memory until the page closes.
 */
export class IdbActionStore implements ActionStore {
  private backend: Promise<IDBDatabase | MemoryActionStore> | null = null;

  private open() {
    this.backend ??= (
      typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : openDb()
    ).catch(() => new MemoryActionStore());
    return this.backend;
  }

  async list() {
    const db = await this.open();
    if (db instanceof MemoryActionStore) return db.list();
    // getAll returns records in key (seq) order.
    return run(db, 'readonly', (store) => store.getAll() as IDBRequest<QueuedAction[]>);
  }

  async add(entry: Omit<QueuedAction, 'seq'>) {
    const db = await this.open();
    if (db instanceof MemoryActionStore) return db.add(entry);
    const seq = await run(db, 'readwrite', (store) => store.add(entry));
    return { ...entry, seq: Number(seq) };
  }

  async put(entry: QueuedAction) {
    const db = await this.open();
    if (db instanceof MemoryActionStore) return db.put(entry);
    await run(db, 'readwrite', (store) => store.put(entry));
  }

  async remove(seq: number) {
    const db = await this.open();
    if (db instanceof MemoryActionStore) return db.remove(seq);
    await run(db, 'readwrite', (store) => store.delete(seq));
  }
}
