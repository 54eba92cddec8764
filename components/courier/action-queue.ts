/**
 * The courier device's queue of stop actions (arrived, delivered with proof, failed). Every action
 * is stored before it is sent and leaves the store only once the server has answered, so a dead
 * zone, a closed tab or a reload loses nothing. Each carries an id the device made (sent as
 * Idempotency-Key), so sending it twice applies it once. The store is an interface: IndexedDB in
 * the browser (action-store-idb.ts), memory in tests and where IndexedDB is unavailable.
 * public/courier-sw.js replays the same store on Background Sync with the same rules.
 */

export type CourierStep = 'arrive' | 'deliver' | 'fail';

/** Why the server refused an action; shown on the stop until the courier dismisses it. */
export type SyncError = { status: number; message: string; wrongCode: boolean };

export type QueuedAction = {
  /** Store order: actions go out in the order the courier made them. */
  seq: number;
  /** The device's id for the action, sent as Idempotency-Key. */
  id: string;
  stopId: string;
  /** How the courier knows the stop ("Parada 2 · LJ-1234"), should it leave their route. */
  label?: string;
  step: CourierStep;
  body?: Record<string, unknown>;
  queuedAt: number;
  state: 'queued' | 'rejected';
  error?: SyncError;
};

export type NewAction = Pick<QueuedAction, 'stopId' | 'label' | 'step' | 'body'>;

export interface ActionStore {
  /** Every entry, in `seq` order. */
  list(): Promise<QueuedAction[]>;
  add(entry: Omit<QueuedAction, 'seq'>): Promise<QueuedAction>;
  put(entry: QueuedAction): Promise<void>;
  remove(seq: number): Promise<void>;
}

export class MemoryActionStore implements ActionStore {
  private entries = new Map<number, QueuedAction>();
  private next = 1;

  async list() {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  async add(entry: Omit<QueuedAction, 'seq'>) {
    const saved = { ...entry, seq: this.next++ };
    this.entries.set(saved.seq, saved);
    return saved;
  }

  async put(entry: QueuedAction) {
    this.entries.set(entry.seq, entry);
  }

  async remove(seq: number) {
    this.entries.delete(seq);
  }
}

/**
 * What an answer means for a queued action: applied (2xx), refused for good (4xx: wrong code,
 * stop no longer this courier's, already closed; and 500, which a resend would only repeat), or
 * "not now" — signed out (401: after signing in again the queue goes out), or the server is
 * unreachable behind a proxy or busy.
 */
export function verdict(status: number): 'done' | 'wait' | 'rejected' {
  if (status >= 200 && status < 300) return 'done';
  if ([401, 408, 429, 502, 503, 504].includes(status)) return 'wait';
  return 'rejected';
}

/** Rejects (TypeError, as fetch does) when the request cannot reach the server. */
export type Send = (action: QueuedAction) => Promise<Response>;

export const sendToCourierApi: Send = (action) =>
  fetch(`/api/courier/stops/${action.stopId}/${action.step}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'idempotency-key': action.id },
    body: action.body ? JSON.stringify(action.body) : undefined,
  });

async function syncError(response: Response): Promise<SyncError> {
  const payload = (await response.json().catch(() => null)) as {
    error?: { message?: string; fields?: Record<string, string[]> };
  } | null;
  return {
    status: response.status,
    message: payload?.error?.message ?? `HTTP ${response.status}`,
    wrongCode: Boolean(payload?.error?.fields?.code),
  };
}

export type FlushReport = { done: QueuedAction[]; rejected: QueuedAction[]; waiting: number };

/**
 * Sends queued actions oldest first. Stops at the first one that cannot go out now (network
 * error, 401, 5xx from a proxy), keeping it and everything after it; a refused one is kept as
 * `rejected` without its body (the proof images) so the stop can say why, and the next goes on.
 */
export async function flushQueue(store: ActionStore, send: Send): Promise<FlushReport> {
  const report: FlushReport = { done: [], rejected: [], waiting: 0 };
  const queued = (await store.list()).filter((entry) => entry.state === 'queued');
  for (const [index, action] of queued.entries()) {
    let response: Response;
    try {
      response = await send(action);
    } catch {
      report.waiting = queued.length - index;
      break;
    }
    const outcome = verdict(response.status);
    if (outcome === 'wait') {
      report.waiting = queued.length - index;
      break;
    }
    if (outcome === 'done') {
      await store.remove(action.seq);
      report.done.push(action);
      continue;
    }
    const { body: _proof, ...kept } = action;
    const rejected: QueuedAction = { ...kept, state: 'rejected', error: await syncError(response) };
    await store.put(rejected);
    report.rejected.push(rejected);
  }
  return report;
}

/** A v4 UUID; crypto.randomUUID only exists in secure contexts (not plain-http LAN testing). */
export function newActionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
