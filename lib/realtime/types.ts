/** Events the tracking UI understands, whichever transport carried them. */
export const REALTIME_EVENTS = ['position', 'status', 'eta', 'snapshot'] as const;
export type RealtimeEvent = (typeof REALTIME_EVENTS)[number];

/**
 * Logical channels: `order-<uuid>` (one order's shopper) and `logistics` (the admin live map).
 * Pusher sees them with the `private-` prefix, so its server must authorise every subscription.
 */
export type RealtimeMessage = { channel: string; event: RealtimeEvent; data: unknown };

/** A message as delivered to a subscriber: `id` orders events within one process's stream. */
export type DeliveredMessage = RealtimeMessage & { id: string };

export type RealtimeListener = (message: DeliveredMessage) => void;

/** One publish side per transport: SSE over PostgreSQL NOTIFY, or Pusher Channels. */
export interface RealtimePublisher {
  readonly name: 'postgres' | 'pusher';
  publish(messages: readonly RealtimeMessage[]): Promise<void>;
}

export const orderChannel = (orderId: string) => `order-${orderId}`;
export const LOGISTICS_CHANNEL = 'logistics';
