import Pusher from 'pusher';
import type { Logger } from '@/lib/log';
import type { RealtimeMessage, RealtimePublisher } from './types';

export type PusherConfig = {
  appId: string;
  key: string;
  secret: string;
  cluster: string;
  /** A stand-in or self-hosted endpoint; plain HTTP when a port other than 443 is given. */
  host?: string;
  port?: number;
};

/** Pusher names a channel `private-…` when its server must authorise each subscription. */
export const pusherChannelName = (channel: string) => `private-${channel}`;

export function createPusherClient(config: PusherConfig): Pusher {
  const base = { appId: config.appId, key: config.key, secret: config.secret, timeout: 2_000 };
  if (config.host) {
    const useTLS = (config.port ?? 443) === 443;
    return new Pusher({ ...base, host: config.host, port: String(config.port ?? 443), useTLS });
  }
  return new Pusher({ ...base, cluster: config.cluster, useTLS: true });
}

/** Pusher's batch endpoint takes at most 10 events per call. */
const BATCH = 10;

/**
 * Publishes through Pusher's REST API. A failure is logged and remembered (for /health) but never
 * thrown: the position is stored and SSE still delivers, so the courier's post must not fail.
 */
export class PusherPublisher implements RealtimePublisher {
  readonly name = 'pusher' as const;
  private lastFailureAt: number | null = null;

  constructor(
    private readonly client: Pusher,
    private readonly log?: Pick<Logger, 'warn'>,
  ) {}

  async publish(messages: readonly RealtimeMessage[]): Promise<void> {
    try {
      for (let i = 0; i < messages.length; i += BATCH) {
        await this.client.triggerBatch(
          messages.slice(i, i + BATCH).map((m) => ({
            channel: pusherChannelName(m.channel),
            name: m.event,
            data: m.data,
          })),
        );
      }
      this.lastFailureAt = null;
    } catch (error) {
      this.lastFailureAt = Date.now();
      this.log?.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'pusher publish failed',
      );
    }
  }

  /** True when the last publish failed; cleared by the next success. */
  isFailing() {
    return this.lastFailureAt !== null;
  }

  /** A real call to the Channels API (the channel list), for /health and preflight. */
  async probe(): Promise<boolean> {
    const res = await this.client.get({ path: '/channels' });
    return res.status === 200;
  }

  /** The body `/api/pusher/auth` answers: `{ auth: "<key>:<hmac-sha256(socket_id:channel)>" }`. */
  authorize(socketId: string, channel: string) {
    return this.client.authorizeChannel(socketId, channel);
  }
}
