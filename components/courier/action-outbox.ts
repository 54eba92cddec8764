import {
  flushQueue,
  newActionId,
  type ActionStore,
  type FlushReport,
  type NewAction,
  type QueuedAction,
  type Send,
} from './action-queue';

export type SubmitResult = { state: 'done' | 'queued' | 'rejected'; entry: QueuedAction };

/**
 * The page's view of the action queue: React components subscribe to its entries (queued and
 * rejected), and flushes run one at a time so an action is never sent twice by one page.
 */
export class ActionOutbox {
  private entries: readonly QueuedAction[] = [];
  private readonly listeners = new Set<() => void>();
  private chain: Promise<unknown> = Promise.resolve();
  /** Actions whose submitter is waiting for the answer: their refusal is theirs to show. */
  private readonly answering = new Set<number>();

  constructor(
    private readonly store: ActionStore,
    private readonly send: Send,
    /** Called when an action had to wait (e.g. to ask the service worker for a Background Sync). */
    private readonly onWaiting: () => void = () => {},
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.entries;

  async reload() {
    const all = await this.store.list();
    this.entries = all.filter((e) => !(e.state === 'rejected' && this.answering.has(e.seq)));
    for (const listener of this.listeners) listener();
  }

  /** Sends what is queued; a flush asked for during another runs after it (and sees new entries). */
  flush(): Promise<FlushReport> {
    const next = this.chain
      .then(() => flushQueue(this.store, this.send))
      .finally(() => this.reload());
    this.chain = next.catch(() => undefined);
    return next.then((report) => {
      if (report.waiting > 0) this.onWaiting();
      return report;
    });
  }

  /**
   * Stores the action, then tries to send the queue: done, queued for later, or refused — a
   * refusal is returned to the caller (who shows it at once) and not kept in the queue.
   */
  async submit(action: NewAction): Promise<SubmitResult> {
    const entry = await this.store.add({
      ...action,
      id: newActionId(),
      queuedAt: Date.now(),
      state: 'queued',
    });
    this.answering.add(entry.seq);
    try {
      await this.reload();
      await this.flush();
      // Read the store rather than this flush's report: an earlier flush may have sent it.
      const now = (await this.store.list()).find((e) => e.seq === entry.seq);
      if (!now) return { state: 'done', entry };
      if (now.state === 'queued') return { state: 'queued', entry: now };
      await this.store.remove(now.seq);
      return { state: 'rejected', entry: now };
    } finally {
      this.answering.delete(entry.seq);
      await this.reload();
    }
  }

  async dismiss(seq: number) {
    await this.store.remove(seq);
    await this.reload();
  }
}
