import { backoffMs, loadQueue, saveQueue, type QueuedPoint } from './position-queue';

export type OutboxStatus = 'sharing' | 'queued' | 'refused';
export type OutboxState = { status: OutboxStatus; queued: number; lastSentAt: number | null };

const BATCH = 100;

/**
 * The courier device's outbox: points wait in localStorage and go out in batches, at most one
 * post per `flushMs` (the first after a quiet spell at once), backing off while the network or the
 * server fails. 401/403 stop it: the courier must sign in again.
 */
export class PositionOutbox {
  private queue: QueuedPoint[] = loadQueue();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastFlush = 0;
  private sending = false;
  private stopped = false;
  private state: OutboxState;

  constructor(
    private readonly endpoint: string,
    private readonly flushMs: number,
    private readonly onChange: (state: OutboxState) => void,
  ) {
    this.state = { status: 'sharing', queued: this.queue.length, lastSentAt: null };
    if (this.queue.length > 0) this.schedule();
  }

  add(point: QueuedPoint) {
    if (this.queue.at(-1)?.recordedAt === point.recordedAt) return;
    this.queue.push(point);
    this.persist();
    this.schedule();
  }

  /** Back online: retry now instead of waiting out the backoff. */
  retryNow() {
    this.failures = 0;
    this.clearTimer();
    void this.flush();
  }

  dispose() {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(patch: Partial<OutboxState>) {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  private persist() {
    saveQueue(this.queue);
    this.update({ queued: this.queue.length });
  }

  private schedule(delay = Math.max(0, this.lastFlush + this.flushMs - Date.now())) {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async flush() {
    this.timer = null;
    if (this.sending || this.stopped || this.queue.length === 0) return;
    this.sending = true;
    this.lastFlush = Date.now();
    const batch = this.queue.slice(0, BATCH);
    let outcome: 'sent' | 'retry' | 'refused';
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ points: batch }),
      });
      // 422: points the server will never take (too old, malformed); resending cannot help.
      if (res.ok || res.status === 422) outcome = 'sent';
      else if (res.status === 401 || res.status === 403) outcome = 'refused';
      else outcome = 'retry';
    } catch {
      outcome = 'retry';
    }
    this.sending = false;
    if (outcome === 'refused') {
      this.stopped = true;
      this.update({ status: 'refused' });
      return;
    }
    if (outcome === 'retry') {
      this.failures += 1;
      this.update({ status: 'queued' });
      this.schedule(backoffMs(this.failures));
      return;
    }
    this.failures = 0;
    this.queue = this.queue.slice(batch.length);
    this.persist();
    this.update({ status: 'sharing', lastSentAt: Date.now() });
    if (this.queue.length > 0) this.schedule();
  }
}
