import pg from 'pg';
import type { Logger } from '@/lib/log';
import { packNotifyPayloads, parseNotifyPayload, PG_CHANNEL } from './pg-notify';
import type { RealtimeListener, RealtimeMessage, RealtimePublisher } from './types';

type Query = (text: string, values: unknown[]) => Promise<unknown>;
type Subscriber = { listener: RealtimeListener; onGap?: () => void };
type Relay = (messages: RealtimeMessage[]) => void;

/** Session-level advisory lock held by the one instance that relays database events to Pusher. */
const RELAY_LOCK = 7_426_173_001;
const RELAY_RETRY_MS = 10_000;

export type PgRealtimeHubOptions = {
  connectionString: string;
  /** Runs NOTIFY; the app's pool, so publishing never waits on the LISTEN connection. */
  query: Query;
  log?: Pick<Logger, 'warn' | 'error'>;
};

/**
 * The SSE transport's backbone: each app instance holds ONE dedicated connection LISTENing on
 * `loja_realtime` and fans what arrives out to its in-process subscribers, so a position posted
 * to any instance reaches the shoppers connected to every instance.
 */
export class PgRealtimeHub implements RealtimePublisher {
  readonly name = 'postgres' as const;
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly channels = new Map<string, Set<Subscriber>>();
  private sequence = 0;
  private closed = false;
  private retryMs = 250;
  private relay: Relay | null = null;
  private leader = false;
  private relayTimer: ReturnType<typeof setInterval> | null = null;
  private outbox: {
    messages: readonly RealtimeMessage[];
    resolve: () => void;
    reject: (e: unknown) => void;
  }[] = [];
  private draining = false;

  constructor(private readonly options: PgRealtimeHubOptions) {}

  /**
   * NOTIFY serialises committing transactions cluster-wide (one queue lock held through the WAL
   * flush), so one NOTIFY per courier report caps the whole cluster at a few reports per second
   * on a slow disk. Reports arriving while a NOTIFY is in flight are therefore grouped into the
   * next one, and that statement commits without waiting for the flush: a realtime event lost in
   * a crash is harmless, the positions themselves are stored durably elsewhere.
   */
  publish(messages: readonly RealtimeMessage[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.outbox.push({ messages, resolve, reject });
      void this.drain();
    });
  }

  private async drain() {
    if (this.draining) return;
    this.draining = true;
    while (this.outbox.length > 0) {
      const group = this.outbox.splice(0);
      try {
        await this.notify(group.flatMap((g) => g.messages));
        for (const g of group) g.resolve();
      } catch (error) {
        for (const g of group) g.reject(error);
      }
    }
    this.draining = false;
  }

  private async notify(messages: readonly RealtimeMessage[]) {
    const { payloads, tooLarge } = packNotifyPayloads(messages);
    for (const message of tooLarge) {
      this.options.log?.error(
        { channel: message.channel, event: message.event },
        'realtime message over the NOTIFY limit dropped',
      );
    }
    if (payloads.length === 0) return;
    await this.options.query(
      `select count(pg_notify($1, payload))
         from (select set_config('synchronous_commit', 'off', true)) as async_commit,
              unnest($2::text[]) as payload`,
      [PG_CHANNEL, payloads],
    );
  }

  /** Resolves once this instance is LISTENing, so nothing published afterwards is missed. */
  async subscribe(channel: string, listener: RealtimeListener, onGap?: () => void) {
    const subscriber: Subscriber = { listener, onGap };
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(subscriber);
    try {
      await this.listen();
    } catch (error) {
      set.delete(subscriber);
      throw error;
    }
    return () => {
      const current = this.channels.get(channel);
      current?.delete(subscriber);
      if (current?.size === 0) this.channels.delete(channel);
    };
  }

  subscriberCount() {
    let count = 0;
    for (const set of this.channels.values()) count += set.size;
    return count;
  }

  /**
   * Status events come from database triggers, not from app code, so only this LISTEN side sees
   * them. With Pusher configured, exactly one instance (the holder of an advisory lock tied to its
   * LISTEN connection) forwards them; when it dies, the lock frees and another takes over.
   */
  async startRelay(relay: Relay) {
    this.relay = relay;
    await this.listen();
    await this.tryLead();
    this.relayTimer = setInterval(() => void this.tryLead().catch(() => {}), RELAY_RETRY_MS);
    this.relayTimer.unref?.();
  }

  isRelayLeader() {
    return this.leader;
  }

  private async tryLead() {
    if (this.leader || !this.client || !this.relay) return;
    const { rows } = await this.client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock($1) as ok',
      [RELAY_LOCK],
    );
    this.leader = rows[0]?.ok === true;
  }

  async close() {
    this.closed = true;
    if (this.relayTimer) clearInterval(this.relayTimer);
    const client = this.client;
    this.client = null;
    this.channels.clear();
    await client?.end().catch(() => {});
  }

  private listen(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('notification', (notification) => {
      if (notification.channel === PG_CHANNEL) this.dispatch(notification.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`listen ${PG_CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
    return client;
  }

  private dispatch(payload: string | undefined) {
    const messages = parseNotifyPayload(payload);
    if (this.leader && this.relay) {
      const fromDatabase = messages.filter((m) => m.event === 'status');
      if (fromDatabase.length > 0) this.relay(fromDatabase);
    }
    for (const message of messages) {
      const subscribers = this.channels.get(message.channel);
      if (!subscribers) continue;
      this.sequence += 1;
      const delivered = { ...message, id: `${Date.now().toString(36)}-${this.sequence}` };
      for (const { listener } of subscribers) listener(delivered);
    }
  }

  /** Events sent while reconnecting are gone: subscribers are told to resend a snapshot. */
  private lost(client: pg.Client, error?: Error) {
    if (this.client !== client) return;
    this.client = null;
    this.leader = false;
    if (this.closed) return;
    this.options.log?.warn({ err: error }, 'realtime LISTEN connection lost; reconnecting');
    client.end().catch(() => {});
    const retry = () => {
      if (this.closed || (this.channels.size === 0 && !this.relay)) return;
      this.listen()
        .then(async () => {
          await this.tryLead().catch(() => {});
          for (const set of this.channels.values()) for (const s of set) s.onGap?.();
        })
        .catch(() => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          setTimeout(retry, this.retryMs);
        });
    };
    setTimeout(retry, this.retryMs);
  }
}
